// The client of the JSON API (see the contract in README's `dyad serve` section). Types that the
// server's query modules export are imported from them, so the UI and the API cannot drift apart.
import type { ArticleSpans, StoreCounts, StoredActor, StoredArticle, StoredArticleWithSpans, StoredEvent, StoredQuote } from "../../src/store/store.js";
import type { GraphNodeKind } from "../../src/query/actors-graph.js";
import type { LaidOutGraph } from "../../src/query/graph-layout.js";
import type { ActorProfile } from "../../src/query/actor-profile.js";
import type { DyadSeries } from "../../src/query/dyad-series.js";
import type { Blocs } from "../../src/query/blocs.js";
import type { ActorMatch, ResolvedActor } from "../../src/query/resolved-actor.js";
import type { StoredAlert } from "../../src/model/alerts.js";

export type { StoreCounts, StoredActor, StoredArticle, StoredEvent, StoredQuote, ActorProfile, DyadSeries, Blocs, ActorMatch, ResolvedActor };

export interface Stats extends StoreCounts {
  /** the first and last event dates, at their own precision (YYYY, YYYY-MM or YYYY-MM-DD) */
  firstEventDate: string | null;
  lastEventDate: string | null;
}

/** A page of a list route; `total` counts every page. */
export interface List<T> {
  items: T[];
  limit: number;
  offset: number;
  total: number;
}

export type NodeKind = GraphNodeKind;
/** the server lays the graph out: each node comes with its x, y */
export type Graph = LaidOutGraph;
/** the contract allows a byline beside the stored fields */
export type ArticleView = StoredArticleWithSpans & { article: { byline?: string | null } };
export type EventSpan = ArticleSpans["events"][number];

/** the series, its latest events, and the actors the two names resolved to */
export type DyadView = DyadSeries & { events: StoredEvent[]; actors: { a: ResolvedActor; b: ResolvedActor } };

/** a profile, with the key the event filters take for the actor (a state's code, else its id) */
export type ActorPage = ActorProfile & { key: string };

/** An alert of GET /api/alerts, with the UI path of its event in its article */
export type AlertItem = StoredAlert & { link: string | null };

/** The API's one error shape, raised as an exception in the UI. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** for a name that named no actor or several: the closest actors */
    readonly matches: ActorMatch[] = [],
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined | null>;

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return `api/${path}${qs ? `?${qs}` : ""}`;
}

// Requests started before their view's code has loaded (see main.ts), taken once by the first get()
// of the same URL: the first view's data then downloads while its code is parsed.
const early = new Map<string, Promise<Response>>();

export function prefetch(path: string, query: Query = {}): void {
  const url = apiUrl(path, query);
  if (!early.has(url)) early.set(url, fetch(url, { headers: { accept: "application/json" } }));
}

export async function get<T>(path: string, query: Query = {}): Promise<T> {
  const url = apiUrl(path, query);
  const started = early.get(url);
  early.delete(url);
  const res = await (started ?? fetch(url, { headers: { accept: "application/json" } }));
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body ?? {}) as { error?: string; code?: string; matches?: ActorMatch[] };
    throw new ApiError(e.error ?? `${res.status} ${res.statusText}`, res.status, e.code ?? "E_HTTP", e.matches ?? []);
  }
  return body as T;
}

const enc = encodeURIComponent;
let statsOnce: Promise<Stats> | null = null;
export const api = {
  /** fetched once per page: the header and the time sliders both use it */
  stats: () => (statsOnce ??= get<Stats>("stats").catch((e: unknown) => {
    statsOnce = null;
    throw e;
  })),
  actors: (q: { search?: string; kind?: string; limit?: number }) => get<List<StoredActor>>("actors", q),
  actor: (id: string) => get<ActorPage>(`actors/${enc(id)}`),
  events: (q: { actor?: string; target?: string; party?: string; either?: "1"; outlet?: string; words?: string; type?: string; status?: string; since?: string; until?: string; order?: "newest" | "oldest"; limit?: number; offset?: number }) =>
    get<List<StoredEvent>>("events", q),
  quotes: (q: { search?: string; speaker?: string; state?: string; since?: string; until?: string; order?: "newest" | "oldest"; limit?: number; offset?: number }) =>
    get<List<StoredQuote>>("quotes", q),
  dyad: (a: string, b: string, q: { since?: string; until?: string }) => get<DyadView>(`dyad/${enc(a)}/${enc(b)}`, q),
  graph: (q: { since?: string; until?: string }) => get<Graph>("graph", q),
  blocs: (q: { since?: string; until?: string }) => get<Blocs>("blocs", q),
  article: (id: string) => get<ArticleView>(`articles/${enc(id)}`),
  articles: (q: { search?: string; limit?: number; offset?: number }) => get<List<StoredArticle>>("articles", q),
  alerts: (q: { rule?: string; kind?: string; since?: string; until?: string; unseen?: "true"; limit?: number; offset?: number }) => get<List<AlertItem>>("alerts", q),
};
