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

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
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
    return out;
  }

  has(first: string): boolean {
    return this.byFirst.has(first);
  }

  /** The longest phrase starting at token i (not crossing `end`). */
  matchAt(tokens: Token[], i: number, key: TokenKey, end = tokens.length): PhraseMatch<T> | null {
    const list = this.byFirst.get(key(tokens[i]));
    if (!list) return null;
    outer: for (const p of list) {
      if (i + p.words.length > end) continue;
      for (let k = 1; k < p.words.length; k++) if (key(tokens[i + k]) !== p.words[k]) continue outer;
      return { length: p.words.length, values: p.values };
    }
    return null;
  }

  get size(): number {
    let n = 0;
    for (const l of this.byFirst.values()) n += l.length;
    return n;
  }
}
