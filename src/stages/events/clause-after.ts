// The words after an act that are still its own clause ("invaded Iraq in 2003", "sent tanks last
// year"): the walk the status checks share (event-status.ts pastYearAfter and pastTimeAfter,
// history-dates.ts historicDate), each within its own reach.
import type { Sentence, Token } from "../../model/types.js";

/**
 * The end (exclusive) of the clause after the act at `trigger`: the first comma, semicolon,
 * auxiliary or verb of its own (a verb right after the trigger, a particle's or a phrasal one, is
 * the act's), at most `reach` tokens on from the trigger and never past the sentence.
 */
export function clauseEndAfter(tokens: Token[], s: Sentence, trigger: number, reach: number): number {
  const stop = Math.min(s.last, trigger + reach);
  let k = trigger + 1;
  for (; k < stop; k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || (t.pos === "VERB" && k > trigger + 1) || t.pos === "AUX") break;
  }
  return k;
}
