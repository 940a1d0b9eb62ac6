// A person's search words → an FTS5 query that cannot be read as FTS5 syntax: each word becomes a
// quoted phrase (all must match); a trailing * on a word keeps its meaning of "starts with".
import { DyadError } from "../../errors.js";

export function ftsQuery(search: string): string {
  const terms: string[] = [];
  for (const m of search.matchAll(/([\p{L}\p{N}]+)(\*?)/gu)) terms.push(`"${m[1]}"${m[2]}`);
  if (!terms.length) throw new DyadError("E_QUERY", `the search ${JSON.stringify(search)} has no words`, { search });
  return terms.join(" ");
}
