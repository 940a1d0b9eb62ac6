import { eventKeys, senseTable } from "../../helpers.js";

// "Iraq said its warplanes hit a tanker", "Erdogan said his forces attacked": a group noun owned by a
// possessive pronoun, as the subject right before the verb, acts for the state of the one the pronoun
// points back to (find-parties ownedForces, pronounPossessor), not for no one nor the nearest country.
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "parties: forces a possessive pronoun owns are its owner's state's",
  [
    ["Egypt said its warplanes had bombed militant camps in Libya.", "ASSAULT EGY>LBY"],
    ["Erdogan said his troops attacked Kurdish militias in Syria.", "ASSAULT TUR>SYR"],
    ["The Ukrainian army said its soldiers had recaptured the village from Russia.", "ASSAULT UKR>RUS"],
    ["Putin warned that his army would strike Kyiv.", "THREATEN RUS>UKR"],
  ],
  [
    // the pronoun's owner, not the country named last
    ["Erdogan said his troops attacked Kurdish militias in Syria.", "ASSAULT SYR>"],
    // no owner named: no doer
    ["The commander said his men attacked the Syrian army.", "ASSAULT"],
  ],
  coded,
);
