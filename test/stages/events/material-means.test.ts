import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-06-17");

// src/stages/events/senses.ts materialSupport (data/event-senses.json materialMeans, materielNouns):
// support given 'with' money, arms or troops is material support, AID; 'with' words, a statement or
// a figure stays SUPPORT.
senseTable(
  "support named by its material means is aid",
  [
    ["Britain will support Kyiv with cash rather than tanks.", "AID GBR>UKR"],
    ["Germany supports Ukraine with money and weapons.", "AID DEU>UKR"],
    ["The US supported Israel with billions of dollars.", "AID USA>ISR"],
    ["Russia backed Syria with troops and warplanes.", "AID RUS>SYR"],
    ["France supported Ukraine with words but little else.", "SUPPORT FRA>UKR"],
    ["Germany backed Ukraine with a statement on Monday.", "SUPPORT DEU>UKR"],
    ["The EU supported Ukraine with a new package of sanctions against Russia.", "SUPPORT EU>UKR"],
  ],
  [
    ["Britain will support Kyiv with cash rather than tanks.", "SUPPORT"],
    ["Germany supports Ukraine with money and weapons.", "SUPPORT"],
    ["France supported Ukraine with words but little else.", "AID"],
    ["Germany backed Ukraine with a statement on Monday.", "AID"],
    ["Biden backed Israel with his whole heart.", "AID"],
    ["Poland welcomed Finland and Sweden with open arms.", "AID"],
  ],
  keys,
);
