// A converted known person's name (data/persons-petrarch2.json, data/persons-congress.json) is that person only where it stands alone: inside a
// longer run of proper names it is part of another name. "Akhmed Abdul Qadir" (a detainee) holds "Abdul Qadir" (an
// Afghan leader of 1978), "Bruno Eduardo Rodriguez" (Cuba's foreign minister) "Eduardo Rodriguez" (Bolivia's president
// of 2005), "Kim Il Sung" "Kim Il" (a North Korean premier), "John F. Kennedy Airport" a president. The source's
// people are many and their names short; dyad's own (persons.json) are matched as before.
import type { Token } from "../../model/types.js";
import { CONGRESS_PEOPLE_FROM, KNOWN_PEOPLE_FROM } from "../../lexicon/known-people.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";

const CAP = /^\p{Lu}/u;
// (a date's word is no part of a name: "Kakuei Tanaka Monday said", "In December Kakuei Tanaka said"; not "May", a
// surname as often)
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** a proper name's word (an initial "F." too), not tagged by a dictionary or title before it, nor a weekday or month */
function nameWord(t: Token | undefined, taken: boolean): boolean {
  return !!t && !taken && t.kind === "word" && CAP.test(t.text) && t.pos === "PROPN" && !CALENDAR.test(t.text);
}

/**
 * The entry is a converted known person's, and its name (tokens first..last) runs on from a proper name before it or
 * into one after it, in the sentence [sFirst, sLast). `covered` marks tokens a name or title took already.
 */
export function knownPersonInsideName(entry: NameEntry, tokens: Token[], first: number, last: number, sFirst: number, sLast: number, covered: Uint8Array): boolean {
  if (entry.from !== KNOWN_PEOPLE_FROM && entry.from !== CONGRESS_PEOPLE_FROM) return false;
  if (first > sFirst && nameWord(tokens[first - 1], covered[first - 1] !== 0)) return true;
  return last < sLast && nameWord(tokens[last], false);
}

/** the sectors of a body whose mention makes an article one of US politics: its legislature, parties, government, courts, forces and services */
const POLITICAL = new Set(["LEG", "PTY", "GOV", "JUD", "MIL", "SPY"]);

/**
 * A member of the US Congress (data/persons-congress.json) is named only in an article of US politics: it names another
 * US politician of dyad's own dictionaries, a US political body ("Congress", "the Senate", "Republicans", "the State
 * Department") or a US title ("Sen.", "Rep."). Some 3,000 people share their names with people elsewhere ("Michael
 * Collins", an Irish leader; a London banker "John Cox"), whom an article that mentions only the US dollar or "U.S."
 * also names.
 */
export function congressMemberAllowed(tags: readonly ({ entry?: NameEntry; title?: { country?: string } } | undefined)[]): boolean {
  for (const t of tags) {
    if (!t) continue;
    const e = t.entry;
    if (e && e.from !== CONGRESS_PEOPLE_FROM) {
      const us = e.code === "USA" || e.country === "USA";
      if (us && (e.kind === "person" || (e.kind === "organization" && !!e.sector && POLITICAL.has(e.sector)))) return true;
    }
    if (t.title?.country === "USA") return true;
  }
  return false;
}
