import { eventKeys, senseTable } from "../../helpers.js";

// "be to": "Putin was to meet Xi" is Putin's arrangement, "were Russia to use chemical weapons" Russia's
// condition; the verb further back does not give the infinitive its subject (find-events.ts beToSubject).
const coded = (text: string) => eventKeys(text, "2022-06-01");

senseTable(
  "events: the subject of 'be to' and of an inverted 'were ... to'",
  [
    ["Biden said Putin was to meet Xi in Beijing.", "CONSULT RUS>CHN"],
    ["Nato would respond with military action were Russia to use chemical weapons in Ukraine.", "ASSAULT RUS>UKR"],
    ["Russia has warned Nato that if Finland and Sweden were to join the alliance, it would take measures.", "COOPERATE FIN+SWE>NATO"],
    ["Russia agreed to meet Ukraine.", "CONSULT RUS>UKR"],
  ],
  [
    ["Biden said Putin was to meet Xi in Beijing.", "CONSULT USA"],
    ["Nato would respond with military action were Russia to use chemical weapons in Ukraine.", "ASSAULT NATO"],
  ],
  coded,
);
