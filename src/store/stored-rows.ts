// Rows as both drivers read them back (their SQL selects the same columns): one shape each, and
// one mapping to the Store's types where both make the same one.
import type { EventActor, StoredQuote } from "./store.js";

export interface QuoteRow {
  id: number;
  doc_id: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  speaker: string | null;
  speaker_name: string | null;
  kind: string;
  text: string;
  cue: string | null;
}

export function quoteFromRow(r: QuoteRow): StoredQuote {
  return {
    id: String(r.id),
    article: r.doc_id,
    published: r.published,
    outlet: r.outlet,
    url: r.url,
    speaker: r.speaker,
    speakerName: r.speaker_name,
    kind: r.kind,
    text: r.text,
    cue: r.cue,
  };
}

/** An event's own columns (events table), as both drivers store them. */
export interface EventRow {
  id: number;
  type: string;
  cameo: string | null;
  status: string;
  date: string | null;
  source_key: string;
  target_key: string;
  location: string | null;
}

/** The actors behind an event's codes, from the ids stored on each side (codes and ids mixed, as
 * document-rows.ts writes them) and the names of the stored actors: every id that is none of the
 * side's codes and names a stored actor, by side and name. A symmetric event (no target codes)
 * keeps its parties on both sides; they are listed once, as source. */
export function actorsBehind(sourceKey: string, targetKey: string, sides: { side: "source" | "target"; ids: readonly string[] }[], names: ReadonlyMap<string, string>): EventActor[] {
  const codes = { source: new Set(sourceKey.split(" ")), target: new Set(targetKey.split(" ")) };
  const out: EventActor[] = [];
  const seen = new Set<string>();
  for (const { side, ids } of sides) {
    if (side === "target" && !targetKey) continue;
    for (const id of ids) {
      const name = names.get(id);
      if (name === undefined || codes[side].has(id) || seen.has(`${side} ${id}`)) continue;
      seen.add(`${side} ${id}`);
      out.push({ id, name, side });
    }
  }
  return out.sort((a, b) => (a.side === b.side ? a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1) : a.side === "source" ? -1 : 1));
}
