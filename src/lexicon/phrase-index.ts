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
  private sealed = false;

  add(words: string[], value: T): void {
    if (this.sealed) throw new Error("PhraseIndex is sealed");
    if (words.length === 0) return;
    let list = this.byFirst.get(words[0]);
    if (!list) this.byFirst.set(words[0], (list = []));
    const same = list.find((p) => p.words.length === words.length && p.words.every((w, i) => w === words[i]));
    if (same) {
      if (!same.values.includes(value)) same.values.push(value);
    } else list.push({ words, values: [value] });
  }

  /** Sort each bucket longest first; no more additions after this. */
  seal(): this {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.sealed = true;
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
