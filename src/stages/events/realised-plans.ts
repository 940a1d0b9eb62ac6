// Plans that came about (status.realisedPredicates in data/event-senses.json): an act noun whose own
// modifier makes it a plan or a prospect ("the planned visit", "the proposed summit", "the possible
// talks") is done when it is the subject of a past predicate of happening: "the planned meeting
// between Putin and Erdogan took place in Sochi", "the proposed summit was held in Bali", "the
// planned talks finally went ahead" are occurred. A predicate still to come ("will take place", "is
// expected to take place"), a plan put off ("was postponed") or one in a condition ("if the planned
// talks went ahead") leaves the plan as it is.
import type { Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";

/** The act noun at `n` is the subject of a past predicate of happening right after its phrase. */
export function realisedPlan(tokens: Token[], s: Sentence, n: number, lex: SenseLexicon): boolean {
  // ("if the planned talks went ahead", "unless the proposed summit takes place"): a condition
  for (let k = n - 1; k >= s.first && n - k <= 8; k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") break;
    if (lex.conditions.has(tokens[k].lower) || lex.pendingConditions.has(tokens[k].lower)) return false;
  }
  // over the noun's own complements ("between Putin and Erdogan", "by Macron to China") to its predicate
  for (let k = n + 1; k < s.last && k - n <= 10; k++) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || /^(that|which|who|whose)$/.test(t.lower)) return false;
    if (t.pos === "ADV" && (tokens[k + 1]?.pos === "VERB" || tokens[k + 1]?.pos === "AUX")) continue;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    const m = lex.realisedPredicates.matchAt(tokens, k, (x) => x.lower, s.last);
    return !!m;
  }
  return false;
}
