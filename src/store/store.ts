// The one store interface: every driver (SQLite now, ClickHouse later) implements it, and one
// contract suite (test/contract/store-contract.ts) runs against each. Plain objects in and out;
// every method is async so that a networked driver fits the same shape.
import type { Article, ExtractedDocument } from "../model/types.js";

/** One extracted article to store: the article (for its text) and its dyad.document/1 record. */
export interface DocumentToStore {
  article: Article;
  record: ExtractedDocument;
}

/** What one putDocuments call changed. */
export interface PutResult {
  /** articles written (new) */
  stored: number;
  /** articles already in the store (same URL or same normalised text), skipped */
  duplicates: number;
  /** new event rows */
  events: number;
  /** event reports merged into an event another article had already reported */
  merged: number;
  quotes: number;
  /** one entry per input, in order: the article's text hash and whether it was new */
  items: { hash: string; stored: boolean }[];
  /** one entry per event report written, in order: the event it went to, whether this call
   * created that event (false: merged into a known one), and the reporting article's own id and
   * the report's sentence; what alert rules are evaluated on (alerts/evaluate-alerts.ts) */
  reports?: EventReportWritten[];
}

export interface EventReportWritten {
  event: string;
  created: boolean;
  article: string;
  sentence: string;
}

export type EventStatus = "occurred" | "ongoing" | "planned" | "claimed" | "denied" | "hypothetical";

export interface EventFilter {
  /** only these events (by id) */
  ids?: string[];
  /** an actor code or actor id on the source side ("RUS", "person:vladimir-putin") */
  actor?: string;
  /** an actor code or actor id on the target side */
  target?: string;
  /** any of these actor codes or ids on the source side (a bloc's states); with `actor` too, any
   * of them all. With sets on both sides (more than one on a side), an event matches by two
   * different actors, one of each set: a state's acts on itself are left out, as the relations
   * graph and its blocs count pairs of two states (one actor and one target keep its acts on
   * itself: actor RUS, target RUS) */
  actors?: string[];
  /** any of these actor codes or ids on the target side */
  targets?: string[];
  /** with actors and targets: the events of either direction (source in one set, target in the
   * other), as a dyad's chart and a bloc cell count them; a symmetric event once */
  either?: boolean;
  /** an actor code or actor id on either side: the events it acts in or is acted on by (a state's
   * code takes the events of its people and agencies too, which events carry under its code) */
  party?: string;
  /** a PLOVER type ("AGREE") */
  type?: string;
  /** the event date is on or after this (YYYY, YYYY-MM or YYYY-MM-DD) */
  since?: string;
  /** the event date is on or before this, at its own precision ("2024-03" takes all of March) */
  until?: string;
  status?: EventStatus;
  /** any of these statuses (with `status` too: both must hold); the charts count
   * DEFAULT_SERIES_STATUSES */
  statuses?: EventStatus[];
  /** reported by an article of this outlet (case-insensitive, whole name: "Reuters") */
  outlet?: string;
  /** words that all occur in one report's sentence (case-insensitive in ASCII letters, as parts of words: "sanction" finds "sanctions") */
  words?: string;
  /** newest first (undated events still last); default: oldest first */
  newestFirst?: boolean;
  /** default 100 */
  limit?: number;
  offset?: number;
}

/** One de-duplicated event: what several articles may have reported. */
export interface StoredEvent {
  id: string;
  type: string;
  cameo: string | null;
  /** the most factual status any of its reports gives (occurred > ongoing > claimed > planned > denied > hypothetical) */
  status: EventStatus;
  date: string | null;
  /** actor codes (an actor without a code stands by its id), sorted */
  source: string[];
  target: string[];
  location: string | null;
  /** how many articles report it */
  sourceCount: number;
  /** how many stories report it: near-copies of one text (syndicated wire copy) count once, so
   * this is the number of independent sources; ≤ sourceCount */
  storyCount: number;
  /** the actors behind its codes, each side's (a person, an agency, an organisation: the stored
   * actors named for it other than the states and codes themselves, with their names), so that a
   * state's events can say which of its people acted: Russia → Ukraine by Vladimir Putin. Both
   * drivers fill it; optional only for events made by hand. */
  actors?: EventActor[];
  /** the first report: its article, trigger, rule and sentence, so that the event can say why it exists */
  firstReport: {
    article: string;
    url: string | null;
    trigger: string;
    rule: string;
    sentence: string;
    /** when its article entered the store (UTC, ISO 8601 to the second: GDELT's DATEADDED); null
     * for an article stored before that was kept (SQLite migration 9, ClickHouse schema 5) */
    added?: string | null;
    /** its sentence starts in its article's lead paragraph (store/lead-paragraph.ts: GDELT's
     * IsRootEvent); null for a report stored before that was kept */
    lead?: boolean | null;
  };
}

/** An actor behind one side of an event's codes. */
export interface EventActor {
  id: string;
  name: string;
  side: "source" | "target";
}

export interface QuoteFilter {
  /** an actor id, or part of the speaker's name ("Lavrov"); a value with a colon is an actor id only */
  speaker?: string;
  /** `speaker` is an actor id, matched exactly (never by name), colon or not ("RUS") */
  speakerId?: boolean;
  /** the speaker's state: a country code ("RUS"); quotes by the country itself or by actors of it */
  state?: string;
  /** the article was published on or after this (YYYY, YYYY-MM or YYYY-MM-DD) */
  since?: string;
  /** the article was published on or before this, at its own precision */
  until?: string;
  /** full-text search over the quote's words (each word must occur; stemmed) */
  search?: string;
  /** newest first (quotes of undated articles still last; a search still ranks by relevance);
   * default: oldest first */
  newestFirst?: boolean;
  /** default 100 */
  limit?: number;
  offset?: number;
}

export interface StoredQuote {
  id: string;
  article: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  speaker: string | null;
  speakerName: string | null;
  kind: string;
  text: string;
  cue: string | null;
}

export interface ArticleSearch {
  /** full-text search over title and text; empty or absent: every article, newest first */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface StoredArticle {
  /** the article's own id (from its source) */
  id: string;
  hash: string;
  url: string | null;
  published: string | null;
  outlet: string | null;
  title: string | null;
  /** the author(s), when the source named them (added with schema version 2) */
  byline?: string | null;
  /** its story: near-copies of one text share it (the text hash of the story's first stored article) */
  story: string;
  /** how many stored articles share its story, itself included (1: no near-copy stored) */
  copies: number;
}

/** A stored article with its text, as the article view shows it. */
export interface StoredArticleText extends StoredArticle {
  text: string;
}

/** What the extraction found in one article, as offsets into its text. */
export interface ArticleSpans {
  actors: { start: number; end: number; actor: string; name: string; kind: string }[];
  /** one per report of an event in this article; start/end are the trigger's offsets (the
   * sentence's when the trigger's were not recorded) */
  events: {
    start: number;
    end: number;
    /** the stored (merged) event this report belongs to */
    event: string;
    type: string;
    cameo: string | null;
    /** this article's status for it */
    status: EventStatus;
    source: string[];
    target: string[];
    trigger: string;
    rule: string;
    sentenceStart: number;
    sentenceEnd: number;
  }[];
  quotes: { start: number; end: number; speaker: string | null; speakerName: string | null; cue: string | null }[];
}

export interface StoredArticleWithSpans {
  article: StoredArticleText;
  spans: ArticleSpans;
}

export interface SeriesOptions {
  by: "month";
  since?: string;
  until?: string;
  /** only events a→b (default: both directions) */
  directed?: boolean;
  /** statuses to count (default: all but "hypothetical" and "denied") */
  statuses?: EventStatus[];
}

/** Events between two actors counted per period and type; periods without events are absent. */
export interface SeriesCount {
  period: string;
  type: string;
  count: number;
}

export interface StoreCounts {
  articles: number;
  actors: number;
  events: number;
  /** event ↔ article links: how many reports the events have in all */
  eventSources: number;
  quotes: number;
}

export interface ActorFilter {
  /** an actor id or code (exact, case-insensitive), or part of its name */
  search?: string;
  /** only actors of this kind ("country", "person", ...) */
  kind?: string;
  /** default 100 */
  limit?: number;
}

export interface StoredActor {
  id: string;
  kind: string;
  name: string;
  code: string | null;
  country: string | null;
  sector: string | null;
  /** how many stored articles mention it */
  articles: number;
}

/** What one article says the actor is: its role (with the article's date), for roles over time. */
export interface ActorRole {
  article: string;
  published: string | null;
  outlet: string | null;
  role: string | null;
  description: string | null;
}

export interface RelationFilter {
  /** only events with this actor code or id on either side */
  actor?: string;
  since?: string;
  until?: string;
  /** statuses to count (default: all but "hypothetical" and "denied") */
  statuses?: EventStatus[];
}

/** Events counted per (source codes, target codes, type): each merged event once. An event with
 * no target is symmetric: its parties are all in `source`, and `target` is empty. */
export interface RelationCount {
  source: string[];
  target: string[];
  type: string;
  count: number;
}

export interface Store {
  /** Creates or upgrades the schema; running it again changes nothing. */
  migrate(): Promise<void>;
  /** Writes a batch in one transaction: all or nothing. Articles already stored are skipped. */
  putDocuments(docs: DocumentToStore[]): Promise<PutResult>;
  /** Whether an article with this URL, or with this normalised-text hash (see textHash), is stored. */
  hasArticle(urlOrHash: string): Promise<boolean>;
  queryEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  queryQuotes(filter?: QuoteFilter): Promise<StoredQuote[]>;
  searchArticles(query: ArticleSearch): Promise<StoredArticle[]>;
  /** One article by its own id (the first stored when several share it), with its text and the
   * spans of its actor mentions, event reports and quotes, each list by start offset; null when unknown. */
  getArticle(id: string): Promise<StoredArticleWithSpans | null>;
  /** The first and last event dates (as stored, any precision); nulls when no event has a date. */
  eventDateRange(): Promise<{ first: string | null; last: string | null }>;
  dyadSeries(a: string, b: string, options: SeriesOptions): Promise<SeriesCount[]>;
  /** Actors by id, code or part of the name; exact id or code matches first, then by articles. */
  findActors(filter?: ActorFilter): Promise<StoredActor[]>;
  /** The roles stored articles give an actor (by id), oldest first; articles without a role are left out. */
  actorRoles(actorId: string): Promise<ActorRole[]>;
  /** Events counted per dyad and type, for graphs, blocs and partners. */
  relationCounts(filter?: RelationFilter): Promise<RelationCount[]>;
  /** As relationCounts, but each side lists every actor id and code stored for it (a person
   * stands by its id and by its country's code), for graphs of persons and organisations. */
  actorRelationCounts(filter?: RelationFilter): Promise<RelationCount[]>;
  counts(): Promise<StoreCounts>;
  /** How many events, quotes, articles or actors the list methods would return for the same
   * filter without its limit and offset (a list's "1–50 of 1,234"); the limit and offset are ignored. */
  countEvents(filter?: EventFilter): Promise<number>;
  countQuotes(filter?: QuoteFilter): Promise<number>;
  countArticles(query?: ArticleSearch): Promise<number>;
  countActors(filter?: ActorFilter): Promise<number>;
  close(): Promise<void>;
}

/** The store's clock for DATEADDED: now, UTC, to the second ("2026-12-06T16:40:00Z"). */
export const storedAt = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

/** The order of factuality: a merged event keeps the highest status any of its reports gives. */
export const STATUS_RANK: Record<EventStatus, number> = { occurred: 6, ongoing: 5, claimed: 4, planned: 3, denied: 2, hypothetical: 1 };

export const DEFAULT_SERIES_STATUSES: EventStatus[] = ["occurred", "ongoing", "claimed", "planned"];
