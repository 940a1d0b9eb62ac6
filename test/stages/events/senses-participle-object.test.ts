import { eventKeys, senseTable } from "../../helpers.js";

// A past participle right after a main verb and before a noun qualifies that verb's object
// ("to order targeted military strikes"): no act of its own (senses.ts participleModifier).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "senses: a participle that qualifies the object of the verb before it",
  [
    ["Russia has targeted Ukrainian cities.", "ASSAULT RUS>UKR"],
    ["Russia was targeted by Ukrainian drones.", "ASSAULT UKR>RUS"],
    ["Attorney General Merrick Garland visited Ukraine.", "CONSULT USA>UKR"],
  ],
  [
    ["The officers called on the administration to order targeted military strikes against Damascus.", "ASSAULT USA>SYR"],
    ["A majority of Americans back supporting increased sanctions against Russia.", "SANCTION"],
  ],
  coded,
);
