import { eventKeys, senseTable } from "../../helpers.js";

// data/events.json notModifier: a civil purpose before an operation word ("a rescue operation",
// "a charm offensive") is another act than force; a military one ("an air operation") stays force
const keys = (text: string) => eventKeys(text, "2023-10-01");

senseTable(
  "operations: conducting, launching or waging one against a party is force",
  [
    ["Turkey is conducting an air operation against Syria.", "ASSAULT TUR>SYR"],
    ["India conducted a military operation against Pakistan.", "ASSAULT IND>PAK"],
    ["Ethiopia waged a ground operation against Eritrea.", "ASSAULT ETH>ERI"],
    ["Russia launched a ground operation in Ukraine.", "ASSAULT RUS>UKR"],
  ],
  [
    // a civil purpose: no force
    ["Greece launched a rescue operation in Turkey after the earthquake.", "ASSAULT"],
    ["Italy conducted a search operation off Libya.", "ASSAULT"],
    ["China launched a charm offensive in Africa.", "ASSAULT"],
    ["Norway carried out an evacuation operation in Sudan.", "ASSAULT"],
    ["Russia launched a disinformation operation against France.", "ASSAULT"],
  ],
  keys,
);
