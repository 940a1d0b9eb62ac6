// '"...," Rep. Ann Ford of Ohio said', '"...," Mayor Tom Hale of Springfield told reporters': English
// names a politician's constituency or a person's home town with "of" (or "from") and a place's proper
// name between the name and the cue. The place belongs to the person; the cue after it is the person's.
// Only a capitalised run of a few words that names no person is a place here ("the wife of John Roe
// said" has a person after "of", and no person before it: its own readings elsewhere).
import type { Token } from "../../model/types.js";

const MAX_PLACE_WORDS = 4;

/**
 * The token after "of Place" / "from Place" that starts at k, where k follows a person's name; -1
 * where no such phrase stands there. personAt(q) tells a token inside a person's name.
 */
export function homePlaceEnd(tokens: readonly Token[], k: number, last: number, personAt: (q: number) => boolean): number {
  const prep = tokens[k];
  if (!prep || (prep.lower !== "of" && prep.lower !== "from")) return -1;
  let q = k + 1;
  // ("of New York", "of the Bronx": an article before a place name)
  if (tokens[q]?.lower === "the") q++;
  const first = q;
  while (q < last && q - first < MAX_PLACE_WORDS && tokens[q].pos === "PROPN" && /^\p{Lu}/u.test(tokens[q].text) && !personAt(q)) q++;
  return q > first && q < last ? q : -1;
}
