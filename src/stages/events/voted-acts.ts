// Acts done by a vote (status.votes in data/event-senses.json): a body that condemns, sanctions,
// backs or rejects does so by voting, so a past vote to do such an act is the act done: "the Security
// Council voted 15-0 to sanction North Korea", "the European Parliament voted overwhelmingly to condemn
// Russia", "the Bundestag voted on Thursday to support Ukraine" (occurred, not planned). An act the
// vote only orders or permits, which others carry out later ("voted to send tanks to Ukraine", "voted
// to begin talks"), is of another type and stays planned; so does a vote still to come ("will vote to
// sanction") and an act its own clause puts on the calendar ("voted to impose sanctions from next
// month").
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

/** The infinitive at `trigger` is the purpose of a past vote at `v`, with nothing in between but
 *  adverbs, a tally or a time ("voted unanimously on Friday to", "voted 15-0 to"), and no time to
 *  come after it in its clause. */
export function votedAct(tokens: Token[], s: Sentence, v: number, trigger: number, lex: SenseLexicon): boolean {
  const votes = lex.votes;
  if (v >= trigger || !votes.verbs.has(tokens[v].lower) || tokens[trigger - 1]?.lower !== "to") return false;
  // ("will vote to sanction", "is set to vote to condemn"): a vote still to come
  if (v > s.first && votes.notPast.has(tokens[v - 1].lower)) return false;
  if (trigger - 1 - v > 6) return false;
  for (let k = v + 1; k < trigger - 1; k++) {
    const t = tokens[k];
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.text === ";") return false;
  }
  for (let k = trigger + 1; k < s.last; k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || /^(that|which|who|but|while)$/.test(t.lower)) break;
    if (lex.futureTimes.has(t.lower) && lex.futureTimes.matchAt(tokens, k, (x) => x.lower, s.last)) return false;
  }
  return true;
}
