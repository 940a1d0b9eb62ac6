import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// breached-measures.ts: a breach of a measure defies its maker, not the one it falls on.
describe("breached measures", () => {
  it("the measure's maker stays the one defied", () => {
    expect(keys("The Chinese company violated US sanctions against Iran.")).toContain("REJECT CHN>USA");
    expect(keys("North Korea violated sanctions imposed by the UN.")).toEqual(["REJECT PRK>UN"]);
    expect(keys("Egypt violated the UN arms embargo on Libya.")).toContain("REJECT EGY>UN");
  });

  it("a ban by a party is still that party's", () => {
    expect(keys("Iran defied a ban by the United Nations on missile tests.")).toEqual(["REJECT IRN>UN"]);
  });
});

describe("breached measures: negative cases", () => {
  it("the one a breached measure falls on is not defied", () => {
    expect(keys("A Chinese firm has violated sanctions against Iran.")).toEqual([]);
    expect(keys("Turkey violated the arms embargo on Libya.")).toEqual([]);
    expect(keys("Greek shippers flouted the ban on Russian oil.").filter((k) => k.startsWith("REJECT"))).toEqual([]);
  });
});
