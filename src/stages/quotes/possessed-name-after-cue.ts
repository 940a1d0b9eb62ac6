// '"...," said Touche Ross's Collander.', '"...," said Acme's Murtha': business and Reuters English names a
// source a second time by firm and surname, the firm as a possessor. After an inverted cue, a proper name
// with "'s" and then a person's name that closes the sentence or its comma phrase: the person speaks,
// not the firm ("Acme" is no one).
import type { Token } from "../../model/types.js";

const MAX_POSSESSOR_WORDS = 4;

/**
 * The first token of the person's name in "Possessor's Name" starting at k, with the end of that
 * name, where the name closes the sentence (before last) or a comma phrase; null otherwise.
 * personEnd(q) gives the end (exclusive) of a person's name that starts at q, or -1.
 */
export function possessedNameAfterCue(tokens: readonly Token[], k: number, last: number, personEnd: (q: number) => number): { first: number; last: number } | null {
  let q = k;
  while (q < last && q - k < MAX_POSSESSOR_WORDS && tokens[q].pos === "PROPN" && /^\p{Lu}/u.test(tokens[q].text)) q++;
  if (q === k || !/^('s|’s)$/.test(tokens[q]?.lower ?? "")) return null;
  const first = q + 1;
  const end = personEnd(first);
  if (end < 0 || (end < last && !/^[,.;!?]$/.test(tokens[end].text))) return null;
  return { first, last: end };
}
