// "Washington said it would consult Seoul first if a military option were considered", "Iraq said it
// would let the inspectors back unless the sanctions stayed": a condition after an act whose "would" is
// a reported future holds the act; it is hypothetical, not planned. The condition must sit in the act's
// own stretch of the sentence: no ";", ":", relative pronoun, ", but" or ", and" between. "even if"
// (the act goes ahead anyway), "if not", "if any", and the "if" of a question ("would decide if",
// "would ask Iran if") are no conditions of the act. "will retaliate if attacked" is not touched: a
// future stated with "will" keeps its status (and conditional-threats.ts reads its threat).
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

/** how far after the act its condition may come */
const REACH = 20;
const STRETCH_END = /^(that|which|who|whom|whose|where|when|while|whereas|but|because|although|though)$/;

/** A condition of status.laterConditions after the act at `trigger`, in its stretch of the sentence. */
export function laterCondition(tokens: Token[], s: Sentence, trigger: number, lex: SenseLexicon): boolean {
  const lc = lex.laterConditions;
  const end = Math.min(s.last, trigger + REACH);
  for (let k = trigger; k < end; k++) {
    const t = tokens[k];
    if (k > trigger) {
      if (t.text === ";" || t.text === ":" || t.text === "?" || STRETCH_END.test(t.lower)) return false;
      if (t.text === "," && /^(and|but|or)$/.test(tokens[k + 1]?.lower ?? "")) return false;
    }
    // ("would decide if", "would ask Iran whether or if", "it was unclear if"): a question, no condition
    if (lc.questionVerbs.has(t.lower)) return false;
    if (k === trigger) continue;
    const m = lc.opens.matchAt(tokens, k, (x) => x.lower, s.last);
    if (!m) continue;
    if (lc.notAfter.has(tokens[k - 1]?.lower ?? "")) return false;
    if (lc.notBefore.has(tokens[k + m.length]?.lower ?? "")) return false;
    if (lc.idioms.matchAt(tokens, k, (x) => x.lower, s.last)) return false;
    return true;
  }
  return false;
}
