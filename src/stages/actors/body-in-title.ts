// A state's body named inside a person's title, before the name (findActors' describe(), after the title phrase):
//   a state's word opening the body's name:  "Kenyan Interior Ministry official X", "Brazilian Foreign Affairs Ministry
//                                             spokesman X", "Iran's Foreign Ministry official X": the state's own body
//                                             (titles.json stateBodies, by the name's last one or two words), so its state
//                                             is the person's (actors/state:body-title);
//   a state's body with no state word:       "Treasury official X", "Interior Ministry official X": a body only a state
//                                             has (the words are the body's generic name itself, not "Liberty Brigade"), so the person serves a state's government, which the article's frame
//                                             may say (as it does for a bare office).
// Not a body a demonym opens that is no state's own ("German Marshall Fund director X", "Norwegian Refugee Council official
// X": its last words name no state body), nor a state's word inside a longer name ("Free Libyan Army official X": a
// capitalised word before the state's), nor a name a dictionary places ("Hamas Interior Ministry spokesman X": the
// title phrase reads it).
import type { Token } from "../../model/types.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";

/** A dictionary tag starting at a token (find-actors' Tag). */
export interface BodyTag {
  entry?: NameEntry;
  len: number;
}

/** most capitalised words of a body's name ("Foreign Affairs Ministry", "Federal Security Service") */
const BODY_WORDS = 4;
const CAP_WORD = /^\p{Lu}[\p{Ll}-]+$/u;
const ARTICLES = new Set(["the", "a", "an"]);

export type BodyTitle = { kind: "state"; entry: NameEntry; start: number } | { kind: "frame"; start: number };

/**
 * The state body whose name ends right before token `k` (the title's first token or the staff noun): its state, or
 * "frame" for a state's body that no state word opens; null where the words name no state's own body.
 */
export function stateBodyBefore(tokens: Token[], tags: (BodyTag | undefined)[], k: number, sFirst: number, stateBodies: Set<string>): BodyTitle | null {
  // the body's capitalised words, none a dictionary's
  let b = k;
  while (b - 1 >= sFirst && k - b < BODY_WORDS && !tags[b - 1] && !coveredAt(tags, b - 1, sFirst) && CAP_WORD.test(tokens[b - 1].text)) b--;
  if (b === k) return null;
  const last = tokens[k - 1].lower;
  const two = k - 2 >= b ? `${tokens[k - 2].lower} ${last}` : "";
  if (!stateBodies.has(last) && !stateBodies.has(two)) return null;
  // the state's word right before the name: "Kenyan", "Iran's", "U.S."
  let s = b - 1;
  const owned = s >= sFirst && tokens[s].norm === "'s";
  if (owned) s--;
  const ts = s >= sFirst ? tagEndingAt(tags, s, sFirst) : null;
  const e = ts !== null ? tags[ts]!.entry : undefined;
  if (ts !== null) {
    if (!e || !(e.kind === "demonym" || e.kind === "country") || !(e.country || e.code)) return null;
    if (owned && e.kind !== "country") return null;
    // (a state's word inside a longer name: "Free Libyan Army official X")
    if (ts - 1 >= sFirst && (!!tags[ts - 1] || (CAP_WORD.test(tokens[ts - 1].text) && !ARTICLES.has(tokens[ts - 1].lower)))) return null;
    return { kind: "state", entry: e, start: ts };
  }
  if (owned) return null;
  // no state word: the body's name opens the sentence or follows a lower-case word ("former Treasury official X")
  // (the sentence's first word may be one of the body's: "Treasury official X said")
  if (b - 1 >= sFirst && !/^[a-z]/.test(tokens[b - 1].text) && tokens[b - 1].text !== "," && tokens[b - 1].text !== "-") return null;
  // (the run must be a state body's generic name itself, "Treasury", "Interior Ministry", "Air Force": a unit's own name
  // may be any force's, "Liberty Brigade Col. X" a militia's)
  if (!stateBodies.has(tokens.slice(b, k).map((t) => t.lower).join(" "))) return null;
  return { kind: "frame", start: b };
}

/** the first token of the tag that ends at `q` (within six tokens), or null */
function tagEndingAt(tags: (BodyTag | undefined)[], q: number, sFirst: number): number | null {
  for (let x = q; x >= Math.max(sFirst, q - 6); x--) {
    const t = tags[x];
    if (t) return x + t.len - 1 === q ? x : null;
  }
  return null;
}

/** whether a tag that starts before `q` covers it */
function coveredAt(tags: (BodyTag | undefined)[], q: number, sFirst: number): boolean {
  for (let x = q - 1; x >= Math.max(sFirst, q - 6); x--) {
    const t = tags[x];
    if (t) return x + t.len > q;
  }
  return false;
}
