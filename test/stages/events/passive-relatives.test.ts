import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-03-10");

// src/stages/events/passive-relatives.ts: the agent of a passive relative clause whose verb puts the
// measure in place is the doer; a verb that judges the measure or ends it names no doer of it.
senseTable(
  "the doer in a passive relative clause after the measure",
  [
    ["The sanctions on Syria, which were adopted by the EU on Monday, target its central bank.", "SANCTION EU>SYR"],
    ["The embargo against Cuba, which was imposed by Washington in 1962, is still in force.", "SANCTION USA>CUB"],
    ["The sanctions on Venezuela, which were unanimously approved by the Canadian parliament, took effect.", "SANCTION CAN>VEN"],
    ["A new round of sanctions against Syria announced by France on Friday targets its oil trade.", "SANCTION FRA>SYR"],
  ],
  [
    ["The sanctions on Syria, which were lifted by the EU in 2016, had hit its banks.", "SANCTION EU"],
    ["The embargo against Cuba, which was condemned by the General Assembly, is still in force.", "SANCTION UN"],
    ["The sanctions against Syria criticised by Russia took effect on Monday.", "SANCTION RUS"],
    ["The sanctions on Syria eased by the EU in 2020 had hit its banks.", "SANCTION EU"],
  ],
  keys,
);
