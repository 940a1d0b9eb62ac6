import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// The speaker of a quote is the subject of its reporting verb: not a noun inside a description of
// that subject, not an organisation the speaker belongs to, not a word of the quote.
const quotes = (text: string, date?: string) => extract(text, date).quotes;

describe("speaker: the subject of the reporting verb", () => {
  it("an inverted cue before a lower-case description and a name: the name speaks", () => {
    const [q] = quotes("“We will not accept this,” said the veteran opposition politician Alexei Navalny.");
    expect(q.speakerName).toBe("Alexei Navalny");
    expect(q.speaker).toMatch(/^person:/);
  });

  it("an inverted cue before a description with no name keeps the description", () => {
    const [q] = quotes("“We will not accept this,” said the ministry in Moscow.");
    expect(q.speakerName).toBe("ministry");
  });

  it("an organisation's abbreviation in parentheses before its person's title and name", () => {
    const [q] = quotes("“We will not accept this,” the International Atomic Energy Agency (IAEA) spokesman Fredrik Dahl told reporters.");
    expect(q.speakerName).toBe("Fredrik Dahl");
  });
});
