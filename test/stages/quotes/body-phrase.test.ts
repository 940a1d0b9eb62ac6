import { describe, expect, it } from "vitest";
import { bodyPhraseToken } from "../../../src/stages/quotes/body-phrase.js";
import { toks } from "../events/_tagged-tokens.js";

// body-phrase.ts: the words of a body's short noun phrase in an attribution.
const inPhrase = (tagged: string, numerals = true) => toks(tagged).map((t) => bodyPhraseToken(t, numerals));

describe("the words of a body's noun phrase", () => {
  it("determiners, adjectives, nouns, names and a possessive", () => {
    expect(inPhrase("the/DET alliance/NOUN 's/PART military/ADJ committee/NOUN")).toEqual([true, true, true, true, true]);
    expect(inPhrase("the/DET Pentagon/PROPN")).toEqual([true, true]);
  });
  it("a curly possessive the tagger did not read as a particle", () => {
    expect(inPhrase("Moscow/PROPN ’s/X embassy/NOUN")).toEqual([true, true, true]);
  });
  it("a numeral, unless numerals are left out", () => {
    expect(inPhrase("one/NUM bank/NOUN")).toEqual([true, true]);
    expect(inPhrase("one/NUM bank/NOUN", false)).toEqual([false, true]);
  });
});

describe("negative: words that end the phrase", () => {
  it("a verb, an auxiliary, a pronoun, a preposition or an adverb", () => {
    expect(inPhrase("said/VERB was/AUX he/PRON in/ADP later/ADV")).toEqual([false, false, false, false, false]);
  });
  it("punctuation and a conjunction", () => {
    expect(inPhrase(",/PUNCT and/CCONJ")).toEqual([false, false]);
  });
  it("an 's read as 'is' is no possessive ('it's')", () => {
    const [is] = toks("'s/AUX");
    expect(bodyPhraseToken({ ...is, norm: "is", lower: "is" })).toBe(false);
  });
});
