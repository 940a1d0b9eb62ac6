import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const quoteTexts = (text: string) => extract(text).quotes.map((q) => `${q.speakerName ?? "-"}: ${q.text}`);

describe("a second opening mark after a finished sentence opens the next quoted paragraph", () => {
  const text =
    "Tobias Ellwood told the BBC. “Six months ago I called for a division to be moved east. That would have deterred this invasion. Russia has invaded Ukraine: what we know so far – video report “That would have been enough to make Putin think twice. We did the opposite.”";
  it("the caption between the paragraphs is no one's words", () => {
    expect(quoteTexts(text).some((q) => q.includes("video report"))).toBe(false);
  });
  it("both quoted paragraphs stay the speaker's", () => {
    const q = quoteTexts(text);
    expect(q).toContain("Tobias Ellwood: Six months ago I called for a division to be moved east. That would have deterred this invasion.");
    expect(q).toContain("Tobias Ellwood: That would have been enough to make Putin think twice. We did the opposite.");
  });
});
