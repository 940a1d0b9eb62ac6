// Which sentence holds an offset, by binary search over the document's sentences (in text order, none
// overlapping): per lookup O(log n), where `sentences.findIndex(...)` walked them all.
import type { Sentence } from "../model/types.js";

/**
 * The first sentence whose span holds `offset`, its end included (`s.start <= offset && offset <= s.end`),
 * or -1 when none does: what `sentences.findIndex((s) => s.start <= offset && offset <= s.end)` gives.
 */
export function sentenceHolding(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  // the first sentence that ends at or after the offset
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < sentences.length && sentences[lo].start <= offset ? lo : -1;
}

/** The index of the last sentence that starts at or before `offset` (0 when none does): the sentence
 *  an offset inside the text falls in, or the one before a gap. */
export function sentenceStartingAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The index of the sentence that holds token `k` (the last sentence whose first token is at or before it). */
export function sentenceOfToken(sentences: readonly Sentence[], k: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].first <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
