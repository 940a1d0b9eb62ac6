import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14 (speakers49): some feeds close a curly double quote with two right single quotation
// marks (`“...,’’ said X`); the quote ends there, so the cue and speaker after it are read.
describe("quote spans: a double quote closed by two apostrophes", () => {
  it("'“...,’’ said Jane Doe, head of ...' is Jane Doe's, and the next quote opens anew", () => {
    const rec = extract("“The figures are an indictment of our times,’’ said Jane Doe, head of the agency’s press office. “Conflicts have spread to new regions.”");
    expect(rec.quotes.find((q) => q.text.startsWith("The figures"))?.speakerName).toBe("Jane Doe");
    expect(rec.quotes.find((q) => q.text.startsWith("The figures"))?.text).not.toMatch(/said/);
  });

  it("'“...,’’ he said' across paragraphs keeps each quote to its paragraph", () => {
    const rec = extract("“The figures are an indictment of our times,’’ said Jane Doe.\n\n“Conflicts have spread to new regions,’’ she said.");
    const q = rec.quotes.find((x) => x.text.startsWith("Conflicts"));
    expect(q?.text).not.toMatch(/she said/);
    expect(q?.speakerName).toBe("Jane Doe");
  });

  it("'“...,’’ said X. \"...,\" he added' closes the first quote before a straight one opens", () => {
    const rec = extract('“The figures are an indictment of our times,’’ said Jane Doe. "Conflicts have spread to new regions," she added.');
    const q = rec.quotes.find((x) => x.text.startsWith("The figures"));
    expect(q?.text).not.toMatch(/said/);
    expect(q?.speakerName).toBe("Jane Doe");
  });

  it("negative: one apostrophe inside a quote ('the agency’s') does not close it", () => {
    const rec = extract("“The agency’s figures are an indictment of our times,” said Jane Doe.");
    expect(rec.quotes[0]?.text).toBe("The agency’s figures are an indictment of our times");
  });
});
