import { eventKeys, senseTable } from "../../helpers.js";

// Light verbs ("have talks", "host a summit") and verbs of discussing: an auxiliary "has" before a
// verb is no light verb, and the direct object of "discuss" is a topic, never the partner.
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "events: auxiliaries and topics are no light verbs' objects",
  [
    ["Russia has had talks with China.", "CONSULT RUS>CHN"],
    ["Putin had a meeting with Xi in Beijing.", "CONSULT RUS>CHN"],
    ["South Africa will host a BRICS summit in Johannesburg.", "CONSULT ZAF>BRICS"],
    ["Blinken discussed the crisis with Lavrov.", "CONSULT USA>RUS"],
  ],
  [
    ["Stoltenberg has said the Madrid summit was never a deadline.", "CONSULT"],
    ["Macron had promised a meeting of ministers.", "CONSULT"],
    ["Senator Wasserman Schultz on CNN discussing the Iran nuclear deal.", "CONSULT"],
    ["Biden will attend a summit to discuss Ukraine.", "CONSULT USA>UKR"],
  ],
  coded,
);
