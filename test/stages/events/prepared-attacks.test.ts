import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

// prepared-attacks.ts, with the verb patterns prepare-attack and ready-forces-attack: an attack being
// prepared is the preparation, a show of force done now (MOBILIZE), by the attacker on its target,
// in the preparing verb's tense; no planned attack beside it.
const keys = (text: string) => eventKeys(text, "2023-04-11");
const force = (text: string) => keys(text).filter((k) => /^(MOBILIZE|ASSAULT)/.test(k));
const statusOf = (text: string, type: string) => extract(text, "2023-04-11").events.filter((e) => e.type === type).map((e) => e.status);

describe("an attack in the infinitive of a verb of preparing is a MOBILIZE", () => {
  it("'preparing to' and a verb of attack", () => {
    expect(force("Turkey is preparing to invade northern Syria.")).toEqual(["MOBILIZE TUR>SYR"]);
    expect(force("Venezuela is preparing to attack Guyana.")).toEqual(["MOBILIZE VEN>GUY"]);
  });
  it("over a light verb and the attack's own words, one event", () => {
    expect(force("Azerbaijan's army prepared to resume shelling villages in Armenia.")).toEqual(["MOBILIZE AZE>ARM"]);
    expect(force("Ethiopia is preparing to launch a large offensive against Eritrea.")).toEqual(["MOBILIZE ETH>ERI"]);
  });
  it("other verbs of preparing", () => {
    expect(force("Beijing is gearing up to invade Taiwan.")).toEqual(["MOBILIZE CHN>TWN"]);
  });
  it("the preparation is the act, in its own tense", () => {
    expect(statusOf("Turkey is preparing to invade northern Syria.", "MOBILIZE")).toEqual(["ongoing"]);
    expect(statusOf("Azerbaijan's army prepared to resume shelling villages in Armenia.", "MOBILIZE")).toEqual(["occurred"]);
  });
  it("an attack prepared, named by a noun, with its target after 'on', 'of' or 'against'", () => {
    expect(force("Sudan has been preparing an invasion of South Sudan for weeks.")).toEqual(["MOBILIZE SDN>SSD"]);
    expect(force("Greece was preparing an attack on Turkey.")).toEqual(["MOBILIZE GRC>TUR"]);
    expect(force("Uganda readied troops for an assault on Rwanda.")).toEqual(["MOBILIZE UGA>RWA"]);
  });
});

describe("negative: readiness, a condition, defence, a thing prepared about an attack", () => {
  it("'prepared to' after 'be' is a readiness, no preparation", () => {
    expect(keys("Greece was prepared to negotiate with Turkey.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
    expect(keys("Iran said it is prepared to strike Israel.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
  it("an attack on a condition is left to the rules of threats", () => {
    expect(keys("Iran is preparing to retaliate against Israel if it is attacked.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
  it("preparing for a meeting, or to defend against another's attack", () => {
    expect(keys("Spain is preparing for the summit with Morocco.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
    expect(keys("Taiwan is preparing to defend against a Chinese attack.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
    expect(keys("Kyiv is preparing to repel an attack by Russia.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
  it("a report or a response about an attack is no attack prepared", () => {
    expect(keys("The commission is preparing a report on the attack on Ukraine.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
    expect(keys("Kenya is preparing a response to the attack on its embassy in Somalia.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
  it("an act of another type after 'preparing to' keeps its own reading", () => {
    expect(keys("Washington is preparing to impose sanctions on Moscow.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
});

// prepared-attacks.ts preparedFor: an attack after "for" of a verb or noun of preparing.
describe("an attack prepared for: the preparer's own mobilises, another's is expected", () => {
  it("no doer of its own: the preparer mobilises against the target", () => {
    expect(force("Armenia is preparing for an attack on Azerbaijan.")).toEqual(["MOBILIZE ARM>AZE"]);
    expect(force("Eritrea has stepped up preparations for an invasion of Ethiopia.")).toEqual(["MOBILIZE ERI>ETH"]);
  });
  it("a doer of another state: the attack is only expected", () => {
    expect(statusOf("Lithuania is preparing for a Russian attack on Vilnius.", "ASSAULT")).toEqual(["hypothetical"]);
    expect(force("Lithuania is preparing for a Russian attack on Vilnius.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
    expect(statusOf("Taiwan is bracing for a Chinese invasion.", "ASSAULT").filter((st) => st !== "hypothetical")).toEqual([]);
  });
  it("negative: an attack on the preparer's own state, or braced for with no doer", () => {
    expect(force("Georgia is preparing for an attack on Tbilisi.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
    expect(force("Finland is bracing for an attack on its border.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
  it("negative: preparations denied are no preparations done", () => {
    expect(statusOf("Russia denied preparations for an attack on Ukraine.", "MOBILIZE").filter((st) => st !== "denied")).toEqual([]);
  });
});
