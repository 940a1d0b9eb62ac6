// "A dealer at one bank said", "an analyst at a Tokyo brokerage said", "an economist with ING said",
// '"...," said a trader at a European bank.': English names an unnamed source by their calling and the
// place they work at ("at"/"with" and the workplace). The worker speaks, not the workplace: a dealer at a
// bank does not speak for the bank, and the bank is not who said it. The worker's state is one their own
// words give ("a British analyst at ...") or a state word of the workplace ("a trader at a German bank",
// the same reading "a German official" has), never a body's. Callings are data (speech.json
// workplaceHeads); an office ("the ambassador at the UN") and a person of no calling ("a man at the
// scene") are not read here.
import type { Token } from "../../model/types.js";
import { bodyPhraseToken } from "./body-phrase.js";

/** What the reader needs of the article: its tokens, its quoted tokens, the callings, and its mentions. */
export interface WorkplaceView {
  tokens: readonly Token[];
  quoted: ArrayLike<boolean | number | undefined | null>;
  heads: ReadonlySet<string>;
  /** the country whose mention holds token k, or null */
  countryAt(k: number): number | null;
  /** whether token k is inside a person's name */
  personAt(k: number): boolean;
}

/** An unnamed worker: tokens first..headEnd (exclusive) are the calling's phrase with its determiner. */
export interface Worker {
  /** first token (the determiner where there is one) */
  first: number;
  /** first token of the calling's phrase after the determiner (its name starts here) */
  nameFirst: number;
  /** one past the head noun */
  headEnd: number;
  /** the worker's state: a country actor's index, or null */
  country: number | null;
}

const DETERMINERS = /^(a|an|one|another|the|some|many|several|two|three|four|other)$/;
const LINKS = /^(at|with)$/;
const MAX_MODIFIERS = 3;
const MAX_WORKPLACE = 6;

/** Whether tokens ending at h (inclusive) end with a calling; its first token, or -1. */
function callingStart(v: WorkplaceView, h: number, floor: number): number {
  const t = v.tokens[h];
  // (lower case, but for the sentence's first word: "Economists with the bank said")
  if (!t || v.quoted[h] || !(t.pos === "NOUN" || (h === floor && t.pos === "PROPN")) || !(/^\p{Ll}/u.test(t.text) || h === floor)) return -1;
  if (h - 1 >= floor && v.heads.has(`${v.tokens[h - 1].lower} ${t.lower}`) && !v.quoted[h - 1]) return h - 1;
  return v.heads.has(t.lower) ? h : -1;
}

/** The worker phrase whose head is token h, walked back over its modifiers and determiner; null where
 * h is no calling, a person's name stands in it, or a comma before it makes it an appositive of a name
 * ("X, a fellow at the Hudson Institute, said" is X). */
export function workerEndingAt(v: WorkplaceView, h: number, floor: number): Worker | null {
  let first = callingStart(v, h, floor);
  if (first < 0) return null;
  let country: number | null = null;
  while (first - 1 >= floor && h - first < MAX_MODIFIERS + 1 && !v.quoted[first - 1] && /^(ADJ|NOUN|PROPN)$/.test(v.tokens[first - 1].pos) && !DETERMINERS.test(v.tokens[first - 1].lower)) {
    if (v.personAt(first - 1)) return null;
    first--;
  }
  for (let q = first; q <= h && country === null; q++) country = v.countryAt(q);
  const nameFirst = first;
  if (first - 1 >= floor && DETERMINERS.test(v.tokens[first - 1].lower) && !v.quoted[first - 1]) first--;
  // (a bare singular is no unnamed source: "Bank analyst at ..." is a headline's words)
  if (first === nameFirst && !/s$/.test(v.tokens[h].lower)) return null;
  if (first - 1 >= floor && v.tokens[first - 1].text === ",") return null;
  return { first, nameFirst, headEnd: h + 1, country };
}

/**
 * Before a cue: the subject phrase found (tokens spFirst..spLast, exclusive; its state spCountry) is a
 * workplace right after "at"/"with" and a worker ("a dealer at one bank said"): the worker, with the
 * state of their own words or else the workplace's state word. Null otherwise.
 */
export function workerBeforeWorkplace(v: WorkplaceView, spFirst: number, spCountry: number | null, sFirst: number): Worker | null {
  let p = spFirst - 1;
  if (p > sFirst && /^(the|a|an)$/.test(v.tokens[p].lower)) p--;
  if (p - 1 < sFirst || v.quoted[p] || !LINKS.test(v.tokens[p].lower)) return null;
  const w = workerEndingAt(v, p - 1, sFirst);
  if (!w) return null;
  return { ...w, country: w.country ?? spCountry };
}

/**
 * After the worker's phrase (headEnd) in an attribution after a quote: "at"/"with" and a workplace of a
 * few words (determiners, adjectives, nouns, names, numerals, possessives), then `cueAt` finds a cue: the
 * token where the cue starts and the workplace's state word. Null where no cue closes the phrase.
 */
export function workplaceThenCue(v: WorkplaceView, headEnd: number, last: number, cueAt: (k: number) => boolean): { cue: number; country: number | null } | null {
  const p = headEnd;
  if (p >= last || v.quoted[p] || !LINKS.test(v.tokens[p].lower)) return null;
  let country: number | null = null;
  for (let e = p + 1; e < last && e - p <= MAX_WORKPLACE; e++) {
    if (v.quoted[e]) return null;
    if (e > p + 1 && cueAt(e)) return { cue: e, country };
    const t = v.tokens[e];
    if (!bodyPhraseToken(t)) return null;
    if (v.personAt(e)) return null;
    country ??= v.countryAt(e);
  }
  return null;
}

/**
 * After an inverted cue ('"...," said a dealer at one bank.'): a worker's phrase starting at token k with
 * its determiner, "at"/"with" and a workplace that closes the sentence or its comma phrase. Null otherwise.
 */
export function workerAfterCue(v: WorkplaceView, k: number, last: number): Worker | null {
  if (k >= last || !DETERMINERS.test(v.tokens[k].lower) || v.quoted[k]) return null;
  let h = k + 1;
  while (h < last && h - k <= MAX_MODIFIERS + 1 && !LINKS.test(v.tokens[h].lower)) h++;
  if (h >= last || h === k + 1) return null;
  const w = workerEndingAt(v, h - 1, k);
  if (!w || w.first !== k) return null;
  let country = w.country;
  let e = h + 1;
  for (; e < last && e - h <= MAX_WORKPLACE; e++) {
    const t = v.tokens[e];
    if (v.quoted[e] || /^[,.;:!?]$/.test(t.text)) break;
    if (!bodyPhraseToken(t)) return null;
    if (v.personAt(e)) return null;
    country ??= v.countryAt(e);
  }
  if (e === h + 1) return null;
  // (the phrase closes the sentence or its comma phrase)
  if (e < last && v.tokens[e].text !== ",") {
    for (let q = e; q < last; q++) if (!/^[.;:!?'"’”)\]]$/.test(v.tokens[q].text)) return null;
  }
  return { ...w, country };
}
