// A known person's ally or close relative takes that person's state, as a tie to the state and no office (no role):
//   after the name:   "X, a close ally of Putin,", "X - a key ally of Tony Blair -", "X, Erdogan's longtime ally,",
//                     "X, the wife of President Macron,"
//   before the name:  "Xi's wife Peng Liyuan", "Kim's sister Kim Yo Jong", "a close ally of Erdogan, X,"
// The nouns are titles.json associateNouns ("ally", "loyalist", "wife", "son-in-law"); the principal must be a person the
// dictionary knows with a state (a surname or fuller name, after an optional title). A critic, rival, lawyer, interviewer or
// victim is no associate ("X, a critic of Putin,", "Putin's interviewer X", "the victim of X": no noun of the list), and a
// state or body is no principal ("a key ally of the United States": the ally is another state's).
import type { Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";
import type { SeedPerson } from "../../lexicon/schemas.js";
import { possessorSeed } from "./workplace-appositive.js";

export interface Associate {
  /** the known person the named one is tied to */
  entry: NameEntry;
  /** the phrase that ties them ("a close ally of Putin") */
  text: string;
  rule: "actors/state:associate-of";
}

type SeedAt = (q: number, end: number) => SeedPerson | null;

const ARTICLES = new Set(["a", "an", "the"]);
const LOWER = /^[a-z][a-z-]*$/;
const OWNER = /^(?:his|her)$/;
const DASH = /^(?:-|--|—|–)$/;
const CLOSE = /^(?:,|\.|;|who|and|--|—|–)$/;
/** most describing words before the noun ("a close personal", "Putin's former longtime") */
const MAX_WORDS = 3;
/** most tokens of an associate noun ("son - in - law", "right - hand man") */
const MAX_NOUN = 5;
/** most tokens of the principal after "of", its title and a past holder's word included ("former President John F. Kennedy") */
const MAX_PRINCIPAL = 5;
const RULE = "actors/state:associate-of" as const;

/** the length in tokens of an associate noun starting at `r`, longest first, or 0 */
function nounFrom(text: string, tokens: Token[], r: number, last: number, lex: Lexicon): number {
  for (let n = Math.min(MAX_NOUN, last - r); n >= 1; n--) {
    if (lex.associateNouns.has(text.slice(tokens[r].start, tokens[r + n - 1].end).toLowerCase())) return n;
  }
  return 0;
}

/** the first token of an associate noun that ends at token `e` (inclusive), longest first, or -1 */
function nounEndingAt(text: string, tokens: Token[], e: number, first: number, lex: Lexicon): number {
  for (let n = Math.min(MAX_NOUN, e - first + 1); n >= 1; n--) {
    if (lex.associateNouns.has(text.slice(tokens[e - n + 1].start, tokens[e].end).toLowerCase())) return e - n + 1;
  }
  return -1;
}

/** whether token `x` closes the phrase: a comma, a stop, "who", "and", a long dash, or a spaced hyphen (not "ally-turned-critic") */
function closesAt(tokens: Token[], x: number): boolean {
  const t = tokens[x];
  if (!t) return true;
  return CLOSE.test(t.lower) || (t.text === "-" && t.spaceBefore && !!tokens[x + 1]?.spaceBefore);
}

/** whether the name ending before token `x` is closed as an appositive: a comma, a stop, "who", a long or spaced dash */
export function nameClosed(tokens: Token[], x: number): boolean {
  return closesAt(tokens, x) && tokens[x]?.lower !== "and";
}

/** a spaced dash or a comma opening an appositive at `o` */
function opensAppositive(tokens: Token[], o: number): boolean {
  const t = tokens[o];
  return !!t && (t.text === "," || (DASH.test(t.text) && t.spaceBefore && !!tokens[o + 1]?.spaceBefore));
}

/**
 * The associate phrase of an appositive opened by a comma or a spaced dash at token `o` (right after the name), or null:
 * "X, a close ally of Putin,", "X, Erdogan's longtime ally,", "X, the widow of President Y,".
 */
export function associateAfter(text: string, tokens: Token[], o: number, sLast: number, lex: Lexicon, seedAt: SeedAt): Associate | null {
  if (!opensAppositive(tokens, o)) return null;
  const j = o + 1;
  let q = j;
  if (q < sLast && ARTICLES.has(tokens[q].lower)) q++;
  const possessor = possessorSeed(tokens, q, sLast, seedAt);
  if (possessor) q = possessor.end + 1;
  for (let n = 0; n < MAX_WORDS && q < sLast && LOWER.test(tokens[q].text) && !nounFrom(text, tokens, q, sLast, lex); n++) q++;
  const len = q < sLast ? nounFrom(text, tokens, q, sLast, lex) : 0;
  if (!len) return null;
  const r = q + len;
  if (possessor) return closesAt(tokens, r) ? done(possessor.entry, tokens[j].start, tokens[r - 1].end) : null;
  if (tokens[r]?.lower !== "of" && tokens[r]?.lower !== "to") return null;
  const seed = principalAfter(tokens, r + 1, sLast, seedAt);
  return seed ? done(seed.entry, tokens[j].start, tokens[seed.end - 1].end) : null;

  function done(entry: NameEntry, start: number, end: number): Associate {
    return { entry, text: text.slice(start, end), rule: RULE };
  }
}

/**
 * The associate phrase right before a name whose first token is `k`, or null: "Xi's wife Peng Liyuan", "Putin's longtime
 * ally X", "a close ally of Erdogan, X", and the possessive form set off before the name by a comma or "named": "Xi's
 * wife, Peng Liyuan,", "Kim's mother, named Ko Yong Hui," (the name the appositive of the relative); `closed`: whether
 * the name is closed as an appositive (a comma, a stop or a spaced dash after it), which a comma alone before it needs.
 */
export function associateBefore(text: string, tokens: Token[], k: number, sFirst: number, lex: Lexicon, seedAt: SeedAt, closed = false): Associate | null {
  if (k - 2 < sFirst) return null;
  // "a close ally of Erdogan, X": the principal right before the comma, "of" before the principal (after a title word)
  if (tokens[k - 1].text === ",") {
    const w = ofBefore(text, tokens, k, sFirst, lex, seedAt);
    if (w) return w;
  }
  // "Xi's wife, Peng Liyuan", "Kim's mother, named Ko Yong Hui": the noun before a comma, "named" or both 
  const e = kinNameGap(tokens, k, sFirst, closed);
  if (e < 0) return null;
  // "Xi's wife Peng Liyuan", "Putin's longtime ally X": a known person's possessive, describing words, the noun
  const s = nounEndingAt(text, tokens, e, sFirst, lex);
  if (s < 0) return null;
  let x = s - 1;
  for (let n = 0; n < MAX_WORDS && x > sFirst && LOWER.test(tokens[x].text) && !OWNER.test(tokens[x].lower); n++) x--;
  // "Netanyahu and his wife Sara": the known person right before "and his|her" owns the relative, as a possessive does
  const pronoun = OWNER.test(tokens[x]?.lower ?? "") && tokens[x - 1]?.lower === "and";
  if (tokens[x]?.norm !== "'s" && !pronoun) return null;
  const end = pronoun ? x - 1 : x;
  for (let q = end - 1; q >= Math.max(sFirst, end - 3); q--) {
    const p = seedAt(q, end);
    if (p?.country) return { entry: seedEntryOf(p), text: text.slice(tokens[q].start, tokens[e].end), rule: RULE };
  }
  return null;
}

/**
 * The last token of the noun before a name at `k`: right before it ("Xi's wife Peng Liyuan"), or before a comma, "named"
 * or both ("Xi's wife, Peng Liyuan", "Kim's mother, named Ko Yong Hui", "his son named X"); -1 where no token is left.
 */
function kinNameGap(tokens: Token[], k: number, sFirst: number, closed: boolean): number {
  let e = k - 1;
  const named = tokens[e]?.lower === "named";
  if (named) e--;
  if (tokens[e]?.text === ",") {
    // (a comma alone only before a name closed as an appositive: not "After meeting Xi's wife, Smith said")
    if (!named && !closed) return -1;
    e--;
  }
  return e - 1 < sFirst ? -1 : e;
}

/** "a close ally of Erdogan, X": the phrase that opens the clause, the principal right before the comma at `k - 1` */
function ofBefore(text: string, tokens: Token[], k: number, sFirst: number, lex: Lexicon, seedAt: SeedAt): Associate | null {
  for (let q = k - 2; q >= Math.max(sFirst, k - 5); q--) {
    const p = seedAt(q, k - 1);
    if (!p?.country) continue;
    let o = q - 1;
    for (let n = 0; n < 2 && o > sFirst && /^[A-Z]/.test(tokens[o].text) && tokens[o].lower !== "of"; n++) o--;
    if (o - 1 < sFirst || (tokens[o].lower !== "of" && tokens[o].lower !== "to")) return null;
    const s = nounEndingAt(text, tokens, o - 1, sFirst, lex);
    if (s < 0) return null;
    let a = s;
    for (let n = 0; n < MAX_WORDS && a - 1 >= sFirst && LOWER.test(tokens[a - 1].text) && !ARTICLES.has(tokens[a - 1].lower); n++) a--;
    if (a - 1 >= sFirst && ARTICLES.has(tokens[a - 1].lower)) a--;
    // (the phrase opens the clause: "a close ally of Erdogan, X," not "He met an ally of Erdogan, X and Y")
    if (a > sFirst && tokens[a - 1].text !== "," && tokens[a - 1].text !== ":") return null;
    return { entry: seedEntryOf(p), text: text.slice(tokens[a].start, tokens[k - 2].end), rule: RULE };
  }
  return null;
}

/** a known person named at `b` (after an optional title word, and a word of a past holder: "former President John F.
 * Kennedy") that closes the phrase (a comma, a stop, a spaced dash, "who") */
function principalAfter(tokens: Token[], b: number, sLast: number, seedAt: SeedAt): { entry: NameEntry; end: number } | null {
  for (let end = b + 1; end <= Math.min(sLast, b + MAX_PRINCIPAL); end++) {
    if (!closesAt(tokens, end)) continue;
    for (let q = b; q < end; q++) {
      const p = seedAt(q, end);
      if (p?.country) return { entry: seedEntryOf(p), end };
    }
    return null;
  }
  return null;
}

function seedEntryOf(p: SeedPerson): NameEntry {
  return { kind: "person", id: p.id, code: p.country, name: p.name, sector: null, country: p.country, from: "seed", person: p };
}
