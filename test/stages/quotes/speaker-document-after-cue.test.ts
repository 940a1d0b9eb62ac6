import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// '"...," said the report.': a document after an inverted cue speaks as "the report said" does.
const quoteOf = (text: string, words: string) => extract(text).quotes.find((x) => x.text.includes(words));

describe("speaker: a document after an inverted cue", () => {
  it("'said the report.': the report, as in 'the report said'", () => {
    const t = "The inquiry was published on Thursday.\n\n\"He took personal control of the staff and the budget,\" said the report.";
    expect(quoteOf(t, "personal control")?.speakerName).toBe("report");
  });

  it("'said the statement' after a body's statement: the body, and the next quote goes on with it", () => {
    const t = "The foreign ministry issued a statement on Monday.\n\n\"We reject these charges completely,\" said the statement. \"The talks will go on as planned.\"";
    expect(quoteOf(t, "reject")?.speakerName).toBe("foreign ministry");
    expect(quoteOf(t, "talks will go on")?.speakerName).toBe("foreign ministry");
  });

  it("'said the final statement, issued on Monday': a modifier and a comma phrase after", () => {
    expect(quoteOf("\"We reject these charges completely,\" said the final statement, issued on Monday.", "reject")?.speakerName).toBe("final statement");
  });

  it("negative: 'said the report was wrong' reports a clause about the report", () => {
    expect(quoteOf("\"We reject these charges completely,\" said the report was wrong.", "reject")?.speakerName ?? null).toBeNull();
  });

  it("negative: a noun that is no document ('said the day after') speaks for no one", () => {
    expect(quoteOf("The vote was close.\n\n\"We reject these charges completely,\" said the day after.", "reject")?.speakerName ?? null).toBeNull();
  });
});
