// A quote as both drivers read it back (their SQL selects the same columns): one row shape, one
// mapping to the Store's StoredQuote.
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
