// The body a role phrase's "of" or "for" names, for findRoleNPs (find-actors.ts):
//   "the spokesman for Downing Street", "the deputy of Qatar's foreign ministry": a mention right after it (as before);
//   "the general secretary of the Fire Brigades Union, Kieran Doyle,": a body after an article, and
//   "the head of Belarus's KGB, Ivan Tertel,": a possessor state and the body it owns, whose name may be capitalised
//   words, an ordinal or a name with words after it ("of Ukraine's 36th Separate Marine Brigade, Maj. X,", "of Russia's
//   Roscosmos space agency, X,"), and
//   "the commander of the Ukrainian Air Force, X,": a demonym opening the name of a state's own body (titles.json
//   stateBodies: "German Marshall Fund" is no German body),
// taken only where the body is a name the dictionaries place and a person's name stands in apposition right after them, so that the phrase is that person's
// and the body (its state) theirs. Elsewhere ("the head of the Fire Brigades Union said") the phrase is left as it was.
import type { Token } from "../../model/types.js";
import type { PlacedMention } from "./actor-layer.js";

/** The mention whose actor the phrase's body is (its first token) and the token after the body; null where none. */
export function roleBodyAfter(tokens: Token[], from: number, sLast: number, mentionAt: (PlacedMention | undefined)[], isPerson: (actor: number) => boolean, stateBodies: Set<string>): { mention: number; end: number } | null {
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
  if (apposed(end)) return { mention: from + 1, end };
  // "of the Ukrainian Air Force, X", "of the Russian 20th Guards Army, X": a state's word opening the name of a body of
  // that state's own (titles.json stateBodies, by its last one or two words), where a demonym may open any body's name
  // ("the German Marshall Fund" is American)
  if (!/^actors\/dictionary:(?:demonym|country)$/.test(mentionAt[from + 1]!.rule)) return null;
  const owned = bodyNameEnd(tokens, end, sLast, mentionAt);
  if (owned === null || !apposed(owned)) return null;
  const last = tokens[owned - 1].lower;
  const two = owned - 2 >= end ? `${tokens[owned - 2].lower} ${last}` : "";
  return stateBodies.has(last) || stateBodies.has(two) ? { mention: from + 1, end: owned } : null;
}

/** A name the dictionaries place (not a body whose state a sentence lent it: "actors/group:organization-name+sentence-state"),
 *  or a state's seat of power ("a spokesman for the Kremlin, X,", "an aide at the White House"; metonyms.json kind seat). */
function fromDictionary(m: PlacedMention): boolean {
  return m.rule.startsWith("actors/dictionary:") || m.rule.startsWith("actors/metonym:seat:");
}

/**
 * The person an aide's "to" names ("a top aide to President Macron, X,", "an adviser to Putin, X,"), after any titles,
 * where a person's name stands in apposition right after it: that person's mention and the token after the principal's
 * name; null elsewhere ("an aide to the president said", "an adviser to Macron said": no one named to take the state).
 */
export function principalAfter(tokens: Token[], from: number, sLast: number, mentionAt: (PlacedMention | undefined)[], titleLenAt: (k: number) => number, isPerson: (actor: number) => boolean): { mention: number; end: number } | null {
  let k = from;
  for (let n = 0; n < 2 && k < sLast && !mentionAt[k] && titleLenAt(k) > 0; n++) k += titleLenAt(k);
  const m = k < sLast ? mentionAt[k] : undefined;
  if (!m || !isPerson(m.actor)) return null;
  const e = m.tokenEnd;
  const app = e + 1 < sLast && tokens[e]?.text === "," ? mentionAt[e + 1] : undefined;
  return app && app.token === e + 1 && app.actor !== m.actor && isPerson(app.actor) ? { mention: m.token, end: e } : null;
}

/** The token after what a possessor owns: a mention ("KGB") an acronym ("KGB") or up to three lower-case words ("security service"); null where neither. */
function possessedEnd(tokens: Token[], i: number, sLast: number, mentionAt: (PlacedMention | undefined)[]): number | null {
  if (i >= sLast) return null;
  // ("Russia's Roscosmos space agency, X": a name and the words after it)
  if (mentionAt[i]) return tokens[mentionAt[i]!.tokenEnd]?.text === "," ? mentionAt[i]!.tokenEnd : (bodyNameEnd(tokens, i, sLast, mentionAt) ?? mentionAt[i]!.tokenEnd);
  let e = i;
  // (an acronym no dictionary knows: "Belarus's KGB")
  if (/^\p{Lu}{2,6}$/u.test(tokens[i].text)) return i + 1;
  while (e < sLast && e - i < 3 && /^[a-z][a-z-]*$/.test(tokens[e].text) && (tokens[e].pos === "NOUN" || tokens[e].pos === "ADJ")) e++;
  if (e > i && (e >= sLast || tokens[e].text === ",")) return e;
  return bodyNameEnd(tokens, i, sLast, mentionAt) ?? (e > i ? e : null);
}

// a unit's or agency's name of its own words: "36th Separate Marine Brigade", "Roscosmos space agency", "Air Force"
const BODY_WORD = /^(?:\p{Lu}[\p{Ll}-]+|\p{Lu}{2,6}|\d+(?:st|nd|rd|th)?|[a-z][a-z-]*)$/u;
const BODY_WORDS = 5;

/** The token after a body's name from `i` (capitalised words, an ordinal, lower-case nouns: up to BODY_WORDS words, a
 *  mention counting as one) that closes at a comma; null where none does. Only read where a person's name stands in
 *  apposition right after (the caller's `apposed`), so "of Ukraine's 36th brigade, X" is X's brigade. */
function bodyNameEnd(tokens: Token[], i: number, sLast: number, mentionAt: (PlacedMention | undefined)[]): number | null {
  let e = i;
  for (let n = 0; n < BODY_WORDS && e < sLast; n++) {
    const m = mentionAt[e];
    if (m && m.token === e) {
      e = m.tokenEnd;
      continue;
    }
    const t = tokens[e];
    if (!BODY_WORD.test(t.text) || (/^[a-z]/.test(t.text) && t.pos !== "NOUN" && t.pos !== "ADJ")) break;
    e++;
  }
  return e > i && tokens[e]?.text === "," ? e : null;
}
