// "will sign", "could quickly impose", "is going to attack": the modal that governs a verb stands right
// before it, over the words that may come between (adverbs). One reader for the checks that look back for
// it (alternative-acts.ts, find-events.ts statedFutureBefore, stated-pledges.ts); each caller keeps its own
// modals and its own words between, which differ by what the check is for.
import type { Token } from "../../model/types.js";

export interface ModalWords {
  /** the modals that count, lower case ("will", "'ll", "shall") */
  modals: ReadonlySet<string>;
  /** whether "going to" counts as a modal: "bare" after any word, "after-be" only after a form of "be" ("is going to") */
  goingTo?: "bare" | "after-be";
  /** whether the word at `k` may stand between the modal and the verb at `v` (default: an adverb) */
  between?: (tokens: Token[], k: number, v: number) => boolean;
}

const BE = /^(is|are|am|'s|'re|was|were)$/;
const adverb = (tokens: Token[], k: number): boolean => tokens[k].pos === "ADV";

/**
 * The modal right before the verb at `v` in the sentence that opens at `first`, over the words
 * `words.between` lets stand between them: the modal's index ("to" of "going to"), or -1 when none.
 */
export function modalBefore(tokens: Token[], v: number, first: number, words: ModalWords): number {
  const between = words.between ?? adverb;
  let k = v - 1;
  while (k >= first && between(tokens, k, v)) k--;
  if (k < first) return -1;
  const w = tokens[k].lower;
  if (words.modals.has(w)) return k;
  if (words.goingTo && w === "to" && tokens[k - 1]?.lower === "going" && (words.goingTo === "bare" || BE.test(tokens[k - 2]?.lower ?? ""))) return k;
  return -1;
}
