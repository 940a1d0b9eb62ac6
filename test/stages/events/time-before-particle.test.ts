import { eventKeys, senseTable } from "../../helpers.js";

// find-events.ts particleAt: wire copy puts when an act happened between a verb and its particle
// ("met Tuesday with", "met on Monday with", "met last week with"); the time changes nothing of the
// act, so the particle still reads as the verb's. A manner adverb is still no time, and a time before
// another sense's object ("met on Monday with fierce opposition") keeps that sense.
const keys = (text: string) => eventKeys(text, "2016-04-20");

senseTable(
  "a time adjunct between a verb and its particle",
  [
    ["U.S. President Barack Obama also met Tuesday with Greek Prime Minister Alexis Tsipras.", "CONSULT USA>GRC"],
    ["German Chancellor Olaf Scholz met on Monday with French President Emmanuel Macron in Paris.", "CONSULT DEU>FRA"],
    ["Japanese Foreign Minister Fumio Kishida met last week with his Chinese counterpart, Wang Yi.", "CONSULT JPN>CHN"],
    ["The Turkish foreign minister met earlier this month with Iranian President Hassan Rouhani.", "CONSULT TUR>IRN"],
  ],
  [
    ["The Polish proposal met on Monday with fierce opposition from Hungary.", "CONSULT"],
    ["The French plan met last week with resistance in Germany.", "CONSULT"],
    ["Italian officials met Tuesday in Rome to discuss the budget with Brussels in mind.", "CONSULT ITA>EU"],
  ],
  keys,
);
