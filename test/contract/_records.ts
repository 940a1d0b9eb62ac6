// Records built by hand for store tests: articles and dyad.document/1 records without the engine.
import type { Actor, Article, EventRecord, ExtractedDocument, Quote } from "../../src/model/types.js";
import type { DocumentToStore } from "../../src/store/store.js";

export function country(code: string, name = code): Actor {
  return { id: code, kind: "country", name, code, mentions: [{ start: 0, end: 1, text: name, rule: "test/country", token: 0 }] };
}

export function person(id: string, name: string, code: string, role: string | null = null): Actor {
  return { id, kind: "person", name, code, country: code, sector: "GOV", role, mentions: [{ start: 0, end: 1, text: name, rule: "test/person", token: 0 }] };
}

export function event(type: string, source: string[], target: string[], date: string | null, extra: Partial<EventRecord> = {}): EventRecord {
  return {
    type,
    cameo: null,
    source,
    target,
    status: "occurred",
    date,
    location: null,
    trigger: type.toLowerCase(),
    sentence: { start: 0, end: 12 },
    via: null,
    rule: `test/${type.toLowerCase()}`,
    ...extra,
  };
}

export function quote(speaker: string | null, speakerName: string | null, text: string, extra: Partial<Quote> = {}): Quote {
  return { start: 0, end: text.length, speaker, speakerName, kind: "direct", text, cue: "said", via: null, sentence: { start: 0, end: text.length }, rule: "test/quote", ...extra };
}

export interface DocSpec {
  id: string;
  text?: string;
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
  title?: string | null;
  actors?: Actor[];
  events?: EventRecord[];
  quotes?: Quote[];
}

/** An article and its record; the text defaults to one that names the id, so that each is distinct. */
export function doc(spec: DocSpec): DocumentToStore {
  const article: Article = {
    id: spec.id,
    text: spec.text ?? `Sentence one of article ${spec.id}. Officials met and talked at length about many things.`,
    published: spec.published ?? "2025-01-17",
    outlet: spec.outlet ?? "Test Wire",
    title: spec.title ?? `Title of ${spec.id}`,
    url: spec.url === undefined ? `https://news.example/${spec.id}` : spec.url,
  };
  const record: ExtractedDocument = {
    schema: "dyad.document/1",
    document: { id: article.id, published: article.published ?? null, outlet: article.outlet ?? null, title: article.title ?? null, url: article.url ?? null },
    actors: spec.actors ?? [country("RUS", "Russia"), country("IRN", "Iran"), country("UKR", "Ukraine"), person("person:sergei-lavrov", "Sergei Lavrov", "RUS", "Foreign Minister")],
    events: spec.events ?? [],
    quotes: spec.quotes ?? [],
  };
  return { article, record };
}
