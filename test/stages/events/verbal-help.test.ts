import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-06-17");

// src/stages/events/verbal-help.ts (data/event-senses.json verbalHelp): help given by speaking up
// for a cause is words of support, SUPPORT; help in deeds stays AID.
senseTable(
  "help in words is SUPPORT, help in deeds AID",
  [
    ["Iran lobbied to help support the rights of the Palestinians.", "SUPPORT IRN>PSE"],
    ["Turkey worked to help champion the cause of the Palestinians.", "SUPPORT TUR>PSE"],
    ["Germany will help Ukraine with weapons and money.", "AID DEU>UKR"],
    ["The US is bound by law to help Taiwan defend itself.", "AID USA>TWN"],
    ["Poland sent tanks to help Ukraine.", "AID POL>UKR"],
  ],
  [
    ["Iran lobbied to help support the rights of the Palestinians.", "AID"],
    ["Turkey worked to help champion the cause of the Palestinians.", "AID"],
    ["Sweden pledged to help promote the rights of Ukrainians.", "AID"],
  ],
  keys,
);
