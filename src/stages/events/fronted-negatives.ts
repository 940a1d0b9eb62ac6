// A negative adverbial put first, with the subject and auxiliary inverted, negates the clause's act as
// "not" does: "Nowhere did the prime minister give Ukraine aid", "At no point did Iran accept the
// proposal", "Never has Beijing offered aid", "Under no circumstances will Berlin send troops". The
// inversion is what makes it negation of the clause; without it the adverbial is a place or a time
// ("At no point on the front line were troops withdrawn" still inverts; "Nowhere near enough aid was
// sent" does not, and is no negation of the sending). A word that turns the adverbial into a
// comparison undoes it: "Nowhere else did Kyiv find such support" (it found it elsewhere), "Never
// before has China sent so much aid" (it sends it now).
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Token } from "../../model/types.js";
import { byLower } from "../../lexicon/phrase-index.js";

// the auxiliaries that invert after a fronted negative
const INVERTED = /^(do|does|did|has|have|had|will|would|shall|should|can|could|may|might|must|is|are|was|were|am)$/;
// what may open the clause before the adverbial: quote marks, "and", "but"
const OPENER = /^(["\u201c\u2018']|and|but|so)$/;

/** Whether the clause of the act at `v`, starting at `clauseStart`, opens on a fronted negative with inversion. */
export function frontedNegative(tokens: Token[], clauseStart: number, v: number, lex: SenseLexicon): boolean {
  const fronted = lex.negation.fronted;
  let k = clauseStart;
  while (k < v && OPENER.test(tokens[k].lower)) k++;
  const m = k < v ? fronted.matchAt(tokens, k, byLower, v) : null;
  if (!m) return false;
  k += m.length;
  if (k >= v) return false;
  if (lex.negation.frontedUndo.has(tokens[k].lower)) return false;
  return INVERTED.test(tokens[k].lower);
}
