import { expect, it } from "vitest";
import { extract, eventKeys, senseTable } from "../../helpers.js";

// public-occupation.ts, data/event-senses.json publicProtest (and events.json blockade-roads, no longer
// listing ports: a navy blockades ports): an occupation or a blockade by the
// public ("protesters", "students", "farmers" right before the verb) is a protest, not coercion by a
// state; purposeMotions: the purpose of a past public act of protest ("blocked roads to protest")
// was done; find-parties.ts governingVerb: a capitalised word inside a name ("Downing Street") is no verb.
const keys = (text: string) => eventKeys(text, "2021-04-12");

senseTable(
  "the public's occupations and blockades are protests",
  [
    ["Protesters occupied the main square of the Georgian capital, Tbilisi.", "PROTEST GEO>GEO"],
    ["Students occupied the arrival hall of Belgrade airport in Serbia.", "PROTEST SRB>SRB"],
    ["French fishermen blockaded the port of Calais to protest against British fishing rules.", "PROTEST FRA>GBR"],
  ],
  [
    // forces and officials occupy and blockade by force; refugees sheltering in a school protest nothing
    ["Russian troops occupied the town of Kherson.", "PROTEST"],
    ["Turkish warships blockaded the Greek island of Kastellorizo.", "PROTEST"],
    ["Refugees occupied an empty school in Athens.", "PROTEST"],
  ],
  keys,
);

it("forces that occupy a town or blockade ports stay COERCE", () => {
  expect(keys("Russian troops occupied the town of Kherson.")).toContain("COERCE RUS>UKR");
  // (a navy's blockade of a port is coercion; only the public's blockade is a protest)
  expect(keys("Turkish warships blockaded the Greek port.")).toContain("COERCE TUR>GRC");
  expect(keys("The Russian navy blockaded Ukraine's ports.")).toContain("COERCE RUS>UKR");
});

it("a protest that is the purpose of a past gathering or blockade occurred", () => {
  for (const text of [
    "Hundreds of Ukrainians gathered outside Downing Street in London to protest against Russia's invasion.",
    "French farmers blocked roads near Lille to protest against Spanish imports.",
  ]) {
    const protests = extract(text, "2022-03-01").events.filter((e) => e.type === "PROTEST");
    expect(protests.length, text).toBeGreaterThan(0);
    expect(protests.every((e) => e.status === "occurred"), text).toBe(true);
  }
  // a protest still to come keeps its plan
  const planned = extract("Ukrainian exiles will gather outside Downing Street next week to protest against Russia's invasion.", "2022-03-01").events.filter((e) => e.type === "PROTEST");
  expect(planned.every((e) => e.status === "planned")).toBe(true);
});
