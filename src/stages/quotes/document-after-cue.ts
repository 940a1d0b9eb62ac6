// '"...," said the report.', '"...," said the final statement, issued on Monday.': after an inverted cue,
// a document with the definite article speaks as "the report said" does before the cue (the document's
// author where the sentences before name one: documentAuthor in find-quotes.ts). Only a phrase that
// closes the sentence or its comma phrase: "said the report was wrong" reports a clause about the report,
// and "said in the report" has a preposition, no subject.
import type { Token } from "../../model/types.js";

const MAX_MODIFIERS = 2;

/**
 * The end (exclusive) of "the [modifier]{0,2} document-noun" starting at k, where the phrase closes
 * the sentence (before last) or a comma phrase; -1 otherwise. isDocument(q) tells a document noun.
 */
export function documentAfterCueEnd(tokens: readonly Token[], k: number, last: number, isDocument: (q: number) => boolean): number {
  if (tokens[k]?.lower !== "the") return -1;
  let q = k + 1;
  while (q < last && q - k <= MAX_MODIFIERS && !isDocument(q) && /^(ADJ|NOUN)$/.test(tokens[q].pos) && /^\p{Ll}/u.test(tokens[q].text)) q++;
  if (q >= last || !isDocument(q)) return -1;
  const end = q + 1;
  if (end < last && !/^[,.;!?]$/.test(tokens[end].text)) return -1;
  return end;
}
