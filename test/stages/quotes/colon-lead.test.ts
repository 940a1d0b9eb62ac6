import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakerOf = (text: string, start: string) => extract(text).quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe("quotes: 'X said:' closing a paragraph introduces the quote that opens the next", () => {
  it("a named speaker and a colon, the quote in its own paragraph", () => {
    const text = "Democrats made their own claims. At the hearing, at which three officials testified about the failings, Rep. Anna Keller of Ohio said in her opening statement:\n\n\"We are not questioning the motives of our witnesses. We are questioning the motives of others.\"";
    expect(speakerOf(text, "We are not questioning")).toBe("Anna Keller");
  });

  it("a pronoun speaker ('He remarked:') after the sentence that names him", () => {
    const text = "Foreign minister Jan Novak spoke to the assembly on Monday. He remarked:\n\n\"The deficit of trust is the real threat to this union.\"";
    expect(speakerOf(text, "The deficit of trust")).toBe("Jan Novak");
  });

  it("the colon lead wins over the speaker of the quote before it", () => {
    const text = "\"We will vote against it,\" said Maria Lopez, the opposition leader. But Prime Minister Carlos Vega told the chamber:\n\n\"This budget protects every family in the country.\"";
    expect(speakerOf(text, "This budget protects")).toBe("Carlos Vega");
  });

  it("negative: a colon after no speech cue gives no speaker of its own ('The list reads as follows:' keeps the earlier speaker)", () => {
    const text = "\"We will vote against it,\" said Maria Lopez, the opposition leader. Here is the plan in full:\n\n\"Cut taxes for families and invest in hospitals.\"";
    expect(speakerOf(text, "Cut taxes for families")).toBe("Maria Lopez");
  });

  it("negative: a colon lead two paragraphs away gives nothing", () => {
    const text = "Rep. Anna Keller of Ohio said:\n\nThe hearing went on.\n\n\"We are not questioning the motives of our witnesses at all.\"";
    expect(speakerOf(text, "We are not questioning")).not.toBe("Anna Keller");
  });
});
