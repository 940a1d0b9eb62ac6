// One rule for a possessive written with a double quote (`Indonesia"s economy`), read by the text layer's tokens and
// by the quote finder's characters (quote-possessive.ts): the two readers agree on every mark.
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/nlp/text-layer.js";
import { quotePossessiveAt } from "../../src/nlp/quote-possessive.js";
import { findQuoteSpans } from "../../src/stages/quotes/find-quote-spans.js";
import { testWink } from "../helpers.js";

const doc = (text: string) => buildDoc(testWink(), { id: "t", text });
const at = (text: string) => quotePossessiveAt(text, text.indexOf('"'));

describe("a possessive's apostrophe written as a double quote", () => {
  it("the rule: a letter or digit before the mark, 's' after it, and no letter after the 's'", () => {
    expect(at('Indonesia"s economy grew.')).toBe(true);
    expect(at('the country"S leaders')).toBe(true);
    expect(at('in the 1990"s, trade grew')).toBe(true);
  });

  it("negative: a mark after a space, or before a word that starts with 's', is a quotation mark", () => {
    expect(at('He said "sanctions will stay" on Monday.')).toBe(false);
    expect(at('He said"sanctions work"')).toBe(false);
    expect(at('"s" is a letter')).toBe(false);
  });

  it("both readers: the tokens hold the possessive 's and the quote finder opens no quote at the mark", () => {
    const text = 'Indonesia"s president said "the talks will go on" in Jakarta.';
    const d = doc(text);
    const poss = d.tokens.find((t) => t.norm === "'s");
    expect(poss && text.slice(poss.start, poss.end)).toBe('"s');
    const spans = findQuoteSpans(d);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].innerStart, spans[0].innerEnd)).toBe("the talks will go on");
  });

  it("negative: a quotation that opens with a word in 's' keeps its marks as quotation marks in both readers", () => {
    const text = 'The minister said "sanctions will stay" on Monday.';
    const d = doc(text);
    expect(d.tokens.some((t) => t.norm === "'s")).toBe(false);
    const spans = findQuoteSpans(d);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].innerStart, spans[0].innerEnd)).toBe("sanctions will stay");
  });
});
