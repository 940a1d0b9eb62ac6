// A person's state from a body that no dictionary holds but whose name, or the place written after it, says the state
// (actors/state:named-body), as CAMEO codes staff by the body they act for (a Thai bank's executive THA BUS, a
// university's professor EDU of the university's state):
//   a state, a capital or a demonym inside the name:  "an economist at Industrial Bank of Japan", "head of the Strategic
//                                                      and Defence Studies Centre at the Australian National University"
//   a city the gazetteer knows after "of" in the name: "a professor at the University of Manchester"
//   a place after the name:                            "an expert at Duke University in Durham, N.C.", "a strategist at
//                                                      Mizuho Bank in Hong Kong"
//   a state's possessive before it:                    "chief economist at Germany's Commerzbank"
// The name's head word (titles.json bodyHeads: "University" EDU, "Bank" BUS) gives the sector; a name needs one.
// None where no state is said ("at Dokkyo University", "of Redding Research Group"), where two are ("the US-China
// Business Council", "the American University of Beirut"), or where the phrase goes on to say what the person was
// ("a fellow at X who formerly served as Japan's minister": the later office speaks for the state).
import type { Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";
import type { WorkTag } from "./workplace-appositive.js";

/** a city's state by its name (the gazetteer's), or null */
export type PlaceState = (name: string) => string | null;

export interface NamedBody {
  /** the body, as an organisation entry of the state it names */
  entry: NameEntry;
  /** the token after the body's name and its place */
  end: number;
}

const CAP = /^[A-Z][A-Za-z&.-]*$/;
const LOWER = /^[a-z][a-z-]*$/;
/** lower-case words inside a body's name, each before a capitalised word ("Bank of Japan", "Center for Strategic and ...") */
const JOIN = new Set(["of", "for", "and", "on", "the", "&"]);
const CLOSE = /^(?:,|\.|;|:|and|--|—|\)|said|says|told)$/;
/** the verbs after "who" that say what the person was or is besides ("who formerly served as Japan's minister") */
const WHO_WAS = new Set(["served", "was", "is", "formerly", "previously", "once", "had", "has"]);
/** at most this many words in a role's field ("in international law and US foreign policy") */
const MAX_FIELD = 8;
/** at most this many tokens in a body's name */
const MAX_NAME = 12;

/** The body named from token `b` (past "the") to the end of its phrase, with a state its name or place says; else null. */
export function namedBodyState(tokens: Token[], tags: (WorkTag | undefined)[], b: number, sLast: number, lex: Lexicon, placeState?: PlaceState): NamedBody | null {
  const states = new Set<string>();
  let q = b;
  // "Germany's Commerzbank": a state's possessive
  const t0 = tags[q];
  let possessive: string | null = null;
  if (t0?.entry && t0.entry.kind === "country" && stateOf(t0.entry) && tokens[q + t0.len]?.norm === "'s") {
    possessive = stateOf(t0.entry)!;
    states.add(possessive);
    q += t0.len + 1;
  }
  const first = q;
  // (whether a state comes from a word inside the name only, and the name's head word: "the Japan Society")
  let inName = false;
  let head: string | null = null;
  // (a body the dictionary holds is read by the workplace rules; a firm it holds may work anywhere: "a manager at Goldman Sachs")
  const t = tags[q];
  if (t?.entry && !stateOf(t.entry)) return null;
  // the name: capitalised words, joined by "of", "for", "and" before a capitalised word
  let end = q;
  let sector: string | null = null;
  while (end < sLast && end - first < MAX_NAME) {
    const tok = tokens[end];
    const tag = tags[end];
    if (tag?.entry) {
      // (a known body's name inside a longer one gives its state: "Industrial Bank of Japan")
      const s = stateOf(tag.entry) ?? (end > first && tag.entry.kind === "organization" ? tag.entry.country : null);
      if (!s) return null; // (a person's name inside: some other phrase)
      states.add(s);
      inName = true;
      for (let x = end; x < end + tag.len; x++) if (lex.bodyHeads.has(tokens[x].text)) (sector = lex.bodyHeads.get(tokens[x].text)!), (head = tokens[x].text);
      end += tag.len;
      continue;
    }
    if (tok.norm === "'s" && end > first && CAP.test(tokens[end + 1]?.text ?? "")) {
      end++;
      continue;
    }
    if (CAP.test(tok.text) && tok.kind === "word") {
      const hw = tok.text.replace(/\.$/, "");
      if (lex.bodyHeads.has(hw)) (sector = lex.bodyHeads.get(hw)!), (head = hw);
      end++;
      continue;
    }
    if ((JOIN.has(tok.lower) || tok.text === "-") && end > first && CAP.test(tokens[end + 1]?.text ?? "")) {
      end++;
      continue;
    }
    break;
  }
  // (a head word names a body, where no state's possessive does: "Germany's Commerzbank")
  if (end === first || (!sector && first === b)) return null;

  // "University of Manchester": a city after "of" that closes the name
  const lastOf = lastIndexOf(tokens, first, end, "of");
  // ("the Japan Society", "the Carnegie Moscow Center": a body of a topic head named after a state studies or
  // promotes it; only a closing "of PLACE" or a place after the name says where it is)
  if (inName && head && lex.topicBodyHeads.has(head) && (lastOf < 0 || !tags[lastOf + 1]?.entry || !stateOf(tags[lastOf + 1]!.entry!))) {
    states.clear();
    if (possessive) states.add(possessive);
  }
  if (placeState && lastOf > first && !tags[lastOf + 1]) {
    const s = placeState(spanText(tokens, lastOf + 1, end));
    if (s) states.add(s);
  }
  // "in Durham, N.C.", "in Seoul", "at Monterey": a place after the name
  let e = end;
  // ("the Nonproliferation Policy Education Center (NPEC) in Washington": its acronym in brackets)
  if (tokens[e]?.text === "(" && /^[A-Z]{2,}$/.test(tokens[e + 1]?.text ?? "") && tokens[e + 2]?.text === ")") e += 3;
  if (/^(in|at)$/.test(tokens[e]?.lower ?? "") && CAP.test(tokens[e + 1]?.text ?? "")) {
    let p = e + 1;
    let s: string | null = null;
    const tp = tags[p];
    if (tp?.entry) {
      s = stateOf(tp.entry);
      p += tp.len;
    } else {
      while (p < sLast && p - e <= 3 && CAP.test(tokens[p].text) && !tags[p]) p++;
      s = placeState ? placeState(spanText(tokens, e + 1, p)) : null;
    }
    if (!s) return null;
    states.add(s);
    e = p;
    // (", N.C.", ", South Korea": the place's own state or province; a state named there must agree)
    if (tokens[e]?.text === "," && CAP.test(tokens[e + 1]?.text ?? "")) {
      const tc = tags[e + 1];
      if (tc?.entry && stateOf(tc.entry)) {
        states.add(stateOf(tc.entry)!);
        e += 1 + tc.len;
      } else if (!tc && tokens[e + 2] && CLOSE.test(tokens[e + 2].lower)) e += 2;
    }
  }
  if (states.size !== 1 || !closed(tokens, e, sLast)) return null;
  const state = [...states][0];
  const name = spanText(tokens, first, end);
  return { entry: { kind: "organization", id: `body:${name}`, code: state, name, sector, country: state, from: "named-body", person: undefined }, end: e };
}

/**
 * A role at a named body, from token `q` (past "a" and describing words): a title or up to two lower-case nouns, a
 * field ("of political science"), "at", "with", "of" or "for", and the body ("professor of economics at the University
 * of Manchester", "an expert at Duke University in Durham, N.C."). Not a visitor ("a visiting fellow at ...").
 */
export function roleAtNamedBody(tokens: Token[], tags: (WorkTag | undefined)[], q: number, sLast: number, lex: Lexicon, placeState?: PlaceState): NamedBody | null {
  if (tokens[q - 1]?.lower === "visiting") return null;
  let r = q;
  const t = tags[r];
  if (t?.title && !t.entry && LOWER.test(tokens[r].text)) r += t.len;
  else for (let n = 0; n < 2 && r < sLast && !tags[r] && LOWER.test(tokens[r].text) && tokens[r].pos === "NOUN"; n++) r++;
  if (r === q) return null;
  // a field: "of political science at", "in international law and US foreign policy at"
  if (/^(of|in|on)$/.test(tokens[r]?.lower ?? "") && tokens[r + 1]?.kind === "word" && tokens[r + 1].lower !== "the" && (LOWER.test(tokens[r + 1].text) || tokens[r].lower !== "of")) {
    let f = r + 1;
    while (f < sLast && f - r <= MAX_FIELD && tokens[f].kind === "word" && !/^(at|with|for|of|who)$/.test(tokens[f].lower)) f++;
    if (tokens[f]?.lower !== "at") return null;
    r = f;
  }
  if (!/^(at|with|of|for)$/.test(tokens[r]?.lower ?? "")) return null;
  let b = r + 1;
  if (tokens[b]?.lower === "the") b++;
  return namedBodyState(tokens, tags, b, sLast, lex, placeState);
}

/** the state a tag inside or after a body's name stands for: a state, its capital, city, part or demonym (no body) */
function stateOf(e: NameEntry): string | null {
  if (e.kind !== "country" && e.kind !== "demonym" && e.kind !== "capital" && e.kind !== "city" && e.kind !== "region") return null;
  return e.country ?? e.code ?? null;
}

/** whether the phrase ends at `e`: a comma, a stop, a verb or the sentence's end, and no "who" clause of a past office follows */
function closed(tokens: Token[], e: number, sLast: number): boolean {
  if (e >= sLast) return true;
  const tok = tokens[e];
  let w = e;
  if (tok.text === ",") w++;
  // (a verb closes it too: "X of Industrial Bank of Japan agreed")
  else if (!CLOSE.test(tok.lower) && tok.lower !== "who" && !/^(VERB|AUX)$/.test(tok.pos)) return false;
  if (tokens[w]?.lower === "who" && WHO_WAS.has(tokens[w + 1]?.lower ?? "")) return false;
  return true;
}

function lastIndexOf(tokens: Token[], from: number, to: number, word: string): number {
  for (let x = to - 1; x >= from; x--) if (tokens[x].lower === word) return x;
  return -1;
}

function spanText(tokens: Token[], from: number, to: number): string {
  let s = "";
  for (let x = from; x < to; x++) s += (x > from && tokens[x].spaceBefore ? " " : "") + tokens[x].text;
  return s;
}
