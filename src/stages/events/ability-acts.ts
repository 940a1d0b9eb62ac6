// What a party can do, or had the chance to do, is no plan (status.abilities in data/event-senses.json):
// "Russia was unable to attack Kyiv", "Trump was in a position to forge a consensus", "had the
// opportunity to warn China", "his failure to express support", "it is possible for the G7 to ban
// imports": the act is only possible, hypothetical. A past "able" is "managed to" ("Ukraine was able to
// evacuate 300 people"): the act was done. A judgement of the doer after "be" ("Biden was right to
// threaten sanctions", "Germany is wrong to block aid") presupposes the act it judges: done.
import type { Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Status } from "./event-status.js";

const NEGATION = /^(not|n't|never)$/;
const MODAL = /^(will|would|could|might|may|should|can|must|'ll|'d|shall)$/;
// what may stand in the 'for' phrase of "possible for the G7 to ban": the doer's noun phrase
const FOR_PHRASE = /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/;

/**
 * The status that a word of ability or opportunity before the infinitive at `trigger` gives its act,
 * or null when there is none. Only the words right before its "to" (over adverbs), or a 'for' phrase
 * of the doer after one of `forAdjectives`.
 */
export function abilityStatus(tokens: Token[], clauseStart: number, trigger: number, lex: SenseLexicon): Status | null {
  const ab = lex.abilities;
  if (tokens[trigger - 1]?.lower !== "to") return null;
  const to = trigger - 1;
  let j = to - 1;
  while (j > clauseStart && tokens[j].pos === "ADV" && !NEGATION.test(tokens[j].lower)) j--;
  if (j < clauseStart) return null;
  // "possible for the G7 to ban", "difficult for Germany to send": over the doer's phrase to 'for'
  for (let k = j; k > clauseStart && j - k <= 6; k--) {
    const t = tokens[k];
    if (t.lower === "for") {
      if (k === j || !ab.forAdjectives.has(tokens[k - 1].lower)) break;
      return "hypothetical";
    }
    if (!FOR_PHRASE.test(t.pos) && t.norm !== "'s" && t.text !== "’s" && t.text !== "-") break;
  }
  // the longest ability phrase that ends right at the 'to' ("in a position", "the opportunity", "unable")
  let at = -1;
  for (let k = j; k >= Math.max(clauseStart, j - 4); k--) {
    const m = ab.words.matchAt(tokens, k, (x) => x.lower, to);
    if (m && k + m.length === j + 1) at = k;
  }
  if (at < 0) return judgedAct(tokens, clauseStart, j, lex);
  // ("took the opportunity to criticise", "seized the chance to": an opportunity used, status.accomplishedGovernors)
  for (let k = at; k >= Math.max(clauseStart, at - 3); k--) {
    const m = lex.accomplishedGovernors.matchAt(tokens, k, (x) => x.lower, to);
    if (m && k + m.length === to) return null;
  }
  if (tokens[at].lower !== "able") return "hypothetical";
  // "was able to evacuate", "had been able to reach": the act was done, as after "managed to"
  let b = at - 1;
  while (b > clauseStart && tokens[b].pos === "ADV" && !NEGATION.test(tokens[b].lower)) b--;
  if (b < clauseStart || NEGATION.test(tokens[b].lower)) return "hypothetical";
  if (ab.managed.has(tokens[b].lower) && !modalBefore(tokens, clauseStart, b)) return "occurred";
  if (tokens[b].lower === "been" && /^(has|have|had)$/.test(tokens[b - 1]?.lower ?? "") && !modalBefore(tokens, clauseStart, b - 1)) return "occurred";
  return "hypothetical";
}

/** "was right to threaten", "is wrong to accuse": one of `judgements` right after a finite "be". */
function judgedAct(tokens: Token[], clauseStart: number, j: number, lex: SenseLexicon): Status | null {
  if (!lex.abilities.judgements.has(tokens[j].lower) || tokens[j].pos === "NOUN") return null;
  let b = j - 1;
  while (b > clauseStart && tokens[b].pos === "ADV" && !NEGATION.test(tokens[b].lower)) b--;
  if (b < clauseStart || !/^(is|are|was|were|'s|'re|am)$/.test(tokens[b].lower) || tokens[b].pos === "PART") return null;
  if (NEGATION.test(tokens[b + 1]?.lower ?? "")) return null;
  return "occurred";
}

/** A modal in the few words before `k` in its clause ("would be able to", "could be in a position to"). */
function modalBefore(tokens: Token[], clauseStart: number, k: number): boolean {
  for (let q = k - 1; q >= Math.max(clauseStart, k - 3); q--) if (MODAL.test(tokens[q].lower)) return true;
  return false;
}
