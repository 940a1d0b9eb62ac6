// The body a role phrase's "of" or "for" names, for findRoleNPs (find-actors.ts):
//   "the spokesman for Downing Street", "the deputy of Qatar's foreign ministry": a mention right after it (as before);
//   "the general secretary of the Fire Brigades Union, Kieran Doyle,": a body after an article, and
//   "the head of Belarus's KGB, Ivan Tertel,": a possessor state and the body it owns,
// taken only where the body is a name the dictionaries place and a person's name stands in apposition right after them, so that the phrase is that person's
// and the body (its state) theirs. Elsewhere ("the head of the Fire Brigades Union said") the phrase is left as it was.
import type { Token } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";

/** The mention whose actor the phrase's body is (its first token) and the token after the body; null where none. */
export function roleBodyAfter(tokens: Token[], from: number, sLast: number, mentionAt: (PlacedMention | undefined)[], isPerson: (actor: number) => boolean): { mention: number; end: number } | null {
  if (from >= sLast) return null;
  const apposed = (e: number) => e + 1 < sLast && tokens[e]?.text === "," && !!mentionAt[e + 1] && mentionAt[e + 1]!.token === e + 1 && isPerson(mentionAt[e + 1]!.actor);
  const m = mentionAt[from];
  if (m) {
    // "of Belarus's KGB, X", "of Russia's foreign intelligence service, X"
    const end = m.tokenEnd;
    if (tokens[end]?.norm === "'s" && fromDictionary(m)) {
      const owned = possessedEnd(tokens, end + 1, sLast, mentionAt);
      if (owned !== null && apposed(owned)) return { mention: from, end: owned };
    }
    return { mention: from, end };
  }
  // "of the Fire Brigades Union, X"
  if (tokens[from].lower !== "the" || !mentionAt[from + 1] || !fromDictionary(mentionAt[from + 1]!)) return null;
  const end = mentionAt[from + 1]!.tokenEnd;
  return apposed(end) ? { mention: from + 1, end } : null;
}

/** A name the dictionaries place (not a body whose state a sentence lent it: "actors/group:organization-name+sentence-state"). */
function fromDictionary(m: PlacedMention): boolean {
  return m.rule.startsWith("actors/dictionary:");
}

/** The token after what a possessor owns: a mention ("KGB") an acronym ("KGB") or up to three lower-case words ("security service"); null where neither. */
function possessedEnd(tokens: Token[], i: number, sLast: number, mentionAt: (PlacedMention | undefined)[]): number | null {
  if (i >= sLast) return null;
  if (mentionAt[i]) return mentionAt[i]!.tokenEnd;
  let e = i;
  // (an acronym no dictionary knows: "Belarus's KGB")
  if (/^\p{Lu}{2,6}$/u.test(tokens[i].text)) return i + 1;
  while (e < sLast && e - i < 3 && /^[a-z][a-z-]*$/.test(tokens[e].text) && (tokens[e].pos === "NOUN" || tokens[e].pos === "ADJ")) e++;
  return e > i ? e : null;
}
