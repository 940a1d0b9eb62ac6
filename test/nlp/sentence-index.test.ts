import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/types.js";
import { sentenceHolding } from "../../src/nlp/sentence-index.js";
import { buildDoc } from "../../src/nlp/text-layer.js";
import { testWink } from "../helpers.js";

// sentenceHolding answers what `sentences.findIndex((s) => s.start <= at && at <= s.end)` did, by binary search.
const linear = (sentences: readonly Sentence[], at: number) => sentences.findIndex((s) => s.start <= at && at <= s.end);
const sentence = (start: number, end: number): Sentence => ({ start, end, first: 0, last: 0, headline: false, paragraph: 0 });

describe("sentenceHolding", () => {
  it("gives the sentence that holds each offset of a built document, as the linear search did", () => {
    const doc = buildDoc(testWink(), { id: "t", text: "Russia attacked Ukraine. Kyiv said it would respond.\n\nThe EU condemned the strike.  Talks followed." });
    expect(doc.sentences.length).toBeGreaterThan(2);
    for (let at = 0; at <= doc.text.length + 1; at++) expect(sentenceHolding(doc.sentences, at)).toBe(linear(doc.sentences, at));
  });

  it("touching sentences: the first one, whose end is included", () => {
    const ss = [sentence(0, 10), sentence(10, 20), sentence(20, 30)];
    expect(sentenceHolding(ss, 10)).toBe(0);
    expect(sentenceHolding(ss, 11)).toBe(1);
    expect(sentenceHolding(ss, 30)).toBe(2);
  });

  it("negative: an offset between sentences, before the first or after the last, or no sentences at all: -1", () => {
    const ss = [sentence(5, 10), sentence(15, 20)];
    for (const at of [0, 4, 12, 14, 21, 100]) {
      expect(sentenceHolding(ss, at)).toBe(-1);
      expect(linear(ss, at)).toBe(-1);
    }
    expect(sentenceHolding([], 0)).toBe(-1);
  });
});
