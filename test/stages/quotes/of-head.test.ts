import { describe, expect, it } from "vitest";
import type { Token } from "../../../src/model/types.js";
import { ofHeadedSubject } from "../../../src/stages/quotes/of-head.js";

// A hand-built token run: "word/POS" pairs; names are not marked.
const toks = (s: string): Token[] =>
  s.split(" ").map((w, i) => {
    const [text, pos] = w.split("/");
    return { text, lower: text.toLowerCase(), norm: text.toLowerCase(), pos, start: i, end: i + 1 } as unknown as Token;
  });
const none = { nameFirst: () => -1, personFirst: () => -1 };
const heads = new Set(["head", "official", "members", "director"]);

describe("ofHeadedSubject", () => {
  it("finds the head of 'The head of a state agency' ending at the agency", () => {
    const t = toks("The/DET head/NOUN of/ADP a/DET state/NOUN agency/NOUN");
    expect(ofHeadedSubject(t, [], none, heads, 5, 0)).toEqual({ first: 0, headFirst: 1, head: 1, apposed: -1 });
  });

  it("passes over a possessive in the object ('the city's transport office')", () => {
    const t = toks("The/DET director/NOUN of/ADP the/DET city/NOUN 's/PART transport/NOUN office/NOUN");
    expect(ofHeadedSubject(t, [], none, heads, 7, 0)?.head).toBe(1);
  });

  it("negative: a head that is no member noun ('The future of the agency')", () => {
    const t = toks("The/DET future/NOUN of/ADP the/DET agency/NOUN");
    expect(ofHeadedSubject(t, [], none, heads, 4, 0)).toBeNull();
  });

  it("negative: a phrase that opens no clause ('visited the head of the agency')", () => {
    const t = toks("She/PRON visited/VERB the/DET head/NOUN of/ADP the/DET agency/NOUN");
    expect(ofHeadedSubject(t, [], none, heads, 6, 0)).toBeNull();
  });

  it("negative: a quoted head is no subject", () => {
    const t = toks("The/DET head/NOUN of/ADP the/DET agency/NOUN");
    expect(ofHeadedSubject(t, [0, 1, 0, 0, 0], none, heads, 4, 0)).toBeNull();
  });
});
