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
