import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// expected-doers.ts: after a verb of expecting, the party between the verb and "to" does the
// infinitive's act, not the one who expects it.
const keys = (text: string, type: string) => eventKeys(text, "2023-04-01").filter((k) => k.startsWith(type));

describe("the one expected to act is the doer", () => {
  it("expects X to", () => {
    expect(keys("Erdogan said he expects Russia to attack Ukraine again.", "ASSAULT")).toEqual(["ASSAULT RUS>UKR"]);
  });
  it("predicts X to", () => {
    expect(keys("The Pentagon predicts China to invade Taiwan within five years.", "ASSAULT")).toEqual(["ASSAULT CHN>TWN"]);
  });
});

describe("negative: the subject keeps its own act", () => {
  it("no object between the verb and 'to'", () => {
    expect(keys("Iran expects to sign a deal with Russia next week.", "AGREE")).toEqual(["AGREE IRN>RUS"]);
  });
  it("a passive of expecting", () => {
    expect(keys("Turkey is expected to attack Kurdish fighters in Syria.", "ASSAULT")).toEqual(["ASSAULT TUR>SYR"]);
  });
  it("a verb of urging keeps its own reading", () => {
    expect(keys("Britain urged Russia to withdraw its troops from Ukraine.", "RETREAT").every((k) => k.startsWith("RETREAT RUS"))).toBe(true);
  });
});
