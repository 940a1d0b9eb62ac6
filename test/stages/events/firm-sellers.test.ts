import { eventKeys, senseTable } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-06-17");

// src/stages/events/firm-sellers.ts (data/event-senses.json firmSellers): buying from a firm is trade,
// no cooperation between parties; buying arms from a state stays an act between states.
senseTable(
  "a purchase from a firm is no act between parties",
  [
    ["The Indian army purchased missiles from Russia.", "COOPERATE IND>RUS"],
    ["Egypt imported weapons from France.", "COOPERATE EGY>FRA"],
    ["India bought missiles from Russia.", "AID RUS>IND"],
  ],
  [
    ["The Polish defence ministry is purchasing drones from a US firm.", "COOPERATE"],
    ["Saudi Arabia purchased jets from Boeing.", "COOPERATE"],
    ["Egypt imported equipment from American defence companies.", "COOPERATE"],
    ["Qatar bought missiles from a French manufacturer.", "AID"],
  ],
  keys,
);
