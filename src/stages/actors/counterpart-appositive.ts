// A counterpart's state from the appositive before the name: "Wang Yi met his North Korean counterpart, Ri Yong Ho," is
// the holder of the same post in North Korea (PRK), as "his North Korean counterpart Ri Yong Ho" (demonym-noun) is;
// "her counterpart from Chile, X," likewise (CHL). A counterpart is always of another state than the one whose office
// it is set beside, so only the state word inside the phrase places it: "his counterpart, X," with none gives nothing,
// nor does a place the two met in ("his counterpart in Brussels, X": where, not whose). The phrase opens with an owner
// ("his", "her", "their", "its", "X's", "the") and closes at the comma before the name (actors/state:counterpart), or
// at the name itself ("her U.S. equivalent Tom Webb"). "Equivalent" and "opposite number" say what "counterpart" does
// ("his French opposite number, X,"), and a state's name before the noun what its demonym does ("his U.S. counterpart,
// Trade Representative X,"); not "an equivalent sum" or "the opposite number" (no state word before the noun).
// A pure function of the tokens and tags around one name; constant work per name.
import type { Token } from "../../model/types.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";
import { tagStartEndingAt } from "./tag-span.js";

/** what find-actors' tagging leaves on a token: a dictionary entry that starts there and its length */
export interface CounterpartTag {
  entry?: NameEntry;
  len: number;
}

const COUNTERPART = /^(?:counterparts?|equivalents?)$/;
const NUMBER = /^numbers?$/;

/** the first token of "counterpart", "equivalent" or "opposite number" ending at `p`, or -1 */
export function counterpartNounStart(tokens: Token[], p: number, sFirst: number): number {
  if (p < sFirst) return -1;
  if (COUNTERPART.test(tokens[p].lower)) return p;
  return NUMBER.test(tokens[p].lower) && p - 1 >= sFirst && tokens[p - 1].lower === "opposite" ? p - 1 : -1;
}
const OWNERS = new Set(["his", "her", "their", "its", "the", "'s"]);
const BY_PLACE = new Set(["from", "of"]);

/**
 * The state of "OWNER [adj]{0,2} DEMONYM|STATE counterpart|equivalent|opposite number" or "OWNER counterpart from|of
 * [the] STATE," ending right before `end` (the comma before the name, or the name), or null; the "from|of" form only
 * before a comma.
 */
export function counterpartBefore(tokens: Token[], tags: (CounterpartTag | undefined)[], end: number, sFirst: number): NameEntry | null {
  const tagEndingAt = (p: number): number | null => tagStartEndingAt(tags, p, sFirst, (t) => !!t.entry);
  const owned = (p: number) => p >= sFirst && OWNERS.has(tokens[p].lower);
  const last = end - 1;
  if (last <= sFirst) return null;
  // "his North Korean counterpart,", "her U.S. equivalent", "his French opposite number,"
  const noun = counterpartNounStart(tokens, last, sFirst);
  if (noun >= 0) {
    const ds = tagEndingAt(noun - 1);
    const e = ds !== null ? tags[ds]!.entry! : null;
    if (!e || !(e.kind === "demonym" && e.country) && !(e.kind === "country" && (e.country || e.code))) return null;
    let p = ds! - 1;
    for (let n = 0; n < 2 && p > sFirst && tokens[p].pos === "ADJ" && /^[a-z][a-z-]*$/.test(tokens[p].text); n++) p--;
    return owned(p) ? e : null;
  }
  // "her counterpart from Chile,"
  if (tokens[end]?.text !== ",") return null;
  const cs = tagEndingAt(last);
  const e = cs !== null ? tags[cs]!.entry! : null;
  if (!e || e.kind !== "country" || !e.country && !e.code) return null;
  let p = cs! - 1;
  if (p >= sFirst && tokens[p].lower === "the") p--;
  if (p < sFirst + 1 || !BY_PLACE.has(tokens[p].lower) || !COUNTERPART.test(tokens[p - 1].lower)) return null;
  return owned(p - 2) ? e : null;
}
