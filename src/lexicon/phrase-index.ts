// A phrase dictionary compiled once into a first-word → phrases index, matched longest first
// (compromise's lexicon shape). Lookups walk tokens; nothing scans the text per entry.
import type { Token } from "../model/types.js";

interface Phrase<T> {
  words: string[];
  values: T[];
}

export interface PhraseMatch<T> {
  /** number of tokens matched */
  length: number;
  values: T[];
}

export type TokenKey = (t: Token) => string;
export const byNorm: TokenKey = (t) => t.norm;
export const byLower: TokenKey = (t) => t.lower;
export const byUpper: TokenKey = (t) => t.norm.toUpperCase();

/** Phrases of one first word, added to an index the first time a lookup asks for that word. */
export type LazyPhrases<T> = (row: number) => { words: string[]; values: T[] }[];

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  /** first words whose phrases are added on first lookup (sorted by code unit), what adds them, and which are added:
   *  a large dictionary kept compact by the compile cache costs a start nothing until an article names one of its
   *  first words (known-people.ts) */
  private lazyKeys: readonly string[] | null = null;
  private lazyLoad: LazyPhrases<T> | null = null;
  private lazyDone: Uint8Array | null = null;
  /** while adding: each phrase by its words, so that adding n phrases is linear (a search of the
   *  first word's bucket for the same phrase made it quadratic in the bucket: a tenth of dyad's start) */
  private byWords: Map<string, Phrase<T>> | null = new Map();

  add(words: string[], value: T): void {
    if (!this.byWords) throw new Error("PhraseIndex is sealed");
    if (words.length === 0) return;
    // (words are tokens, which hold no line break: joined by one, they are a key as exact as their JSON, made cheaper)
    const key = words.join("\n");
    const same = this.byWords.get(key);
    if (same) {
      if (!same.values.includes(value)) same.values.push(value);
      return;
    }
    const phrase = { words, values: [value] };
    this.byWords.set(key, phrase);
    let list = this.byFirst.get(words[0]);
    if (!list) this.byFirst.set(words[0], (list = []));
    list.push(phrase);
  }

  /** Phrases added on first lookup of their first word: `keys` sorted by code unit (as `sort()` leaves strings),
   *  `load(i)` the phrases whose first word is `keys[i]`. Matches are those of an index that held them all. */
  lazy(keys: readonly string[], load: LazyPhrases<T>): this {
    this.lazyKeys = keys;
    this.lazyLoad = load;
    this.lazyDone = new Uint8Array(keys.length);
    return this;
  }

  /** the row of a lazy first word, or -1 (binary search: no table is built at start) */
  private lazyRow(first: string): number {
    const keys = this.lazyKeys!;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid];
      if (k === first) return mid;
      if (k < first) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** adds a lazy row's phrases to its bucket (once), longest first, after the phrases already there */
  private pull(row: number): void {
    if (this.lazyDone![row]) return;
    this.lazyDone![row] = 1;
    const touched = new Set<Phrase<T>[]>();
    for (const { words, values } of this.lazyLoad!(row)) {
      if (words.length === 0) continue;
      let list = this.byFirst.get(words[0]);
      if (!list) this.byFirst.set(words[0], (list = []));
      const same = list.find((p) => p.words.length === words.length && p.words.every((w, k) => w === words[k]));
      if (same) {
        for (const v of values) if (!same.values.includes(v)) same.values.push(v);
      } else list.push({ words, values: [...values] });
      touched.add(list);
    }
    // (one stable sort per bucket after the row: the order a sort after each phrase left)
    for (const list of touched) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Sort each bucket longest first; no more additions after this. */
  seal(): this {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.byWords = null;
    return this;
  }

  /** A new index with every word mapped (e.g. to capitals); phrases that collide share values. */
  mapKeys(f: (word: string) => string): PhraseIndex<T> {
    const out = new PhraseIndex<T>();
    for (const list of this.byFirst.values()) for (const p of list) for (const v of p.values) out.add(p.words.map(f), v);
    // (the rows not yet pulled stay lazy there: mapped first words that meet are one row of the rows they join)
    if (this.lazyKeys) {
      const load = this.lazyLoad!;
      const rows = new Map<string, number[]>();
      this.lazyKeys.forEach((k, i) => {
        if (this.lazyDone![i]) return;
        const key = f(k);
        const list = rows.get(key);
        if (list) list.push(i);
        else rows.set(key, [i]);
      });
      const keys = [...rows.keys()].sort();
      out.lazy(keys, (j) => rows.get(keys[j])!.flatMap((i) => load(i).map((p) => ({ words: p.words.map(f), values: p.values }))));
    }
    return out;
  }

  has(first: string): boolean {
    return this.byFirst.has(first) || (this.lazyKeys !== null && this.lazyRow(first) >= 0);
  }

  /** The longest phrase starting at token i (not crossing `end`). */
  matchAt(tokens: Token[], i: number, key: TokenKey, end = tokens.length): PhraseMatch<T> | null {
    const first = key(tokens[i]);
    if (this.lazyKeys !== null) {
      const row = this.lazyRow(first);
      if (row >= 0) this.pull(row);
    }
    const list = this.byFirst.get(first);
    if (!list) return null;
    outer: for (const p of list) {
      if (i + p.words.length > end) continue;
      for (let k = 1; k < p.words.length; k++) if (key(tokens[i + k]) !== p.words[k]) continue outer;
      return { length: p.words.length, values: p.values };
    }
    return null;
  }

  /** the phrases held (a lazy row's when pulled) */
  get size(): number {
    let n = 0;
    for (const l of this.byFirst.values()) n += l.length;
    return n;
  }
}
