import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// '"...," said Acme's Murtha.': a firm's possessive before a person's surname after an inverted cue.
const speakerOf = (text: string, words: string) => {
  const q = extract(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speakerName ?? null : undefined;
};

describe("speaker: 'said Firm's Surname'", () => {
  it("the person named before speaks, not the firm", () => {
    const t = "\"Demand will stay weak this year,\" Harbor Bank economist Ellen Vance said.\n\n\"Rates may have to fall again by summer,\" said Harbor's Vance.";
    expect(speakerOf(t, "Rates may")).toBe("Ellen Vance");
  });

  it("a comma phrase after the name", () => {
    const t = "Broker Lane Securities analyst Peter Korn expects a rebound.\n\n\"The market is oversold at these levels,\" said Lane's Korn, who follows the sector.";
    expect(speakerOf(t, "oversold")).toBe("Peter Korn");
  });

  it("negative: 'said Harbor's Vance was wrong' reports a clause, not the speaker", () => {
    const t = "\"Demand will stay weak this year,\" Harbor Bank economist Ellen Vance said.\n\n\"Rates may have to fall again by summer,\" said Harbor's Vance was wrong.";
    const q = extract(t).quotes.find((x) => x.text.includes("Rates may"));
    expect(q?.rule ?? "").not.toMatch(/quote-cue-speaker/);
  });

  it("negative: a role after the possessive stays the role's ('said Putin's spokesman')", () => {
    expect(speakerOf("\"The talks may slow down now,\" said Putin's spokesman.", "talks")).toBe("Putin's spokesman");
  });
});
