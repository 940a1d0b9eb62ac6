// A person's state from the one who put them forward for a post (titles.json nomineeNouns, appointVerbs):
//   a nominee noun after a known person's or a state's possessive, in apposition after or before the name:
//     "X, Obama's nominee for labor secretary,", "Trump's pick to lead the EPA, X", "X, Moscow's choice for the post,"
//   a verb of appointing between a known person or a state and the name, with "as" or "to" after it:
//     "Biden nominated X as ambassador to Brazil", "Putin appointed X to head the agency"
// The nominator's state is the post's (a state fills its own offices; an ambassador "to Brazil" is the sender's). Not
// a party's or an academy's nominee ("the party's nominee for governor", "nominated for an Oscar": no known person or
// state names the nominator), nor a passive with no nominator ("X was nominated as").
import type { Token } from "../../model/types.js";
import type { Lexicon, NameEntry } from "../../lexicon/compile-lexicon.js";
import type { SeedPerson } from "../../lexicon/schemas.js";
import { placedBody, type Workplace, type WorkTag } from "./workplace-appositive.js";

const CLOSE = /^(?:,|\.|;|who|and|--|—)$/;
const LOWER = /^[a-z][a-z-]*$/;
/** words of the post after the noun ("for labor secretary", "to lead the Environmental Protection Agency") */
const MAX_POST = 8;
const MAX_MODIFIERS = 2;

type SeedAt = (q: number, end: number) => SeedPerson | null;

/** The nominator that a phrase around the name (first token `k`, token after it `after`) names, or null (see above). */
export function nomineeState(text: string, tokens: Token[], tags: (WorkTag | undefined)[], k: number, after: number, sFirst: number, sLast: number, lex: Lexicon, seedAt: SeedAt): Workplace | null {
  if (tokens[after]?.text === ",") {
    const w = nomineeAfter(text, tokens, tags, after + 1, sLast, lex, seedAt);
    if (w) return w;
  }
  if (tokens[k - 1]?.text === "," && k - 1 > sFirst) {
    const w = nomineeBefore(text, tokens, tags, k - 1, sFirst, lex, seedAt);
    if (w) return w;
  }
  return appointedBy(text, tokens, tags, k, after, sFirst, sLast, lex, seedAt) ?? postOfNomination(text, tokens, tags, k, after, sFirst, sLast);
}

/**
 * "the nomination of X to the US Supreme Court", "the appointment of X as Ukraine's prime minister", "the appointment of
 * X as head of the Russian delegation": a noun of nominating before the name, and the post after it named with its state
 * (right after "to"/"as", or after a title's "of"); not "as ambassador to Russia" (the host), nor a post of no state.
 */
function postOfNomination(text: string, tokens: Token[], tags: (WorkTag | undefined)[], k: number, after: number, sFirst: number, sLast: number): Workplace | null {
  if (k - 2 < sFirst || tokens[k - 1].lower !== "of" || !NOMINATION.test(tokens[k - 2].lower)) return null;
  if (!/^(to|as)$/.test(tokens[after]?.lower ?? "")) return null;
  let q = after + 1;
  if (tokens[q]?.lower === "the") q++;
  let e = stateAt(tokens, tags, q);
  let end = q;
  if (!e) {
    // "as head of the Russian delegation", "as prime minister of Ukraine": a title, "of", the state
    const t = tags[q];
    if (!t?.title || t.title.posted || t.title.honorific) return null;
    let o = q + t.len;
    if (tokens[o]?.lower !== "of") return null;
    o++;
    if (tokens[o]?.lower === "the") o++;
    e = stateAt(tokens, tags, o);
    end = o;
  }
  if (!e) return null;
  return { entry: e, role: "", text: text.slice(tokens[k - 2].start, tokens[end + tags[end]!.len - 1].end), rule: "actors/state:post-named" };
}

const NOMINATION = /^(?:nomination|appointment|confirmation|election)$/;

/**
 * a state's name, a demonym before a lower-case noun ("the Russian delegation", not "the Austrian Football Association"),
 * or a body the dictionary places ("the US Supreme Court", "the UN mission"), tagged at `q`; or null
 */
function stateAt(tokens: Token[], tags: (WorkTag | undefined)[], q: number): NameEntry | null {
  const t = tags[q];
  const e = t?.entry;
  if (!e) return null;
  if (placedBody(e)) return e;
  if (e.kind === "country" && (e.country || e.code)) return e;
  return e.kind === "demonym" && (e.country || e.code) && LOWER.test(tokens[q + t.len]?.text ?? "") ? e : null;
}

/** "X, Obama's nominee for labor secretary,": the appositive opening at `j` */
function nomineeAfter(text: string, tokens: Token[], tags: (WorkTag | undefined)[], j: number, sLast: number, lex: Lexicon, seedAt: SeedAt): Workplace | null {
  let q = j;
  if (tokens[q]?.lower === "the") q++;
  const p = possessorAt(tokens, tags, q, sLast, seedAt);
  if (!p) return null;
  const n = nounAfter(tokens, tags, p.end + 1, sLast, lex);
  if (n === null) return null;
  const end = postEnd(tokens, n + 1, sLast);
  if (end === null) return null;
  return { entry: p.entry, role: text.slice(tokens[n].start, tokens[end - 1].end), text: text.slice(tokens[j].start, tokens[end - 1].end), rule: "actors/state:nominee-of" };
}

/** "Obama's nominee for labor secretary, X": the appositive that ends at the comma `comma` before the name */
function nomineeBefore(text: string, tokens: Token[], tags: (WorkTag | undefined)[], comma: number, sFirst: number, lex: Lexicon, seedAt: SeedAt): Workplace | null {
  for (let n = comma - 1; n >= Math.max(sFirst, comma - 1 - MAX_POST); n--) {
    if (!lex.nomineeNouns.has(tokens[n].lower)) {
      if (tokens[n].text === "," || (tokens[n].pos === "VERB" && !/^(lead|head|run|serve|be)$/.test(tokens[n].lower))) return null;
      continue;
    }
    if (n + 1 !== comma && postEnd(tokens, n + 1, comma + 1) !== comma) return null;
    // back over modifiers to the possessor's "'s"
    let x = n - 1;
    for (let w = 0; w < MAX_MODIFIERS && x > sFirst && LOWER.test(tokens[x].text) && tokens[x].norm !== "'s"; w++) x--;
    if (tokens[x]?.norm !== "'s") return null;
    const p = possessorEndingAt(tokens, tags, x, sFirst, seedAt);
    if (!p) return null;
    return { entry: p.entry, role: text.slice(tokens[n].start, tokens[comma - 1].end), text: text.slice(tokens[p.start].start, tokens[comma - 1].end), rule: "actors/state:nominee-of" };
  }
  return null;
}

/** "Biden nominated X as ambassador to Brazil": a known person or a state right before the verb before the name */
function appointedBy(text: string, tokens: Token[], tags: (WorkTag | undefined)[], k: number, after: number, sFirst: number, sLast: number, lex: Lexicon, seedAt: SeedAt): Workplace | null {
  const v = k - 1;
  if (v - 1 < sFirst || !lex.appointVerbs.has(tokens[v].lower)) return null;
  if (!/^(as|to)$/.test(tokens[after]?.lower ?? "") || after + 1 >= sLast) return null;
  // (the subject right before the verb: "Biden", "President Biden", "Russia", "the Kremlin")
  const p = possessorEndingAt(tokens, tags, v, sFirst, seedAt);
  if (!p) return null;
  return { entry: p.entry, role: "", text: text.slice(tokens[p.start].start, tokens[v].end), rule: "actors/state:appointed-by" };
}

/** the nominee noun after a possessor (past up to two modifiers: "top", "latest"), or null */
function nounAfter(tokens: Token[], tags: (WorkTag | undefined)[], r: number, sLast: number, lex: Lexicon): number | null {
  for (let w = 0; w <= MAX_MODIFIERS && r < sLast && LOWER.test(tokens[r].text); w++, r++) if (lex.nomineeNouns.has(tokens[r].lower)) return r;
  return null;
}

/** the end (a closing token's index) of the post after a nominee noun: "for labor secretary", "to lead the EPA"; null where none */
function postEnd(tokens: Token[], r: number, sLast: number): number | null {
  if (CLOSE.test(tokens[r]?.lower ?? ".")) return r;
  if (!/^(for|to|as)$/.test(tokens[r]?.lower ?? "")) return null;
  for (let e = r + 1; e < Math.min(sLast, r + 1 + MAX_POST); e++) if (CLOSE.test(tokens[e].lower) && e > r + 1) return e;
  return null;
}

/** a known person (by surname or full name) or a state (its name or its seat) at `q`, followed by "'s" */
function possessorAt(tokens: Token[], tags: (WorkTag | undefined)[], q: number, sLast: number, seedAt: SeedAt): { entry: NameEntry; end: number } | null {
  for (let end = q + 1; end <= Math.min(sLast - 1, q + 3); end++) {
    if (tokens[end]?.norm !== "'s") continue;
    const e = stateOrSeed(tokens, tags, q, end, seedAt);
    return e ? { entry: e, end } : null;
  }
  return null;
}

/** the possessor ending right before the "'s" at `x`: its entry and first token */
function possessorEndingAt(tokens: Token[], tags: (WorkTag | undefined)[], x: number, sFirst: number, seedAt: SeedAt): { entry: NameEntry; start: number } | null {
  for (let q = x - 1; q >= Math.max(sFirst, x - 3); q--) {
    const e = stateOrSeed(tokens, tags, q, x, seedAt);
    if (e) return { entry: e, start: q };
  }
  return null;
}

/** a state's name, seat or capital tagged from `q` to `end`, or a known person with a state named there */
function stateOrSeed(tokens: Token[], tags: (WorkTag | undefined)[], q: number, end: number, seedAt: SeedAt): NameEntry | null {
  const t = tags[q];
  if (t?.entry && q + t.len === end) {
    const e = t.entry;
    // (a capital as its state's government: "Moscow's nominee", "Washington appointed")
    if ((e.kind === "country" || e.kind === "seat" || e.kind === "capital") && (e.country || e.code)) return e;
    if (e.kind === "person" && e.person?.country) return e;
    return null;
  }
  const p = seedAt(q, end);
  return p?.country ? { kind: "person", id: p.id, code: p.country, name: p.name, sector: null, country: p.country, from: "seed", person: p } : null;
}
