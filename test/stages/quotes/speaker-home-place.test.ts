import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A legislator's party and state in parentheses with an abbreviation's period ("(D-Conn.)"), and a
// person's home place after "of" ("Rep. Ann Ford of Ohio"): the cue after them is the person's.
const speakerOf = (text: string, words: string) => {
  const q = extract(text).quotes.find((x) => x.text.includes(words));
  return q ? q.speakerName ?? null : undefined;
};

describe("sentences: an abbreviation's period inside parentheses", () => {
  it("'(D-Conn.) told reporters' goes on with the sentence: the name speaks, and the quote after it too", () => {
    const t = "Lawmakers left the briefing.\n\n“We have heard nothing new today,” Rep. Ann Ford (D-Conn.) told reporters. “There are open questions about the cost.”";
    expect(speakerOf(t, "nothing new")).toBe("Ann Ford");
    expect(speakerOf(t, "open questions")).toBe("Ann Ford");
  });

  it("'(R-Calif.) said Wednesday', '(Ret.) told': other abbreviations", () => {
    expect(speakerOf("“We must enforce the deal now,” Foreign Affairs Committee Chairman Tom Hale (R-Calif.) said Wednesday.", "enforce")).toBe("Tom Hale");
    expect(speakerOf("“The troops are tired after the long tour,” Col. Mark Ellis (Ret.) told the panel.", "troops")).toBe("Mark Ellis");
  });

  it("negative: a sentence's own period inside parentheses still ends it before a capital", () => {
    const rec = extract("The bill failed (it was the third try.) The senators went home.");
    expect(rec.sentences.length).toBe(2);
  });
});

describe("speaker: a person's home place after 'of'", () => {
  it("'Democratic Rep. Ann Ford of New Jersey said in a statement': the person speaks", () => {
    const t = "“This changes the character of the country,” Democratic Rep. Ann Ford of New Jersey said in a statement. “It is also wasteful.”";
    expect(speakerOf(t, "character")).toBe("Ann Ford");
    expect(speakerOf(t, "wasteful")).toBe("Ann Ford");
  });

  it("'Mayor Tom Hale of Springfield, a Democrat, told reporters': the appositive after the place too", () => {
    expect(speakerOf("“We will fix the roads this summer,” Mayor Tom Hale of Springfield, a Democrat, told reporters.", "roads")).toBe("Tom Hale");
  });

  it("negative: a person after 'of' is a relation's, not the speaker ('the wife of Mark Ellis of Ohio')", () => {
    expect(speakerOf("“We will appeal the ruling next week,” the wife of Mark Ellis of Ohio told reporters.", "appeal")).not.toBe("Mark Ellis");
  });

  it("negative: after a quote closed on a full stop, a new sentence's subject is no speaker (text without a space)", () => {
    const t = "“We asked for the papers,” Sen. Ann Ford told reporters. “We will keep asking for them.”Rep. Tom Hale of Ohio added to the pressure on the agency.";
    expect(speakerOf(t, "keep asking")).toBe("Ann Ford");
  });

  it("negative: 'of' and a lower-case phrase is no place ('of the committee's view')", () => {
    expect(speakerOf("“We will vote no on the bill,” Sen. Ann Ford of the opposition benches and her staff said.", "vote no")).not.toBe("Ann Ford");
  });
});
