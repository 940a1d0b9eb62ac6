import { describe, expect, it } from "vitest";
import { toks } from "./_tagged-tokens.js";
import type { Sentence, Token } from "../../../src/model/types.js";
import { clauseEndAfter } from "../../../src/stages/events/clause-after.js";

// The clause after an act, walked once for pastYearAfter, pastTimeAfter and historicDate. Tokens by hand: "word/POS ...".
const whole = (tokens: Token[]): Sentence => ({ start: 0, end: tokens[tokens.length - 1].end, first: 0, last: tokens.length, headline: false, paragraph: 0 });

describe("clauseEndAfter", () => {
  it("runs to the sentence's end where nothing closes the clause ('invaded Iraq in 2003')", () => {
    const a = toks("the/DET US/PROPN invaded/VERB Iraq/PROPN in/ADP 2003/NUM");
    expect(clauseEndAfter(a, whole(a), 2, 10)).toBe(6);
  });

  it("a verb right after the act is the act's own ('shot down a jet'); one further on ends the clause", () => {
    const a = toks("Turkey/PROPN shot/VERB down/VERB a/DET jet/NOUN that/PRON flew/VERB in/ADP 2015/NUM");
    expect(clauseEndAfter(a, whole(a), 1, 10)).toBe(6);
  });

  it("negative: a comma, a semicolon or an auxiliary ends it; so does the reach", () => {
    const comma = toks("Russia/PROPN attacked/VERB ,/PUNCT in/ADP 2014/NUM");
    expect(clauseEndAfter(comma, whole(comma), 1, 10)).toBe(2);
    const semi = toks("Russia/PROPN attacked/VERB Ukraine/PROPN ;/PUNCT in/ADP 2014/NUM");
    expect(clauseEndAfter(semi, whole(semi), 1, 10)).toBe(3);
    const aux = toks("sanctions/NOUN imposed/VERB on/ADP Iran/PROPN were/AUX lifted/VERB");
    expect(clauseEndAfter(aux, whole(aux), 1, 10)).toBe(4);
    const far = toks("Russia/PROPN attacked/VERB the/DET old/ADJ town/NOUN of/ADP Bakhmut/PROPN in/ADP 2023/NUM");
    expect(clauseEndAfter(far, whole(far), 1, 4)).toBe(5);
  });
});
