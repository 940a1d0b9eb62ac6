import { eventKeys, senseTable } from "../../helpers.js";

// find-events.ts coordinatedModifier: adjectives joined by "and" or commas before an act's noun
// ("its unjustified and unprovoked war", "Russia's illegal, unjustifiable, and unprovoked invasion")
// are one phrase; its owner before them does the act. Nouns joined by "and" name two things, and the
// owner of the first is no doer of the second.
const keys = (text: string) => eventKeys(text, "2023-07-11");

senseTable(
  "coordinated adjectives before an act's noun",
  [
    ["Russia bears full responsibility for its unjustified and unprovoked war against Ukraine.", "ASSAULT RUS>UKR"],
    ["The summit condemned Russia's unjustified and illegal war against Ukraine.", "ASSAULT RUS>UKR"],
    ["Moscow must answer for its illegal, unjustifiable, and unprovoked invasion of Georgia.", "ASSAULT RUS>GEO"],
  ],
  [
    ["Ukraine's power plants and missile strikes dominated the talks.", "ASSAULT UKR"],
    ["Poland's farmers and the war in the east worried the ministers.", "ASSAULT POL"],
  ],
  keys,
);
