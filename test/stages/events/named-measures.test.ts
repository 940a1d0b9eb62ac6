import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-03-10");

// src/stages/events/named-measures.ts (data/event-senses.json namedMeasures): the bare name of a state
// before a measure noun is the state it is against; a demonym, an acronym or a possessive names the
// doer. A name that heads another noun ("the Iran sanctions bill"), a measure with no doer named, or a
// subject before a verb the tagger read as a noun give no such target.
senseTable(
  "a measure named after the state it is against",
  [
    ["The Syria sanctions approved by the EU on Monday target its central bank.", "SANCTION EU>SYR"],
    ["The new Venezuela sanctions approved by Canada took effect on Friday.", "SANCTION CAN>VEN"],
    ["Japan's North Korea sanctions were extended for two years.", "SANCTION JPN>PRK"],
    ["The Myanmar sanctions package agreed by the EU on Monday bans timber imports.", "SANCTION EU>MMR"],
  ],
  [
    ["The Cuba sanctions bill passed the Senate on Tuesday.", "SANCTION"],
    ["Economists say Venezuela sanctions relief would lower oil prices.", "SANCTION"],
    ["Analysts said the Syria sanctions had failed to change anything.", "SANCTION"],
    ["Ukraine called for new Belarus sanctions.", "SANCTION"],
    ["The EU lifted its Belarus sanctions in 2016.", "SANCTION"],
  ],
  keys,
);

// data/events.json roll-out-sanctions and sign-off-on-sanctions: two more ways news says a measure is
// put in place; a product rolled out or a budget signed off is none.
senseTable(
  "rolling out and signing off measures",
  [
    ["Washington rolled out new sanctions on Venezuela on Thursday.", "SANCTION USA>VEN"],
    ["EU leaders signed off on fresh sanctions against Belarus.", "SANCTION EU>BLR"],
  ],
  [
    ["Samsung rolled out a new phone in Vietnam.", "SANCTION"],
    ["The finance minister signed off on the budget.", "SANCTION"],
  ],
  keys,
);
