import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: "the country's"/"the nation's" before an office refers back to the state the story is about; where the
// phrase's sentence and the one before name no state, or several, the story's frame (one state clearly dominant) is
// that state, if it is among those named (country-frame.ts, actors/state:country-frame).
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null, role: p.role ?? null } : undefined;
};

const estonian =
  "Estonia's parliament opened a debate on defence spending on Monday. Estonian lawmakers want a bigger army, and the government in Tallinn has promised to buy more artillery.\n\nThe vote is expected next week.\n\nOpposition parties have called the plan rushed.\n\n";
const twoStates =
  "Serbia and Croatia traded accusations over the border on Friday. Belgrade said Croatian police had provoked the clash, and Zagreb said Serbian troops had massed nearby.\n\nThe talks are expected next week.\n\n";

describe("actors: 'the country's OFFICE' far from its state takes the story's frame (country-frame.ts)", () => {
  it("no state in the phrase's sentence or the one before: the frame", () => {
    expect(stateOf(estonian + "The country's defence minister, Mart Kask, said the money was there.", "Mart Kask")).toEqual({ country: "EST", rule: "actors/state:country-frame", role: "defence minister" });
    expect(stateOf(estonian + "The nation's finance minister Liis Tamm said the budget would hold.", "Liis Tamm")?.country).toBe("EST");
    expect(stateOf(estonian + "\"We will pay for it,\" said the country's finance minister, Liis Tamm.", "Liis Tamm")?.country).toBe("EST");
  });

  it("several states just before: the frame where it is one of them", () => {
    expect(stateOf(estonian + "Russia has called Estonia's plan a provocation. The country's defence minister, Mart Kask, said the money was there.", "Mart Kask")?.country).toBe("EST");
  });

  it("one state just before still wins (its-office)", () => {
    expect(stateOf(estonian + "Latvia will vote on a similar plan. The country's defence minister, Mart Kask, said the money was there.", "Mart Kask")).toMatchObject({ country: "LVA", rule: "actors/state:its-office" });
  });

  it("negative: several states just before and none of them the frame", () => {
    expect(stateOf(estonian + "Russia and Finland watched the debate. The country's defence minister, Mart Kask, said the money was there.", "Mart Kask")?.country ?? null).toBeNull();
  });

  it("negative: a story of two states has no frame", () => {
    expect(stateOf(twoStates + "The country's interior minister, Dragan Ilic, said the police would stay.", "Dragan Ilic")?.country ?? null).toBeNull();
  });

  it("negative: 'its' may be a body's, and a firm's title is no office", () => {
    expect(stateOf(estonian + "Its defence minister, Mart Kask, said the money was there.", "Mart Kask")?.country ?? null).toBeNull();
    expect(stateOf(estonian + "The company's chief executive, Mart Kask, said the money was there.", "Mart Kask")?.country ?? null).toBeNull();
  });
});
