import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// unrealised-acts.ts: an infinitive after a word of reluctance or after "have yet to" names an act
// that has not happened; other adjectives before "to" ("quick to blame") and "the first to" keep it.
const keys = (text: string) => eventKeys(text, "2022-03-06");

describe("an act one is reluctant to do, or has yet to do", () => {
  it("'reluctant to blame', 'unwilling to send', 'have yet to recognise' make no event", () => {
    expect(keys("Donald Trump has been especially reluctant to blame Russia for its interference in the election.")).toEqual([]);
    expect(keys("Germany is unwilling to send tanks to Ukraine.")).toEqual([]);
    expect(keys("Five EU countries have yet to recognise Kosovo.")).toEqual([]);
    expect(keys("Russia is yet to withdraw its troops from Georgia.")).toEqual([]);
  });
  it("'quick to blame', 'the first to recognise' are acts", () => {
    expect(keys("Donald Trump was quick to blame Russia for the attack.")).toContain("ACCUSE USA>RUS");
    expect(keys("Germany was the first to recognise Kosovo.").some((k) => k.startsWith("COOPERATE DEU>"))).toBe(true);
  });
  it("'yet' that is no 'have yet to' keeps the act", () => {
    expect(keys("Russia has withdrawn some troops, yet it continues to attack Ukraine.")).toContain("ASSAULT RUS>UKR");
  });
});
