import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-05-01");

// data/event-senses.json figurativeMeans (senses.ts materialSupport): a means after "with" that is a
// figure ("with open arms") makes no aid of a verb of support; a material means still does.
senseTable(
  "a figure after 'with' is no material means",
  [
    ["Ankara welcomed Finland and Sweden with open arms.", "SUPPORT TUR>FIN+SWE"],
    ["Ankara backed Baku with arms and drones.", "AID TUR>AZE"],
    ["Berlin supported Kyiv with weapons.", "AID DEU>UKR"],
  ],
  [
    ["Ankara welcomed Finland and Sweden with open arms.", "AID"],
    ["Warsaw greeted the Ukrainian president with outstretched arms.", "AID"],
  ],
  keys,
);
