import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-06-21");

// src/stages/events/measure-rounds.ts (data/event-senses.json measureRounds): the owner of a package,
// round or wave of measures imposes them; a round with no owner, or of something other than measures,
// names no doer.
senseTable(
  "the owner of a round of measures",
  [
    ["The EU's eleventh package of sanctions against Belarus targets its fertiliser exports.", "SANCTION EU>BLR"],
    ["A fresh Canadian round of sanctions on Iran took effect on Friday.", "SANCTION CAN>IRN"],
    ["Australia's latest wave of sanctions against Myanmar hit its military's banks.", "SANCTION AUS>MMR"],
  ],
  [
    ["A package of sanctions against Belarus is being discussed in Brussels.", "SANCTION"],
    ["Critics said the round of sanctions against Iran came too late.", "SANCTION"],
    ["Japan's latest package of aid to Ukraine was approved on Friday.", "SANCTION"],
  ],
  keys,
);
