import { eventKeys, senseTable } from "../../helpers.js";

// src/stages/events/named-sides.ts (sentence-env.ts partiesBefore): "the two sides", "both
// countries" with no event before that has that many parties refer back to the pair the text last
// named side by side, a few sentences back at most; a pair of places or of one state is no two
// sides, and with no pair named there is no event.
const keys = (text: string) => eventKeys(text, "2024-05-01");

senseTable(
  "the two sides: the pair the text last named",
  [
    ["Russia and Ukraine have fought since 2014. The two sides held talks in Istanbul on Tuesday.", "CONSULT RUS+UKR>"],
    ["Moscow and Kyiv exchanged accusations on Monday. The United States urged restraint. The two sides agreed to a prisoner swap.", "AGREE RUS+UKR>"],
    ["India and Pakistan fought three wars over Kashmir. Both countries agreed to a ceasefire in 2003.", "AGREE IND+PAK>"],
    // an event before with that many parties still comes first
    ["Putin met Erdogan in Sochi. Later, Biden spoke to Zelensky. The two sides discussed air defence.", "CONSULT USA+UKR>"],
  ],
  [
    ["The two sides have been negotiating for months.", "CONSULT"],
    ["Flights between Paris and Berlin were cancelled. The two sides agreed to a new schedule.", "AGREE"],
    ["Tourists in Greece and Turkey were stranded. The two sides held talks on Monday.", "CONSULT"],
    // named too far back: four sentences between
    ["Russia and Ukraine have fought since 2014. Prices rose. Markets fell. Farmers protested. Rain fell. The two sides held talks in Istanbul.", "CONSULT"],
  ],
  keys,
);
