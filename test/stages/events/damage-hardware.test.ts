import { senseTable } from "../../helpers.js";
import { eventKeys } from "../../helpers.js";

// data/events.json damage-hardware: damaging a state's ships, aircraft, bases or positions is an
// attack on that state; damaging relations, an economy or a reputation is no attack, nor is
// damage a storm does
const keys = (text: string) => eventKeys(text, "2024-03-01");

senseTable(
  "damaged military hardware and installations",
  [
    ["Ukraine damaged a Russian landing ship off the coast of Crimea.", "ASSAULT UKR>RUS"],
    ["Israeli jets damaged two Syrian air bases overnight.", "ASSAULT ISR>SYR"],
    ["Iranian missiles damaged the American base in Iraq.", "ASSAULT IRN>USA"],
  ],
  [
    ["The sanctions damaged Russia's economy.", "ASSAULT"],
    ["The row damaged relations between France and Italy.", "ASSAULT"],
    ["The storm damaged a Russian ship in the port.", "ASSAULT"],
    ["The scandal damaged Britain's reputation in China.", "ASSAULT"],
  ],
  keys,
);
