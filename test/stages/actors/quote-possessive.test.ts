import { describe, expect, it } from "vitest";
import { buildDoc } from "../../../src/nlp/text-layer.js";
import { extract, person, testWink } from "../../helpers.js";

// Issue 14: some older wire feeds write a possessive's apostrophe as a double quote ("Belgium"s Paul de Keersmaeker",
// "the country"s debt"). The text layer reads `"s` glued to a word as the possessive 's, and quote pairing skips the mark.
describe("actors and quotes: a possessive written with a double quote", () => {
  it("the text layer makes one possessive token of the mark and the s, offsets kept", () => {
    const text = 'Norway"s fishing fleet and the country"s debt.';
    const d = buildDoc(testWink(), { id: "t", text });
    const poss = d.tokens.filter((t) => t.norm === "'s");
    expect(poss).toHaveLength(2);
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(d.tokens.some((t) => t.text === '"')).toBe(false);
  });

  it("a state's possessive before a name gives the person's state; a quote around it still pairs", () => {
    const rec = extract('Portugal"s Joana Ferreira told the meeting the levy would go. "We expect Chile"s copper output to rise," mining minister Ana Soto said.', "1987-03-02");
    expect(person(rec, "Joana Ferreira")?.country).toBe("PRT");
    const q = rec.quotes.find((x) => x.text.includes("copper output"));
    expect(q?.text).toBe('We expect Chile"s copper output to rise');
  });

  it("negative: a real quotation mark after a word, or before a word beginning with s, is still a mark", () => {
    const text = 'He called the plan "silly" and left. The minister said "soon" was enough.';
    const d = buildDoc(testWink(), { id: "t", text });
    expect(d.tokens.filter((t) => t.text === '"')).toHaveLength(4);
    expect(d.tokens.some((t) => t.norm === "'s")).toBe(false);
  });
});
