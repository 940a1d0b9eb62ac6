// Words for full-text search, shared by the drivers: what a person's search words are (letters and
// digits; a trailing * means "starts with"), and, for a driver without a full-text index, the
// words and Porter stems of a text, folded as SQLite's FTS5 'porter unicode61 remove_diacritics 2'
// tokenizer folds them (no diacritics, lower case), so that both engines find the same things.
import { stemmer } from "stemmer";
import { DyadError } from "../errors.js";

export interface SearchWord {
  word: string;
  /** "treat*": any word that starts with it */
  prefix: boolean;
}

const WORD = /([\p{L}\p{N}]+)(\*?)/gu;

/** The words of a search; E_QUERY when it has none. */
export function searchWords(search: string): SearchWord[] {
  const words: SearchWord[] = [];
  for (const m of search.matchAll(WORD)) words.push({ word: m[1], prefix: m[2] === "*" });
  if (!words.length) throw new DyadError("E_QUERY", `the search ${JSON.stringify(search)} has no words`, { search });
  return words;
}

/** A word without diacritics, in lower case ("Café" → "cafe"). */
export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The Porter stem of a folded word ("treaties" → "treati"). */
export function stemWord(folded: string): string {
  return stemmer(folded);
}

/** The distinct folded words of a text, and their distinct stems. */
export function textTerms(text: string): { words: string[]; stems: string[] } {
  const words = new Set<string>();
  for (const m of foldWord(text).matchAll(/[\p{L}\p{N}]+/gu)) words.add(m[0]);
  return { words: [...words], stems: [...new Set([...words].map(stemWord))] };
}
