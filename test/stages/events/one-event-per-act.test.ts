import { describe, expect, it } from "vitest";
import type { Actor, EventRecord } from "../../../src/model/types.js";
import { oneEventPerAct } from "../../../src/stages/events/one-event-per-act.js";
import { extract } from "../../helpers.js";

const actors: Actor[] = [
  { id: "RUS", kind: "country", name: "Russia", code: "RUS", mentions: [] },
  { id: "person:vladimir-putin", kind: "person", name: "Vladimir Putin", code: "RUS", country: "RUS", mentions: [] },
  { id: "UKR", kind: "country", name: "Ukraine", code: "UKR", mentions: [] },
  { id: "place:kyiv", kind: "location", name: "Kyiv", code: "UKR", mentions: [] },
  { id: "GEO", kind: "country", name: "Georgia", code: "GEO", mentions: [] },
] as Actor[];

const ev = (over: Partial<EventRecord>): EventRecord => ({
  type: "ASSAULT", cameo: "190", source: ["RUS"], target: ["UKR"], status: "occurred", date: "2025-01-17", dateSource: "published",
  location: null, trigger: "attacked", sentence: { start: 0, end: 40 }, via: null, rule: "events/verb:attack", ...over,
});

describe("one event per act (refiner)", () => {
  it("the same type and states on each side in one sentence are one event", () => {
    const out = oneEventPerAct([ev({}), ev({ source: ["person:vladimir-putin"], trigger: "invasion", rule: "events/noun:invasion" })], actors);
    expect(out).toHaveLength(1);
    expect(out[0].trigger).toBe("attacked");
  });

  it("a trigger's own reading is better supported than a derived one, an actor than a place", () => {
    expect(oneEventPerAct([ev({ rule: "events/verb:x+intent" }), ev({ rule: "events/verb:y" })], actors)[0].rule).toBe("events/verb:y");
    expect(oneEventPerAct([ev({ target: ["place:kyiv"] }), ev({ target: ["UKR"], trigger: "struck" })], actors)[0].trigger).toBe("struck");
  });

  it("negative: two acts with different targets, types, dates or sentences stay apart", () => {
    expect(oneEventPerAct([ev({}), ev({ target: ["GEO"] })], actors)).toHaveLength(2);
    expect(oneEventPerAct([ev({}), ev({ type: "THREATEN" })], actors)).toHaveLength(2);
    expect(oneEventPerAct([ev({ date: "2014-02" }), ev({ date: "2022-02-24" })], actors)).toHaveLength(2);
    expect(oneEventPerAct([ev({}), ev({ sentence: { start: 41, end: 80 } })], actors)).toHaveLength(2);
  });
});

describe("one event per act (extraction)", () => {
  const k = (text: string) => {
    const rec = extract(text);
    const code = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? id;
    return rec.events.map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
  };

  it("'will meet with' is CONSULT, planned, not CONSULT and AGREE", () => {
    const rec = extract("Biden will meet with Putin in Geneva next week.");
    expect(rec.events.map((e) => [e.type, e.status])).toEqual([["CONSULT", "planned"]]);
    expect(k("Putin is set to meet Zelensky in Istanbul.")).toEqual(["CONSULT RUS>UKR"]);
  });

  it("an expressed intent to meet is also an AGREE (CAMEO 036)", () => {
    expect(k("Putin said he was prepared to meet Zelensky.")).toEqual(expect.arrayContaining(["CONSULT RUS>UKR", "AGREE RUS>UKR"]));
  });

  it("the same triple from one sentence is one event", () => {
    // "provide" and "support" both say Washington will help Ukraine: one pledge, not two
    const evs = k("The State Department said Washington will continue to provide support to Ukraine.");
    expect(evs.filter((x) => x === "AGREE USA>UKR")).toHaveLength(1);
  });

  it("negative: two distinct acts in one sentence with different targets stay two events", () => {
    const evs = k("Russia imposed sanctions on Ukraine and imposed sanctions on Georgia.");
    expect(evs).toEqual(expect.arrayContaining(["SANCTION RUS>UKR", "SANCTION RUS>GEO"]));
  });

  it("negative: a pledge of aid is still the pledge and the aid", () => {
    expect(k("Germany pledged to send tanks to Ukraine.")).toEqual(expect.arrayContaining(["AGREE DEU>UKR", "AID DEU>UKR"]));
  });
});

describe("one act, one type: a planned hostile act and a threat", () => {
  const ev = (text: string) => extract(text, "2022-06-01").events.map((e) => `${e.type} ${e.status}`);
  it("'is set to impose further sanctions' is SANCTION planned, not also THREATEN", () => {
    expect(ev("The US is set to impose further sanctions on Iran.")).toEqual(["SANCTION planned"]);
  });

  it("'threatened to impose sanctions' is THREATEN, not SANCTION", () => {
    const found = ev("The US threatened to impose sanctions on Iran.");
    expect(found.some((e) => e.startsWith("THREATEN"))).toBe(true);
    expect(found.some((e) => e.startsWith("SANCTION"))).toBe(false);
  });

  it("a reported future in the doer's own words is a threat; an announced decision is the act", () => {
    // (the threat was made when NATO confirmed it: occurred; the tightening itself is no event of its own)
    expect(ev("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.")).toEqual(["THREATEN occurred"]);
    expect(ev("The EU agreed to impose sanctions on Russia.")).toContain("SANCTION planned");
    expect(ev("The EU agreed to impose sanctions on Russia.").some((e) => e.startsWith("THREATEN"))).toBe(false);
  });

  it("a conditional offer of support is no threat", () => {
    expect(ev("The Trump administration said it will support a Palestinian state if both Israel and the Palestinians agree to it.").some((e) => e.startsWith("THREATEN"))).toBe(false);
  });
});
