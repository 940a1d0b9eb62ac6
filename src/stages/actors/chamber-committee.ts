// "Senate Finance Chairman X", "House Ways and Means Chairman X", "Senate Foreign Relations Committee chairman X": a
// committee chair whose title opens with a legislative chamber ("Senate", "House") chairs a committee of that chamber,
// and the chamber is one of the states whose legislature has one (titles.json officeSystems, the chamber's word:
// "senator" for a Senate). Of those states, the one the article names most, above every other of them, is the
// holder's (actors/state:chamber-committee): in a story of Iran's nuclear talks that names Washington and Congress the
// Senate is the American one, since Iran has none; in a Manila story, the Philippine Senate.
// The capitalised words between the chamber and the title are the committee's name ("Finance", "Foreign Relations",
// "Ways and Means", with "Committee" or not). Not a chamber inside a longer name ("the White House Budget chairman",
// "Utah Senate Finance Chairman": a capitalised word right before it), nor a chamber with no committee name ("Senate
// Chairman"), nor a title other than a committee chair's (titles.json chamberCommittees.titles: "Senate Majority
// Leader" has its own entry). Constant work per titled holder.
// News writes a committee's name in lower case as often ("House intelligence Chairman X", "the Senate armed services
// committee chairman X"): a lower-case noun or adjective is a word of the name too, but not a verb, preposition or
// anything else ("the Senate on Tuesday confirmed Chairman X" names no committee). A committee's member is its title
// the same way, though the title tagger takes no "member" as a title ("former House Armed Services Committee member X",
// "Senate Judiciary Committee ranking member X"): committeeTitleBefore finds those words of chamberCommittees.titles
// right before the name.
import type { Token } from "../../model/types.js";
import type { ChamberCommittees } from "../../lexicon/compile-lexicon.js";


const CAP = /^\p{Lu}[\p{L}-]*$/u;
// (the words a committee's name may join with: "Ways and Means")
const JOIN = /^(?:and|&)$/;
const MAX_NAME = 8;
// (a lower-case word of a committee's name: "intelligence", "armed", "services")
const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;
const NAME_POS = new Set(["NOUN", "ADJ"]);

/**
 * The first token of a committee title of chamberCommittees.titles (one or two words: "member", "ranking member")
 * ending right before the name at token `name`, or null; for a title the title tagger does not tag.
 */
export function committeeTitleBefore(tokens: Token[], name: number, sFirst: number, chambers: ChamberCommittees): number | null {
  if (name - 1 < sFirst) return null;
  if (name - 2 >= sFirst && chambers.titles.has(tokens[name - 2].lower + " " + tokens[name - 1].lower)) return name - 2;
  return chambers.titles.has(tokens[name - 1].lower) ? name - 1 : null;
}

/**
 * The chamber word ("Senate") nearest before the title spanning tokens [title, name) (the title's first token and the
 * name's first), with a committee's name between them, or null. A capitalised word right before the chamber makes it
 * part of a longer name ("White House", "Utah Senate"), so none.
 */
export function chamberBefore(tokens: Token[], title: number, name: number, sFirst: number, chambers: ChamberCommittees): string | null {
  if (!chambers.titles.has(tokens.slice(title, name).map((t) => t.lower).join(" "))) return null;
  for (let p = title - 1, n = 0; p >= sFirst && n < MAX_NAME; p--, n++) {
    const t = tokens[p].text;
    if (!CAP.test(t) && !JOIN.test(t) && !(LOWER.test(t) && NAME_POS.has(tokens[p].pos))) return null;
    if (!chambers.chambers.has(t)) continue;
    if (p >= title - 1) return null;
    const before = tokens[p - 1];
    if (p > sFirst && before && CAP.test(before.text) && before.lower !== "the") return null;
    return t;
  }
  return null;
}

/** of the states that have `chamber`, the one the article names most, above every other of them; or null */
export function chamberState(chamber: string, counts: Map<string, number>, chambers: ChamberCommittees, officeSystems: ReadonlyMap<string, readonly string[]>): string | null {
  const word = chambers.chambers.get(chamber);
  const states = word ? officeSystems.get(word) : undefined;
  if (!states) return null;
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const st of states) {
    const c = counts.get(st) ?? 0;
    if (c > top) {
      second = top;
      top = c;
      best = st;
    } else if (c > second) second = c;
  }
  return top > 0 && top > second ? best : null;
}
