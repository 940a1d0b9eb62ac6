// The chair of a committee that no word before it places ("Committee chairman X", "the defence committee chairman
// X") in a story about one state's legislature (actors/state:committee-story): a reader takes the committee for that
// legislature's. The story names the legislature by a body the dictionary places ("Bundestag", "Knesset": that state)
// or by a word any state's legislature bears (titles.json committeeBodies "Commons", "Parliament"; legislatureWords
// "MPs", "lawmakers": the story's frame then says which state, as for a bare office).
// Not a committee whose body is named before it ("the Olympic committee chairman", "Barclays' audit committee
// chairman", "a company's audit committee chairman": a capitalised word or a possessive), nor any committee in a story
// that names no legislature, or legislatures of two states.
import type { Doc, Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";

export interface CommitteeTag {
  entry?: NameEntry;
  len: number;
}

export interface StoryLegislature {
  /** the states of the legislatures the dictionary places */
  states: Set<string>;
  /** whether a word any state's legislature bears is named */
  bare: boolean;
}

const cache = new WeakMap<Doc, StoryLegislature>();
const LOWER = /^[a-z][a-z-]*$/;
/** lower-case words a committee's name may carry between an article and "committee" ("the foreign affairs committee") */
const MAX_PORTFOLIO = 3;

/** The legislatures a story's body names (see above), read once per article. */
export function storyLegislature(doc: Doc, tags: (CommitteeTag | undefined)[], lex: Lexicon): StoryLegislature {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: StoryLegislature = { states: new Set(), bare: false };
  const tokens = doc.tokens;
  for (const s of doc.sentences) {
    if (s.headline) continue;
    for (let i = s.first; i < s.last; i++) {
      if (tokens[i].start < doc.bodyStart) continue;
      const t = tags[i];
      const e = t?.entry;
      if (e?.kind === "organization" && e.sector === "LEG" && e.country) out.states.add(e.country);
      else if (!e && (lex.committeeBodies.has(tokens[i].text) || lex.legislatureWords.has(tokens[i].text))) out.bare = true;
      if (t && t.len > 1) i += t.len - 1;
    }
  }
  cache.set(doc, out);
  return out;
}

/**
 * Whether "committee" right before `k` (the title's first token) opens its phrase with no body before it: the sentence
 * start or an article, then up to three lower-case words ("Committee chairman X", "the defence committee chairman X").
 */
export function unplacedCommitteeBefore(tokens: Token[], tags: (CommitteeTag | undefined)[], k: number, sFirst: number): boolean {
  if (k - 1 < sFirst || tokens[k - 1].lower !== "committee" || tags[k - 1]) return false;
  let p = k - 2;
  for (let n = 0; n < MAX_PORTFOLIO && p >= sFirst && LOWER.test(tokens[p].text) && !tags[p] && !/^(?:the|a|an)$/.test(tokens[p].lower); n++) p--;
  // (a capitalised word that opens the sentence may be a body's name as well as a common word: "Olympic committee
  // chairman X", "Public accounts committee chairman X" stay unplaced)
  return p < sFirst || /^(?:the|a|an)$/.test(tokens[p].lower) || tokens[p].text === ",";
}
