// Annotated document → the output contract, schema dyad.document/1 (../shared/eval/README.md).
// Fields may be added, never renamed or dropped.
import type { Actor, Doc, EventRecord, ExtractedDocument, Quote } from "../model/types.js";

export function toDocumentRecord(doc: Doc, actors: Actor[], quotes: Quote[], events: EventRecord[]): ExtractedDocument {
  const a = doc.article;
  return {
    schema: "dyad.document/1",
    document: {
      id: a.id,
      published: a.published ?? null,
      outlet: a.outlet ?? null,
      title: a.title ?? null,
      url: a.url ?? null,
      byline: a.byline ?? null,
    },
    actors: actors.map(
      (x) => ({ ...x, mentions: x.mentions.map(({ start, end, text, rule, headline, title }) => ({ start, end, text, rule, ...(headline ? { headline } : {}), ...(title ? { title } : {}) })) }) as Actor,
    ),
    events,
    quotes,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, ...(s.headline ? { headline: true } : {}) })),
  };
}
