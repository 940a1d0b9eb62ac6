// A person's state from the state body an appositive after the name says they work for, where no title of
// titles.json reads it (findActors' describe(), after the title appositives):
//   a body's name before a staff noun:  "X, a senior FBI agent,", "X, a Pentagon official,"
//   a staff noun at, with or for a body: "X, a sanctions official at the Treasury Department,",
//                                        "X, an economist at Chile's central bank," (a state's own body, titles.json stateBodies),
//                                        "X, an official at the Ukrainian embassy in Berlin" (the embassy's owner, not its host)
//   an aide of a known person:          "X, a senior adviser to Zelenskiy,", "X, one of Putin's closest advisers,",
//                                        "X, Erdogan's chief spokesman," (titles.json aideNouns; the principal by surname)
// Staff nouns (titles.json staffNouns: "agent", "official", "manager") name no office of their own, so only a body the
// dictionary places (not a firm: "a manager at Goldman Sachs" may work anywhere) or a state's possession gives a state.
// Not a person's critic, relative or opponent ("a critic of Putin", "son of President Y": no staff or aide noun), nor a
// host ("an official at the talks in Ankara", "an aide at the embassy in Moscow": no state owns the body there).
import type { Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";
import { byLower, byNorm } from "../../lexicon/phrase-index.js";
import type { SeedPerson } from "../../lexicon/schemas.js";
import { namedBodyState, roleAtNamedBody, type PlaceState } from "./named-body-state.js";
import { principalTeam } from "./principal-team.js";

/** A dictionary tag starting at a token (find-actors' Tag). */
export interface WorkTag {
  entry?: NameEntry;
  title?: { honorific?: boolean; posted?: boolean; text: string; sector?: string | null };
  len: number;
}

export interface Workplace {
  entry: NameEntry;
  /** the appositive's role words ("agent", "official at the Treasury Department") */
  role: string;
  text: string;
  rule: string;
}

const ARTICLES = new Set(["a", "an", "the"]);
const AT = new Set(["at", "with", "for", "in", "of", "to"]);
const CLOSE = /^(?:,|\.|;|who|and|--|—)$/;
const LOWER = /^[a-z][a-z-]*$/;
/** most describing words before the noun ("a former senior"), and lower-case nouns of a portfolio ("sanctions") */
const MAX_WORDS = 3;

/** The workplace that an appositive opening at token `j` (after the comma) names, or null (see the file comment). */
export function workplaceAppositive(
  text: string,
  tokens: Token[],
  tags: (WorkTag | undefined)[],
  j: number,
  sLast: number,
  lex: Lexicon,
  seedAt: (q: number, end: number) => SeedPerson | null,
  placeState?: PlaceState,
): Workplace | null {
  let q = j;
  // "one of Putin's closest advisers"
  const oneOf = tokens[q]?.lower === "one" && tokens[q + 1]?.lower === "of";
  if (oneOf) q += 2;
  if (q < sLast && ARTICLES.has(tokens[q].lower)) q++;
  // "Erdogan's chief spokesman", "one of Putin's closest advisers": a known person's possessive opens it
  const possessor = possessorSeed(tokens, q, sLast, seedAt);
  if (possessor) {
    let r = possessor.end + 1;
    for (let n = 0; n < MAX_WORDS && r < sLast && (!tags[r] || modifierAt(tokens, r, lex)) && LOWER.test(tokens[r].text) && !aideNounAt(tokens, r, lex, oneOf); n++) r++;
    const a = aideNounAt(tokens, r, lex, oneOf);
    if (!a || !CLOSE.test(tokens[r + a]?.lower ?? ".")) return null;
    const w = done(possessor.entry, tokens[r].start, tokens[r + a - 1].end, "actors/state:aide-of");
    // ("one of Putin's closest advisers": one adviser)
    if (oneOf && w.role.endsWith("s") && !lex.aideNouns.has(w.role.toLowerCase())) w.role = w.role.slice(0, -1);
    return w;
  }
  if (oneOf) return null;
  // describing words: "a former senior", "a longtime"
  const from = q;
  // (a title of several words starts the role: "a deputy chief of staff at the Kremlin"; "second-ranking" is one word)
  for (let n = 0; n < MAX_WORDS && q < sLast && LOWER.test(tokens[q].text) && !(tags[q]?.title && tags[q]!.len > 1); n++) {
    const h = hyphenCompoundEnd(tokens, q, sLast);
    if (h > q) q = h;
    else if ((!tags[q] && /^(ADJ|ADV|VERB)$/.test(tokens[q].pos)) || modifierAt(tokens, q, lex)) q++;
    else break;
  }
  // "a senior FBI agent", "a Pentagon official", "a former Treasury Department official"
  const t = q < sLast ? tags[q] : undefined;
  if (t?.entry && placedBody(t.entry) && tokens[q + t.len]?.norm !== "'s") {
    let r = q + t.len;
    if (r < sLast && !tags[r] && LOWER.test(tokens[r].text) && !lex.staffNouns.has(tokens[r].lower) && tokens[r].pos === "NOUN") r++;
    if (r < sLast && lex.staffNouns.has(tokens[r].lower) && CLOSE.test(tokens[r + 1]?.lower ?? ".")) return done(t.entry, tokens[q].start, tokens[r].end, "actors/state:workplace");
    return null;
  }
  // "X, a White House aide,", "X, a former Kremlin deputy chief of staff,", "who served as White House communications
  // director": a state's seat of power, up to two lower-case nouns of a portfolio, and its staff (no reporter at it)
  if (t?.entry?.kind === "seat" && t.entry.code && tokens[q + t.len]?.norm !== "'s") {
    let r = q + t.len;
    for (let n = 0; n < 2 && r < sLast && !tags[r] && LOWER.test(tokens[r].text) && !stateStaffAt(tokens, tags, r, lex); n++) r++;
    const len = r < sLast ? stateStaffLength(tokens, tags, r, lex) : 0;
    if (len && CLOSE.test(tokens[r + len]?.lower ?? ".")) return done(t.entry, tokens[q].start, tokens[r + len - 1].end, "actors/state:workplace-seat");
    return null;
  }
  // "the U.S. attorney for the Eastern District of Virginia", "a Chinese official": a state's name or demonym before a staff
  // noun (the state's own, as before a title)
  if (t?.entry && (t.entry.kind === "country" || t.entry.kind === "demonym") && (t.entry.country || t.entry.code) && tokens[q + t.len]?.norm !== "'s") {
    const r = q + t.len;
    if (r < sLast && lex.staffNouns.has(tokens[r].lower) && LOWER.test(tokens[r].text) && (CLOSE.test(tokens[r + 1]?.lower ?? ".") || AT.has(tokens[r + 1]?.lower ?? "")) && tokens[r + 1]?.lower !== "to")
      return done(t.entry, tokens[q].start, tokens[r].end, "actors/state:workplace");
    return null;
  }
  // "a sanctions official at the Treasury Department", "an economist at Chile's central bank"
  let r = q;
  for (let n = 0; n < 2 && r < sLast && !tags[r] && LOWER.test(tokens[r].text) && !staffAt(tokens, tags, r, lex) && tokens[r].pos === "NOUN"; n++) r++;
  const staff = staffAt(tokens, tags, r, lex);
  if (!staff || !AT.has(tokens[r + staff.len]?.lower ?? "")) {
    // "a professor of political science at Ewha Womans University in Seoul", "an expert at Duke University in Durham, N.C.":
    // any role noun at a body whose name or place says its state (named-body-state.ts)
    const named = roleAtNamedBody(tokens, tags, q, sLast, lex, placeState);
    return named ? done(named.entry, tokens[from].start, tokens[named.end - 1].end, "actors/state:named-body") : null;
  }
  const prep = r + staff.len;
  // (an aide's "to"/"of"/"for" names the principal: "a senior adviser to Zelenskiy")
  const aide = aideNounAt(tokens, r, lex, false);
  let b = prep + 1;
  if (aide && /^(to|of|for)$/.test(tokens[prep].lower)) {
    // ("a spokesman for the Biden campaign": the principal's campaign or team, principal-team.ts)
    const seed = seedAfter(tokens, b, sLast, seedAt) ?? principalTeam(text, tokens, b, sLast, lex, seedAt);
    if (seed) return done(seed.entry, tokens[from].start, tokens[seed.end - 1].end, "actors/state:aide-of");
  }
  if (staff.posted && tokens[prep].lower === "to") return null;
  if (tokens[b]?.lower === "the") b++;
  const body = bodyAt(tokens, tags, b, sLast, lex);
  if (!body) {
    // "an economist at Industrial Bank of Japan", "a professor at Ewha Womans University in Seoul": a body whose name or place
    // says its state (named-body-state.ts); not a visitor's ("a visiting fellow at Harvard University")
    if (tokens.slice(from, r).some((x) => x.lower === "visiting")) return null;
    const named = namedBodyState(tokens, tags, b, sLast, lex, placeState);
    return named ? done(named.entry, tokens[from].start, tokens[named.end - 1].end, "actors/state:named-body") : null;
  }
  // a seat of power is a workplace of the state's own staff only ("a deputy chief of staff at the Kremlin"), where a
  // reporter or a visitor at the White House works for no state ("a reporter at the White House")
  if (body.entry.kind === "seat" && !stateStaffAt(tokens, tags, r, lex)) return null;
  return done(body.entry, tokens[from].start, tokens[body.end - 1].end, body.entry.kind === "seat" ? "actors/state:workplace-seat" : "actors/state:workplace");

  function done(entry: NameEntry, start: number, end: number, rule: string): Workplace {
    return { entry, role: text.slice(start, end), text: text.slice(tokens[j].start, end), rule };
  }
}

/** "second-ranking", "high-level": the token after a lower-case compound of two words joined by a hyphen at `q`, else `q` */
function hyphenCompoundEnd(tokens: Token[], q: number, sLast: number): number {
  if (q + 3 > sLast || tokens[q + 1].text !== "-" || tokens[q + 1].spaceBefore || tokens[q + 2].spaceBefore || !LOWER.test(tokens[q + 2].text)) return q;
  return q + 3;
}

/** a one-word modifier of a role ("chief", "senior", "veteran"; titles.json modifiers), tagged as a title or not */
function modifierAt(tokens: Token[], q: number, lex: Lexicon): boolean {
  // ("official" is a staff noun here, not "official spokesman"'s modifier)
  if (lex.staffNouns.has(tokens[q].lower)) return false;
  const m = lex.modifiers.matchAt(tokens, q, byLower, q + 1);
  return !!m && m.length === 1;
}

/** an organisation the dictionary places in a state (no firm), or an international body */
export function placedBody(e: NameEntry): boolean {
  return (e.kind === "organization" && !!e.country && e.sector !== "BUS") || e.kind === "igo";
}

/** a staff noun ("official", "agent") or a title of no honour ("economist", "spokesman") at `r`: its length and whether posted */
function staffAt(tokens: Token[], tags: (WorkTag | undefined)[], r: number, lex: Lexicon): { len: number; posted: boolean } | null {
  const t = tags[r];
  if (t?.title && !t.title.honorific && LOWER.test(tokens[r].text)) return { len: t.len, posted: !!t.title.posted };
  if (!t && lex.staffNouns.has(tokens[r]?.lower ?? "")) return { len: 1, posted: false };
  return null;
}

/** a staff or aide noun, or a government title ("chief of staff", "press secretary"), at `r`: someone a seat of power employs */
function stateStaffAt(tokens: Token[], tags: (WorkTag | undefined)[], r: number, lex: Lexicon): boolean {
  return stateStaffLength(tokens, tags, r, lex) > 0;
}

/** the length in tokens of a staff or aide noun or a government title at `r`, or 0 */
function stateStaffLength(tokens: Token[], tags: (WorkTag | undefined)[], r: number, lex: Lexicon): number {
  const t = tags[r];
  const aide = aideNounAt(tokens, r, lex, false);
  if (t?.title) return t.title.sector === "GOV" ? Math.max(t.len, aide) : aide;
  return lex.staffNouns.has(tokens[r]?.lower ?? "") ? 1 : aide;
}

/** an aide noun ("adviser", "aides" after "one of") at `r`: its length in tokens, or 0 */
function aideNounAt(tokens: Token[], r: number, lex: Lexicon, plural: boolean): number {
  const w = tokens[r]?.lower ?? "";
  if (lex.aideNouns.has(w)) return 1;
  if (plural && w.endsWith("s") && lex.aideNouns.has(w.slice(0, -1))) return 1;
  const two = `${w} ${tokens[r + 1]?.lower ?? ""}`;
  if (lex.aideNouns.has(two)) return 2;
  if (plural && two.endsWith("s") && lex.aideNouns.has(two.slice(0, -1))) return 2;
  // ("Putin's chief of staff", "chiefs of staff" after "one of")
  const three = `${two} ${tokens[r + 2]?.lower ?? ""}`;
  if (lex.aideNouns.has(three)) return 3;
  if (plural && lex.aideNouns.has(three.replace(/^(\S+)s /, "$1 "))) return 3;
  return 0;
}

/**
 * The body at `b` (past "the"): a name the dictionary places ("the Treasury Department", "the FBI"), or a state's own body by
 * its possessive or demonym ("Chile's central bank", "the Ukrainian embassy"; titles.json stateBodies); null where none.
 */
function bodyAt(tokens: Token[], tags: (WorkTag | undefined)[], b: number, sLast: number, lex: Lexicon): { entry: NameEntry; end: number } | null {
  const t = b < sLast ? tags[b] : undefined;
  if (!t?.entry) return null;
  let e = b + t.len;
  if (placedBody(t.entry)) return tokens[e]?.norm === "'s" ? null : { entry: t.entry, end: e };
  // "at the Kremlin", "in Downing Street": a state's seat of power (metonyms.json kind seat), closing the phrase
  if (t.entry.kind === "seat") return t.entry.code && CLOSE.test(tokens[e]?.lower ?? ".") ? { entry: t.entry, end: e } : null;
  if (t.entry.kind !== "country" && t.entry.kind !== "demonym") return null;
  if (!t.entry.country && !t.entry.code) return null;
  // ("Chile's central bank", "the Ukrainian embassy", and a state's name as a modifier: "the U.S. embassy in Tripoli")
  if (tokens[e]?.norm === "'s") {
    if (t.entry.kind !== "country") return null;
    e++;
  }
  // (a state's own body: "central bank", "foreign ministry", "embassy"; two words at most)
  for (let n = 2; n >= 1; n--) {
    if (e + n > sLast) continue;
    let words = "";
    for (let x = e; x < e + n; x++) words += (x > e ? " " : "") + tokens[x].lower;
    if (lex.stateBodies.has(words) && tokens[e + n]?.norm !== "'s") return { entry: t.entry, end: e + n };
  }
  return null;
}

/** a known person's surname (or full name) at `q` followed by "'s": the person as an entry, and the token of the "'s" */
export function possessorSeed(tokens: Token[], q: number, sLast: number, seedAt: (q: number, end: number) => SeedPerson | null): { entry: NameEntry; end: number } | null {
  for (let end = q + 1; end <= Math.min(sLast - 1, q + 3); end++) {
    if (tokens[end]?.norm !== "'s") continue;
    const p = seedAt(q, end);
    return p?.country ? { entry: seedEntryOf(p), end } : null;
  }
  return null;
}

/** a known person named at `b` (after an optional title word) ending before a comma, a stop or "who": the person and the end */
export function seedAfter(tokens: Token[], b: number, sLast: number, seedAt: (q: number, end: number) => SeedPerson | null): { entry: NameEntry; end: number } | null {
  for (let end = b + 1; end <= Math.min(sLast, b + 4); end++) {
    if (!CLOSE.test(tokens[end]?.lower ?? ".")) continue;
    for (let s = b; s < end; s++) {
      const p = seedAt(s, end);
      if (p?.country) return { entry: seedEntryOf(p), end };
    }
    return null;
  }
  return null;
}

function seedEntryOf(p: SeedPerson): NameEntry {
  return { kind: "person", id: p.id, code: p.country, name: p.name, sector: null, country: p.country, from: "seed", person: p };
}

/** the seed person a surname (or fuller name) from `q` to `end` names at the date, for `seedAt` */
export function seedNamedAt(tokens: Token[], q: number, end: number, lex: Lexicon, active: (p: SeedPerson) => boolean): SeedPerson | null {
  const m = lex.surnames.matchAt(tokens, q, byNorm, end);
  if (!m || q + m.length !== end) return null;
  return m.values.find(active) ?? null;
}

/**
 * "FBI agent X", "Pentagon official X", "Kremlin aide X": a body the dictionary places (or a state's seat of power) right
 * before a staff noun that stands right before the name (its first token `k`); the body as the workplace, or null. A firm
 * gives none ("Goldman Sachs manager X"), nor a body owned by a possessor ("Russia's FSB officer": the title rules read it).
 */
export function workplaceBefore(text: string, tokens: Token[], tags: (WorkTag | undefined)[], k: number, sFirst: number, lex: Lexicon): Workplace | null {
  const n = k - 1;
  if (n - 1 < sFirst || !LOWER.test(tokens[n].text) || !lex.staffNouns.has(tokens[n].lower)) return null;
  let start = -1;
  for (let x = n - 1; x >= Math.max(sFirst, n - 9); x--) {
    if (!tags[x]) continue;
    if (x + tags[x]!.len === n) start = x;
    break;
  }
  const e = start >= 0 ? tags[start]!.entry : undefined;
  if (start < 0) return possessedStaffBefore(text, tokens, tags, n, sFirst, lex);
  if (!e || !(placedBody(e) || (e.kind === "seat" && !!e.code)) || tokens[start - 1]?.norm === "'s") return null;
  return { entry: e, role: text.slice(tokens[start].start, tokens[n].end), text: text.slice(tokens[start].start, tokens[n].end), rule: "actors/state:workplace" };
}

/**
 * "the EU's top migration official X", "Nato's senior civilian official X", "Russia's chief trade official X": a
 * state's or an international body's possessive, up to three lower-case words, and the staff noun at `n` right before
 * the name; the possessor is the workplace (actors/state:possessor-staff). Not "the EU's critics" or "an EU citizen"
 * (no staff noun), nor a possessor that is itself possessed ("Russia's ally's official") or a firm.
 */
function possessedStaffBefore(text: string, tokens: Token[], tags: (WorkTag | undefined)[], n: number, sFirst: number, lex: Lexicon): Workplace | null {
  let x = n - 1;
  // (lower-case words of no tag, or a one-word modifier a title tags: "chief", "senior")
  for (let w = 0; w < MAX_WORDS && x > sFirst && (!tags[x] || (tags[x]!.title && tags[x]!.len === 1 && modifierAt(tokens, x, lex))) && LOWER.test(tokens[x].text); w++) x--;
  if (x === n - 1 || tokens[x]?.norm !== "'s") return null;
  let start = -1;
  for (let y = x - 1; y >= Math.max(sFirst, x - 6); y--) {
    if (!tags[y]) continue;
    if (y + tags[y]!.len === x) start = y;
    break;
  }
  const e = start >= 0 ? tags[start]!.entry : undefined;
  if (!e || !(e.kind === "igo" || (e.kind === "country" && !!(e.country || e.code))) || tokens[start - 1]?.norm === "'s") return null;
  return { entry: e, role: text.slice(tokens[x + 1].start, tokens[n].end), text: text.slice(tokens[start].start, tokens[n].end), rule: "actors/state:possessor-staff" };
}
