import { senseTable } from "../../helpers.js";
import { eventKeys } from "../../helpers.js";

// data/events.json in-touch (partaker.ts): "X is in (close) touch with Y" is a contact between the
// clause's subject and Y; "out of touch with", "lost touch with" are not, nor a touch of style
const keys = (text: string) => eventKeys(text, "2024-03-01");

senseTable(
  "in touch with",
  [
    ["Japan stayed in regular touch with China throughout the crisis.", "CONSULT JPN>CHN"],
    ["Germany has been in close touch with the Polish government since the attack.", "CONSULT DEU>POL"],
  ],
  [
    ["Critics say Washington is out of touch with ordinary Americans.", "CONSULT"],
    ["France lost touch with Mali after the coup.", "CONSULT"],
    ["The final touch with Italian flair came from a French chef.", "CONSULT"],
  ],
  keys,
);
