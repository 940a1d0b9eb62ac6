import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// find-actors.ts rolePerson, titleAt: a title an earlier mention opens with ("General Anna Berg") holds the role
// phrase that names it ("the general"), also where an appositive's office became the person's role
const speakerOf = (text: string, start: string) => extract(text, "2024-03-01").quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe("role phrases: the title before a name counts beside the office in apposition", () => {
  it.each([
    ["The head of the army, General Anna Berg, spoke in Oslo on Monday. \"We are ready,\" the general said.", "Anna Berg"],
    ["General Anna Berg, the head of the army, spoke in Oslo on Monday. \"We are ready,\" the general said.", "Anna Berg"],
    ["The chairman of the EU Military Committee, General Robert Brieger, spoke in Luxembourg. \"We are at a decisive moment,\" the general said.", "Robert Brieger"],
    ["The commander of the fleet, Admiral Jon Holm, arrived in Bergen. \"The ships are ready,\" the admiral said.", "Jon Holm"],
  ])("%s", (text, who) => {
    expect(speakerOf(text, text.includes("ready") ? (text.includes("ships") ? "The ships" : "We are ready") : "We are at")).toBe(who);
  });
});

describe("negative: a title the person was never given names someone else or no one", () => {
  it.each([
    // (a colonel is no general)
    "The head of the army, Colonel Anna Berg, spoke in Oslo on Monday. \"We are ready,\" the general said.",
    // (an admiral is no general)
    "The commander of the fleet, Admiral Jon Holm, arrived in Bergen. \"We are ready,\" the general said.",
  ])("%s", (text) => {
    expect(speakerOf(text, "We are ready")).not.toMatch(/Berg|Holm/);
  });

  it("a former general's title does not name 'the general' of today", () => {
    const t = "A former general, Mark Olsen, now runs a charity. General Anna Berg leads the army. \"We are ready,\" the general said.";
    expect(speakerOf(t, "We are ready")).toBe("Anna Berg");
  });
});
