import { eventKeys, senseTable } from "../../helpers.js";

// A state glued by a hyphen to a participle of backing ("US-backed", "Iranian-sponsored") backs the
// thing from outside: never the one acted on (senses.backerParticiples, find-parties.ts backerModifier).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "parties: a backer glued to its participle is a third party",
  [
    // the phrase's own party after the participle is the one acted on
    ["Israel bombed Iranian-backed Hezbollah positions.", "ASSAULT ISR>LBN"],
    // a holder is the thing's own: positions held by Russia are Russia's
    ["Ukrainian troops shelled Russian-held positions near Kherson.", "ASSAULT UKR>RUS"],
    // no hyphen: the state is the object itself
    ["Turkey bombed US positions in Syria.", "ASSAULT TUR>USA"],
  ],
  [
    ["Turkey bombed US-backed Kurdish fighters.", "ASSAULT TUR>USA"],
    ["Israel attacked Iranian-backed militias.", "ASSAULT ISR>IRN"],
    ["Ankara wants Sweden to sever ties with the US-backed Syrian Kurdish administration.", "SANCTION SWE>USA"],
    ["The OPCW has accused the Russian-backed regime of Bashar al-Assad of being behind the attacks.", "ACCUSE OPCW>RUS"],
  ],
  coded,
);
