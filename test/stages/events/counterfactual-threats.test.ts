import { eventKeys, senseTable } from "../../helpers.js";

// A modal perfect ("would have charged", "would have invaded ... if") is a past counterfactual: no
// commitment, so no threat or pledge derived from it; "will invade ... if" stays a threat.
const coded = (text: string) => eventKeys(text, "2019-05-30");

senseTable(
  "events: a counterfactual is no threat",
  [
    ["Moscow will invade Finland if it joins Nato.", "THREATEN RUS>FIN"],
    ["Russia would invade Finland if it joined Nato.", "THREATEN RUS>FIN"],
  ],
  [
    ["Russia would have invaded Finland if it had not joined Nato.", "THREATEN"],
    ["Special Counsel Robert Mueller did not say whether his office would have charged President Donald Trump with a crime if the guidance had not been in place.", "THREATEN"],
  ],
  coded,
);

senseTable(
  "events: 'would have to' is an obligation, no counterfactual",
  [["Russia would have to withdraw its troops from Ukraine.", "RETREAT RUS>UKR"]],
  [],
  coded,
);
