import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "The plan was attacked by Jack Straw, who said the Tories were ...": a "who" right before the
// reporting verb (over adverbs) is its subject, the person named right before its comma.
const quote = (text: string, words: string) => extract(text).quotes.find((x) => x.text.includes(words));

describe("speaker: ', who said' after a person named late in the sentence", () => {
  it("'criticised by Anna Berg, who said: \"...\"': the person before the comma", () => {
    const t = "The budget was criticised by Anna Berg, who said: “It punishes the poor.”";
    expect(quote(t, "punishes the poor")!.speakerName).toBe("Anna Berg");
  });

  it("'met X, who later told reporters': adverbs between", () => {
    const t = "Tom Reed met Anna Berg, who later told reporters: “The talks went well.”";
    expect(quote(t, "talks went well")!.speakerName).toBe("Anna Berg");
  });

  it("negative: the party of the reported clause never speaks ('who said the unions were \"...\"')", () => {
    const t = "The plan was attacked by Anna Berg, who said the unions were “acting in bad faith”.";
    const q = extract(t).quotes.find((x) => x.text.includes("bad faith"));
    expect(q?.speakerName).not.toBe("unions");
  });

  it("negative: a relative clause of its own before the cue keeps its old reading", () => {
    const t = "Tom Reed, who won the seat in May, said: “We will keep our promises.”";
    expect(quote(t, "keep our promises")!.speakerName).toBe("Tom Reed");
  });

  it("negative: a subject opening the sentence keeps its aside apart ('X, who says ..., had accused')", () => {
    const t = "Labour's Tom Reed, who says he is “standing by” his remarks, had accused a journalist of lying.";
    const q = extract(t).quotes.find((x) => x.text.includes("standing by"))!;
    expect(q.text).not.toContain("had accused");
  });
});
