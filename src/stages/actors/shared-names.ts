// Names that organisations of several states hold (two entries of data/organizations.json or the
// armed groups under one form): "BNP" is the British National Party and the Bangladesh Nationalist
// Party. The article tells which: the states it names (their names, demonyms, capitals, cities and
// regions), its known persons and its parties of one state ("the Tories", "Labour" → GBR;
// "Dhaka", "Sheikh Hasina" → BGD). Where the article names exactly one candidate's state, the
// organisation is that one; where it names none or several of them, the name gets no state (better
// no state than a wrong one). One pass over the article's tags, made only when such a name occurs.
import type { NameEntry } from "../../lexicon/compile-lexicon.js";

interface EntryTag {
  entry?: NameEntry;
  len: number;
  /** the other organisations of other states that the tag's name also names */
  alts?: NameEntry[];
}

// what names a state: its name, its people's demonym, one of its places
const STATE_NAMING = new Set(["country", "demonym", "capital", "city", "region"]);
// organisations whose state is the article's state: parties and government bodies (a news agency's
// or a company's home is not the story's)
const STATE_SECTORS = new Set(["PTY", "GOV", "LEG", "MIL", "JUD"]);

/** The organisations of other states that a name's entries hold besides `picked`, or undefined where none. */
export function sharedNameAlternatives(values: readonly NameEntry[], picked: NameEntry): NameEntry[] | undefined {
  if (picked.kind !== "organization" || !picked.country || values.length < 2) return undefined;
  let alts: NameEntry[] | undefined;
  for (const v of values) {
    if (v === picked || v.kind !== "organization" || !v.country || v.country === picked.country) continue;
    (alts ??= []).push(v);
  }
  return alts;
}

/** Per state, how often the article names it (tags of a state or of one state's person or party). */
export function namedStateCounts(tags: readonly (EntryTag | undefined)[], placeAlternatives: ReadonlyMap<string, string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k];
    const e = tag?.entry;
    if (!tag || !e || tag.len <= 0) continue;
    // (a name that several states hold says nothing: "Tripoli", "BNP" itself)
    if (tag.alts || placeAlternatives.has(e.id)) continue;
    const state = e.country ?? e.code;
    if (!state) continue;
    const named = STATE_NAMING.has(e.kind) || e.kind === "person" || (e.kind === "organization" && !!e.sector && STATE_SECTORS.has(e.sector));
    if (named) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return counts;
}

/** Which of `picked` and its `alts` the article's states pick: the one candidate whose state it names,
 *  or null where it names none of them or more than one. */
export function sharedNameEntry(picked: NameEntry, alts: readonly NameEntry[], counts: ReadonlyMap<string, number>): NameEntry | null {
  let hit: NameEntry | null = null;
  for (const c of [picked, ...alts]) {
    if (!(counts.get(c.country!) ?? 0)) continue;
    if (hit && hit.country !== c.country) return null;
    hit = c;
  }
  return hit;
}
