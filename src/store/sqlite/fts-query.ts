// A person's search words → an FTS5 query that cannot be read as FTS5 syntax: each word becomes a
// quoted phrase (all must match); a trailing * on a word keeps its meaning of "starts with".
import { searchWords } from "../search-words.js";

export function ftsQuery(search: string): string {
  return searchWords(search)
    .map((w) => `"${w.word}"${w.prefix ? "*" : ""}`)
    .join(" ");
}
