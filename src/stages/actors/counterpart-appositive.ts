// A counterpart's state from the appositive before the name: "Wang Yi met his North Korean counterpart, Ri Yong Ho," is
// the holder of the same post in North Korea (PRK), as "his North Korean counterpart Ri Yong Ho" (demonym-noun) is;
// "her counterpart from Chile, X," likewise (CHL). A counterpart is always of another state than the one whose office
// it is set beside, so only the state word inside the phrase places it: "his counterpart, X," with none gives nothing,
// nor does a place the two met in ("his counterpart in Brussels, X": where, not whose). The phrase opens with an owner
// ("his", "her", "their", "its", "X's", "the") and closes at the comma before the name (actors/state:counterpart).
// A pure function of the tokens and tags around one name; constant work per name.
import type { Token } from "../../model/types.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";
import { tagStartEndingAt } from "./tag-span.js";

/** what find-actors' tagging leaves on a token: a dictionary entry that starts there and its length */
export interface CounterpartTag {
  entry?: NameEntry;
  len: number;
}

const COUNTERPART = /^counterparts?$/;
const OWNERS = new Set(["his", "her", "their", "its", "the", "'s"]);
const BY_PLACE = new Set(["from", "of"]);

/**
 * The state of "OWNER [adj]{0,2} DEMONYM counterpart," or "OWNER counterpart from|of [the] STATE," ending at the comma
 * at `comma` (the name follows it), or null.
 */
export function counterpartBefore(tokens: Token[], tags: (CounterpartTag | undefined)[], comma: number, sFirst: number): NameEntry | null {
  const tagEndingAt = (p: number): number | null => tagStartEndingAt(tags, p, sFirst, (t) => !!t.entry);
  const owned = (p: number) => p >= sFirst && OWNERS.has(tokens[p].lower);
  const last = comma - 1;
  if (last <= sFirst) return null;
  // "his North Korean counterpart,"
  if (COUNTERPART.test(tokens[last].lower)) {
    const ds = tagEndingAt(last - 1);
    const e = ds !== null ? tags[ds]!.entry! : null;
    if (!e || e.kind !== "demonym" || !e.country) return null;
    let p = ds! - 1;
    for (let n = 0; n < 2 && p > sFirst && tokens[p].pos === "ADJ" && /^[a-z][a-z-]*$/.test(tokens[p].text); n++) p--;
    return owned(p) ? e : null;
  }
  // "her counterpart from Chile,"
  const cs = tagEndingAt(last);
  const e = cs !== null ? tags[cs]!.entry! : null;
  if (!e || e.kind !== "country" || !e.country && !e.code) return null;
  let p = cs! - 1;
  if (p >= sFirst && tokens[p].lower === "the") p--;
  if (p < sFirst + 1 || !BY_PLACE.has(tokens[p].lower) || !COUNTERPART.test(tokens[p - 1].lower)) return null;
  return owned(p - 2) ? e : null;
}
