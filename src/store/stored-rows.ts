// Rows as both drivers read them back (their SQL selects the same columns): one shape each, and
// one mapping to the Store's types where both make the same one.
import type { StoredQuote } from "./store.js";

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
