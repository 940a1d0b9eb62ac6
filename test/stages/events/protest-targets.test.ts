import { eventKeys, senseTable } from "../../helpers.js";

// target-rules.ts protestTarget: the party a protest is against is the first one after a cue word
// ("against", "to protest", "demanding"); the protest's own object noun ("held a protest") is no
// cue, a party of the protesters' own side there leaves it without a target, and a party that opens
// a clause of its own ("and Swedish police did nothing") is none.
const keys = (text: string) => eventKeys(text, "2021-04-12");

senseTable(
  "the party protested against",
  [
    ["Hundreds of Ukrainians gathered outside the embassy in London to protest against Russia's invasion.", "PROTEST UKR>RUS"],
    ["French fishermen blocked the port of Calais to protest against British fishing rules.", "PROTEST FRA>GBR"],
    ["Palestinians protested in Ramallah against the Palestinian Authority's talks with Israel.", "PROTEST PSE>PSE"],
    ["Kenyan students held a rally in Nairobi in protest at Ugandan border closures.", "PROTEST KEN>UGA"],
  ],
  [
    // the one talked to by the party protested against, a party supported, a clause of its own
    ["Palestinians protested in Ramallah against the Palestinian Authority's talks with Israel.", "PROTEST PSE>ISR"],
    ["Kurdish exiles held a protest in a shopping centre in Stockholm in support of a jailed leader and Swedish police did nothing to stop them.", "PROTEST"],
    ["Ukrainians recall the 2013 uprising, triggered by Yanukovych's refusal to sign a trade agreement with Brussels.", "PROTEST UKR>EU"],
  ],
  keys,
);
