// Every route of the JSON API as data: its path, its input schemas and a handler that is a function
// of the validated input and the injected dependencies (store, engine). build-app.ts registers them
// and openapi.ts describes them from this one list.
import type { z } from "zod";
import { DyadError } from "../errors.js";
import { actorProfiles } from "../query/actor-profile.js";
import { actorsGraph } from "../query/actors-graph.js";
import { findBlocs } from "../query/blocs.js";
import { layoutGraph } from "../query/graph-layout.js";
import { loadActorNames, resolveActor, type ResolvedActor } from "../query/resolve-actor.js";
import { ARTICLE_CSV_COLUMNS, EVENT_CSV_COLUMNS, QUOTE_CSV_COLUMNS } from "../query/export-formats.js";
import { dyadSeries, eventSideFilter, listEvents, listQuotes } from "../query/queries.js";
import { renderCsv, type Column } from "../query/render-rows.js";
import { textHash } from "../store/article-key.js";
import type { CacheLookup } from "./aggregate-cache.js";
import { escapeControls } from "./api-error.js";
import type { IngestAnswer, QueuedArticle } from "./ingest-queue.js";
import type { EventFilter, EventStatus, Store, StoredEvent } from "../store/store.js";
import type { AlertStore } from "../store/alert-store.js";
import { ALERT_ROUTES } from "./alert-routes.js";
import {
  actorParams,
  actorsQuery,
  articleParams,
  articlesQuery,
  dateRangeQuery,
  dyadParams,
  articlesDownloadQuery,
  eventsDownloadQuery,
  eventsQuery,
  describeIssues,
  quotesDownloadQuery,
  ingestArticle,
  ingestBody,
  ingestEnvelope,
  listBody,
  quotesQuery,
} from "./schemas.js";

export interface ApiDeps {
  store: Store;
  /** keeps whole-store aggregates per store state (aggregate-cache.ts) */
  cached: CacheLookup;
  /** extracts and stores articles off this thread (ingest-queue.ts); rejects with E_BUSY when full */
  ingest: (articles: QueuedArticle[]) => Promise<IngestAnswer>;
  /** the watch rules' alerts (alert-routes.ts); null: the routes answer 404 */
  alerts?: AlertStore | null;
}

type Schema = z.ZodType;

export interface RouteInput {
  params: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- typed by each route's schema
  query: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface ApiRoute {
  method: "GET" | "POST";
  /** Fastify's path syntax (:param) */
  path: string;
  summary: string;
  params?: Schema;
  query?: Schema;
  /** the body as documented (OpenAPI) and, unless `bodyChecked` is set, as validated whole */
  body?: Schema;
  /** what of the body is validated whole, where the handler checks its items one by one */
  bodyChecked?: Schema;
  /** a write: needs the token when the server has one */
  write?: boolean;
  /** what it answers, where described (OpenAPI) */
  response?: Schema;
  /** a file to download: the handler answers its text, sent with this type and file name */
  download?: { type: string; filename: string };
  /** the handler answers text of this media type (an Atom feed), not JSON */
  contentType?: string;
  handle(input: RouteInput, deps: ApiDeps): Promise<unknown>;
}

/** How many of the latest events between two actors the dyad route lists. */
export const DYAD_EVENTS = 100;

const notFound = (what: string): never => {
  throw new DyadError("E_NOT_FOUND", what);
};

export const ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/stats",
    summary: "The store's counts, and the first and last event dates",
    async handle(_input, { store }) {
      const [counts, range] = await Promise.all([store.counts(), store.eventDateRange()]);
      return { ...counts, firstEventDate: range.first, lastEventDate: range.last };
    },
  },
  {
    method: "GET",
    path: "/api/actors",
    summary: "Actors by id, code or part of the name; exact matches first, then the most mentioned",
    query: actorsQuery,
    response: listBody,
    async handle({ query }, { store, cached }) {
      const filter = { search: query.search, kind: query.kind };
      const items = await store.findActors({ ...filter, limit: query.limit });
      return { items, limit: query.limit, offset: 0, total: await totalOf(items, query.limit, 0, () => cached(`total actors ${JSON.stringify(filter)}`, () => store.countActors(filter))) };
    },
  },
  {
    method: "GET",
    path: "/api/actors/:id",
    summary: "One actor's profile: roles over time, partners, latest quotes",
    params: actorParams,
    async handle({ params }, deps) {
      const { store, cached } = deps;
      const id: string = params.id;
      // an unknown actor is no page (404), with the closest actors as matches; an ambiguous name a 400
      const actor = await resolve(deps, id, "path.id").catch((e: unknown) => {
        throw e instanceof DyadError && e.code === "E_UNKNOWN_ACTOR" ? new DyadError("E_NOT_FOUND", e.message.replace(/^\[E_\w+\] /, ""), e.context) : e;
      });
      const profile = await cached(`actor ${actor.id}`, async () => (await actorProfiles(store, actor.id, { matches: 1 }))[0] ?? null);
      // a state the store holds no article of is a state all the same (its people's events carry its
      // code), but it has no profile
      return profile ? { ...profile, key: actor.key } : notFound(`the store holds nothing of ${actor.name} (${actor.key})`);
    },
  },
  {
    method: "GET",
    path: "/api/events",
    summary: "Events, newest first (order=oldest: oldest first), each with its first report (article, trigger, rule, sentence)",
    query: eventsQuery,
    response: listBody,
    async handle({ query }, deps) {
      return eventsPage(deps, query);
    },
  },
  ...downloads(
    "events",
    "Every event the events list's filters match (same parameters; limit: all, up to 100,000)",
    eventsDownloadQuery,
    async (deps, query) => {
      const { store } = deps;
      const { limit, offset, ...filter } = await eventsFilter(deps, query);
      return readPages(limit, offset, (l, o) => listEvents(store, { ...filter, limit: l, offset: o }));
    },
    EVENT_CSV_COLUMNS,
  ),
  {
    method: "GET",
    path: "/api/quotes",
    summary: "Attributed quotes, newest first (order=oldest: oldest first; by relevance with a search)",
    query: quotesQuery,
    response: listBody,
    async handle({ query: raw }, deps) {
      const { store, cached } = deps;
      const { order, ...query } = await quotesFilter(deps, raw);
      const items = await listQuotes(store, { ...query, newestFirst: order === "newest" });
      const { limit, offset, ...filter } = query;
      return { items, limit, offset, total: await totalOf(items, limit, offset, () => cached(`total quotes ${JSON.stringify(filter)}`, () => store.countQuotes(filter))) };
    },
  },
  ...downloads(
    "quotes",
    "Every quote the quotes list's filters match (same parameters; limit: all, up to 100,000)",
    quotesDownloadQuery,
    async (deps, raw) => {
      const { limit, offset, order, ...filter } = await quotesFilter(deps, raw);
      return readPages(limit, offset, (l, o) => listQuotes(deps.store, { ...filter, newestFirst: order === "newest", limit: l, offset: o }));
    },
    QUOTE_CSV_COLUMNS,
  ),
  {
    method: "GET",
    path: "/api/dyad/:a/:b",
    summary: "Events between two actors per month (totals, score, quads, types) and the latest of them",
    params: dyadParams,
    query: dateRangeQuery,
    async handle({ params, query }, deps) {
      const { store, cached } = deps;
      const [a, b] = await Promise.all([resolve(deps, params.a, "path.a"), resolve(deps, params.b, "path.b")]);
      const answer = await cached(`dyad ${JSON.stringify([a.key, b.key, query.since, query.until])}`, () => dyadWithEvents(store, a.key, b.key, query));
      // the actors the two names resolved to, for the view's title
      return { ...answer, actors: { a, b } };
    },
  },
  {
    method: "GET",
    path: "/api/graph",
    summary: "The relations graph: states, persons and organisations (with laid-out positions x, y), edges weighted by the PLOVER score of their events",
    query: dateRangeQuery,
    async handle({ query }, { store, cached }) {
      // laid out here, once per store state, so that the UI draws it at once
      return cached(`graph ${query.since} ${query.until}`, async () => layoutGraph(await actorsGraph(withCachedActorLists(store, cached), { since: query.since, until: query.until })));
    },
  },
  {
    method: "GET",
    path: "/api/blocs",
    summary: "Blocs of states: Louvain communities of the cooperation-weighted graph",
    query: dateRangeQuery,
    async handle({ query }, { store, cached }) {
      return cached(`blocs ${query.since} ${query.until}`, () => findBlocs(withCachedActorLists(store, cached), { since: query.since, until: query.until }));
    },
  },
  {
    method: "GET",
    path: "/api/articles",
    summary: "Articles by words of their title or text (ranked), or newest first",
    query: articlesQuery,
    response: listBody,
    async handle({ query }, { store, cached }) {
      const items = await store.searchArticles({ search: query.search, limit: query.limit, offset: query.offset });
      const total = await totalOf(items, query.limit, query.offset, () => cached(`total articles ${JSON.stringify(query.search ?? null)}`, () => store.countArticles({ search: query.search })));
      return { items, limit: query.limit, offset: query.offset, total };
    },
  },
  ...downloads(
    "articles",
    "Every article the articles list's search matches (same parameters; limit: all, up to 100,000), without their text",
    articlesDownloadQuery,
    async ({ store }, query) => readPages(query.limit, query.offset, (l, o) => store.searchArticles({ search: query.search, limit: l, offset: o })),
    ARTICLE_CSV_COLUMNS,
  ),
  {
    method: "GET",
    path: "/api/articles/:id",
    summary: "One article: its text and the spans of its actors, events and quotes (offsets into the text)",
    params: articleParams,
    async handle({ params }, { store }) {
      return (await store.getArticle(params.id)) ?? notFound(`no article has the id ${JSON.stringify(params.id)}`);
    },
  },
  {
    method: "POST",
    path: "/api/ingest",
    summary: "Extracts and stores articles; articles already stored are skipped",
    body: ingestBody,
    bodyChecked: ingestEnvelope,
    write: true,
    async handle({ body }, { ingest }) {
      // each article checked alone: one bad article fails alone, with its code, as in dyad ingest
      const failures: IngestAnswer["failures"] = [];
      const queued: QueuedArticle[] = [];
      (body.articles as unknown[]).forEach((item, index) => {
        const r = ingestArticle.safeParse(item);
        if (!r.success) {
          const id = (item as { id?: unknown } | null)?.id;
          failures.push({ index, id: typeof id === "string" ? id : null, code: "E_BAD_REQUEST", error: describeIssues(r.error, `body.articles.${index}`) });
          return;
        }
        queued.push({ index, article: { ...r.data, id: r.data.id ?? `api-${textHash(r.data.text).slice(0, 16)}` } });
      });
      const done: IngestAnswer = queued.length ? await ingest(queued) : { stored: 0, duplicates: 0, events: 0, merged: 0, quotes: 0, aborted: false, items: [], failures: [] };
      // one item per article of the request, in its order, those refused here included
      const itemOf = new Map(done.items.map((i) => [i.index, i]));
      const items = failures.map((f) => ({ index: f.index, id: f.id, hash: null, stored: false }));
      const allItems = [...items.filter((i) => !itemOf.has(i.index)), ...done.items].sort((x, y) => x.index - y.index);
      // a failure's message may quote the article's own values (its date, its id)
      const all = [...failures, ...done.failures].sort((x, y) => x.index - y.index).map((f) => ({ ...f, error: escapeControls(f.error) }));
      return { ...done, items: allItems, failed: all.length, failures: all };
    },
  },
];

/** The names actors go by, kept per store state with the aggregates (it reads every actor). */
const actorNamesOf = ({ store, cached }: ApiDeps) => cached("actor names", () => loadActorNames(store));

/** What a parameter names: one actor, or a 400 (E_UNKNOWN_ACTOR, E_AMBIGUOUS_ACTOR) with the closest matches. */
async function resolve(deps: ApiDeps, input: string, field: string): Promise<ResolvedActor> {
  return resolveActor(input, await actorNamesOf(deps), field);
}

/** The store filter keys of the actor parameters given. */
async function resolveFields<K extends string>(deps: ApiDeps, query: Partial<Record<K, string>>, fields: K[]): Promise<Partial<Record<K, string>>> {
  const given = fields.filter((f) => query[f] !== undefined);
  const actors = await Promise.all(given.map((f) => resolve(deps, query[f]!, `query.${f}`)));
  return Object.fromEntries(given.map((f, i) => [f, actors[i].key])) as Partial<Record<K, string>>;
}

function stateCode(actor: ResolvedActor): string {
  if (actor.kind !== "country") throw new DyadError("E_BAD_REQUEST", `query.state: ${actor.name} (${actor.key}) is not a state`);
  return actor.key;
}
// the watch rules' alerts (issue 16): their routes are in alert-routes.ts
ROUTES.push(...ALERT_ROUTES);

/** A list's total. A page that is neither empty nor full holds the last items, so it tells the
 * total itself; only a full page (or one past the end) costs a count, which the routes keep in the
 * aggregate cache (per filter, paging aside): paging through one list counts it once, and under a
 * steady ingest a total may lag the store by the cache's staleness (aggregate-cache.ts). */
export async function totalOf(items: unknown[], limit: number, offset: number, count: () => Promise<number>): Promise<number> {
  if (items.length > 0 && items.length < limit) return offset + items.length;
  if (items.length === 0 && offset === 0 && limit > 0) return 0;
  return count();
}

/** The store, with its whole lists of actors of a kind (no search) kept in the aggregate cache:
 * the graph and blocs of every period ask for the same lists (thousands of persons), which then
 * cost one read per store state instead of one per period. They are as fresh as the aggregates
 * they go into (aggregate-cache.ts). */
function withCachedActorLists(store: Store, cached: CacheLookup): Store {
  const findActors: Store["findActors"] = (filter = {}) =>
    filter.search ? store.findActors(filter) : cached(`actors ${JSON.stringify([filter.kind, filter.limit])}`, () => store.findActors(filter));
  return new Proxy(store, { get: (target, key) => (key === "findActors" ? findActors : Reflect.get(target, key)) });
}

type EventsQuery = z.infer<typeof eventsQuery>;

/** `limit` items from `offset` on, read a store page (5,000) at a time. */
async function readPages<T>(limit: number, offset: number, page: (limit: number, offset: number) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  while (rows.length < limit) {
    const n = Math.min(5000, limit - rows.length);
    const items = await page(n, offset + rows.length);
    rows.push(...items);
    if (items.length < n) break;
  }
  return rows;
}

/** The events list's query as the store's filter: its actor parameters resolved to the keys the
 * store filters by (one a side: actor, target; several: actors, targets), its statuses likewise. */
async function eventsFilter(deps: ApiDeps, query: EventsQuery): Promise<EventFilter & { limit: number; offset: number }> {
  const { actor, target, party, status, order, either, ...rest } = query;
  const keys = async (names: string[] | undefined, field: string) => (names ? Promise.all(names.map(async (n) => (await resolve(deps, n, field)).key)) : undefined);
  const [sources, targets, parties] = await Promise.all([keys(actor, "query.actor"), keys(target, "query.target"), keys(party === undefined ? undefined : [party], "query.party")]);
  const statuses = status as EventStatus[] | undefined;
  return {
    ...rest,
    ...eventSideFilter(sources, targets),
    party: parties?.[0],
    ...(statuses && statuses.length > 1 ? { statuses } : { status: statuses?.[0] }),
    either: either || undefined,
    newestFirst: order === "newest",
  };
}

/** The quotes list's query with its speaker resolved to an actor id and its state to a state's code. */
async function quotesFilter<Q extends z.infer<typeof quotesQuery>>(deps: ApiDeps, raw: Q) {
  // a quote's speaker is an actor id (a state's id is its code); its state, a state's code
  const speaker = raw.speaker === undefined ? undefined : (await resolve(deps, raw.speaker, "query.speaker")).id;
  const state = raw.state === undefined ? undefined : stateCode(await resolve(deps, raw.state, "query.state"));
  return { ...raw, speaker, speakerId: speaker !== undefined ? true : undefined, state };
}

/** A page of events by the list's filters; `either` with an actor and a target: both directions. */
async function eventsPage(deps: ApiDeps, query: EventsQuery): Promise<{ items: StoredEvent[]; limit: number; offset: number; total: number }> {
  const { store, cached } = deps;
  const { limit, offset, ...filter } = await eventsFilter(deps, query);
  const items = await listEvents(store, { ...filter, limit, offset });
  const { newestFirst: _order, ...counted } = filter;
  const count = { ...counted, type: filter.type?.toUpperCase() };
  return { items, limit, offset, total: await totalOf(items, limit, offset, () => cached(`total events ${JSON.stringify(count)}`, () => store.countEvents(count))) };
}

/** The download routes of a list: PATH.csv (with `columns`) and PATH.json (an array), of every
 * item the list's filters match (up to the query's limit), read a page at a time. */
function downloads<Q extends Schema, T>(path: string, summary: string, query: Q, rows: (deps: ApiDeps, query: z.infer<Q>) => Promise<T[]>, columns: Column<T>[]): ApiRoute[] {
  return [
    {
      method: "GET",
      path: `/api/${path}.csv`,
      summary: `${summary}: CSV (a header line, RFC 4180)`,
      query,
      download: { type: "text/csv; charset=utf-8", filename: `dyad-${path}.csv` },
      async handle({ query }, deps) {
        return renderCsv(columns, await rows(deps, query));
      },
    },
    {
      method: "GET",
      path: `/api/${path}.json`,
      summary: `${summary}: one JSON array`,
      query,
      download: { type: "application/json; charset=utf-8", filename: `dyad-${path}.json` },
      async handle({ query }, deps) {
        return JSON.stringify(await rows(deps, query));
      },
    },
  ];
}

async function dyadWithEvents(store: Store, a: string, b: string, query: { since?: string; until?: string }) {
  // both directions, newest first; a symmetric event is on both sides, so it comes back twice.
  // The reads asked together: a reader pool answers them at once
  const range = { since: query.since, until: query.until, newestFirst: true, limit: DYAD_EVENTS };
  const [series, ab, ba] = await Promise.all([
    dyadSeries(store, a, b, { since: query.since, until: query.until }),
    store.queryEvents({ ...range, actor: a, target: b }),
    store.queryEvents({ ...range, actor: b, target: a }),
  ]);
  const both = [...ab, ...ba];
  const byId = new Map<string, StoredEvent>(both.map((e) => [e.id, e]));
  const events = [...byId.values()].sort(newestFirst).slice(0, DYAD_EVENTS);
  return { ...series, events };
}

function newestFirst(x: StoredEvent, y: StoredEvent): number {
  if (x.date === y.date) return Number(y.id) - Number(x.id) || (x.id < y.id ? 1 : -1);
  if (x.date === null) return 1;
  if (y.date === null) return -1;
  return x.date < y.date ? 1 : -1;
}
