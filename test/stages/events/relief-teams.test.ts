import { eventKeys, senseTable } from "../../helpers.js";

// data/events.json *-relief-teams, *-relief-workers, fly-aid; senses.arrivals.relief: rescuers,
// medical teams and relief flights sent to another state are humanitarian aid (PLOVER: mobilising
// forces for disaster relief is AID)
const keys = (text: string) => eventKeys(text, "2024-01-01");

senseTable(
  "relief teams and flights: humanitarian aid",
  [
    ["China sent rescue teams to Turkey after the earthquake.", "AID CHN>TUR"],
    ["Israel dispatched a field hospital to Turkey.", "AID ISR>TUR"],
    ["Norway deployed a mine-clearing team to Ukraine.", "AID NOR>UKR"],
    ["Cuba sent 200 doctors to Italy last week.", "AID CUB>ITA"],
    ["The United States flew 500 tonnes of food to Haiti.", "AID USA>HTI"],
    ["Greek firefighters arrived in Turkey on Sunday.", "AID GRC>TUR"],
    ["Japanese rescue workers have arrived in Nepal.", "AID JPN>NPL"],
    ["A Turkish medical team arrived in Gaza on Monday.", "AID TUR>PSE"],
  ],
  [
    // a team of others, forces, people of one's own state
    ["Moscow sent a team of negotiators to Geneva.", "AID"],
    ["Russia deployed special forces units to Syria.", "AID"],
    ["Putin sent emergency teams to Belgorod.", "AID"],
    // flying people or a plane is no relief
    ["Britain flew its ambassador to Kyiv.", "AID"],
    ["The pilot flew the plane to Haiti.", "AID"],
    // doctors arriving may come for anything
    ["Chinese doctors arrived in Moscow for a conference.", "AID"],
    ["Turkish medical students arrived in Kyiv.", "AID"],
    ["A Russian negotiating team arrived in Istanbul.", "AID"],
  ],
  keys,
);
