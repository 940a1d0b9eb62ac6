import { eventKeys, senseTable } from "../../helpers.js";

// A commitment to a party, not to an act, is devotion to it: SUPPORT, no pledge (senses.devotionNouns).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "events: a commitment to a party is support",
  [
    ["“I will not allow my commitment to Israel to be questioned by anyone,” Kerry said.", "SUPPORT USA>ISR"],
    ["Trump called the US commitment to Nato into question.", "SUPPORT USA>NATO"],
    ["Russia made a commitment to withdraw its troops from Georgia.", "AGREE RUS>GEO"],
  ],
  [
    ["“I will not allow my commitment to Israel to be questioned by anyone,” Kerry said.", "AGREE"],
    ["Trump called the US commitment to Nato into question.", "AGREE"],
  ],
  coded,
);
