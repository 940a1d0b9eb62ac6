// Places whose name several states hold (metonyms.json alsoIn): "Tripoli" is Libya's capital and a
// Lebanese port, "Birmingham" a British and an Alabama city. A writer who means the less known one
// says so around it: "Tripoli, Lebanon", "the north Lebanese port", "Birmingham, Alabama", "in
// Lebanon" in the sentence before. So the place is another state's when its own sentence or the one
// before or after names that state (its name, demonym, a place or region of it) and never names the
// first; otherwise it stays the first (the one the dictionary gives). Per mention, linear in the
// tokens of three sentences; ambiguous names are few.
import type { Sentence, Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";

/** a dictionary tag on a token: the entry and how many tokens it spans */
interface EntryTag {
  entry?: NameEntry;
  len: number;
}

// what names a state: its name, its people's or a part's demonym, one of its places
const STATE_NAMING = new Set(["country", "demonym", "capital", "city", "region"]);

/**
 * The other state (one of `entry`'s alternatives) whose place the mention at token `at` is, or null
 * where the text around it names the entry's own state, none of the others, or two of them as often.
 */
export function ambiguousPlaceState(
  tokens: Token[],
  sentences: Sentence[],
  si: number,
  tags: (EntryTag | undefined)[],
  entry: NameEntry,
  lexicon: Lexicon,
): string | null {
  const others = lexicon.placeAlternatives.get(entry.id);
  if (!others?.length || !entry.code) return null;
  const counts = new Map<string, number>();
  const count = (code: string | null) => {
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  for (let j = Math.max(0, si - 1); j <= Math.min(sentences.length - 1, si + 1); j++) {
    const s = sentences[j];
    for (let k = s.first; k < s.last; k++) {
      const tag = tags[k];
      const e = tag?.entry;
      if (e && tag.len > 0) {
        // (another name that several states hold says nothing; "Tripoli" itself neither)
        if (STATE_NAMING.has(e.kind) && !lexicon.placeAlternatives.has(e.id)) count(e.country ?? e.code);
        k += tag.len - 1;
        continue;
      }
      // "Birmingham, Alabama", "Manchester, New Hampshire": a state's first-level part
      const t = tokens[k];
      if (!/^\p{Lu}/u.test(t.text)) continue;
      const two = k + 1 < s.last ? lexicon.regions.get(`${t.text} ${tokens[k + 1].text}`) : undefined;
      if (two) {
        count(two.code);
        k++;
        continue;
      }
      count(lexicon.regions.get(t.text)?.code ?? null);
    }
  }
  if (counts.get(entry.code)) return null;
  let best: string | null = null;
  let tie = false;
  for (const c of others) {
    const n = counts.get(c) ?? 0;
    if (!n) continue;
    const b = best ? counts.get(best)! : 0;
    if (n > b) [best, tie] = [c, false];
    else if (n === b) tie = true;
  }
  return tie ? null : best;
}
