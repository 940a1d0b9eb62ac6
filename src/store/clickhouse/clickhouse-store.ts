// The scale-out store: ClickHouse (written for Debian's 18.16, see shared notes/clickhouse-18.16.md),
// one server or a cluster of shards. Rows travel as JSONEachRow; values in query text go through
// sql-literal.ts only. ClickHouse has no transactions, so a batch is made all-or-nothing as far as
// it can be: every row is computed and checked before anything is written, and the articles table,
// which says what is stored, is written last; a batch cut off midway leaves rows that a retry
// rewrites under the same keys (ReplacingMergeTree), so reads (FINAL) see them once.
// One writer: a store serialises its own putDocuments calls, and ids are counted on from the
// highest stored; two processes writing into one database at once are not supported.
import { eventSides, type EventSides } from "../event-sides.js";
import { eventWords } from "../event-words.js";
import { DyadError } from "../../errors.js";
import { looksLikeUrl, normaliseUrl } from "../article-key.js";
import { sinceBound, untilBound } from "../date-bounds.js";
import { toDocumentRows, type DocumentRows } from "../document-rows.js";
import { pickStory } from "../near-copies.js";
import { foldWord, searchWords, stemWord, textTerms } from "../search-words.js";
import {
  DEFAULT_SERIES_STATUSES,
  STATUS_RANK,
  storedAt,
  type ActorFilter,
  type ActorRole,
  type ArticleSearch,
  type ArticleSpans,
  type EventFilter,
  type EventStatus,
  type PutResult,
  type QuoteFilter,
  type RelationCount,
  type RelationFilter,
  type SeriesCount,
  type SeriesOptions,
  type Store,
  type StoreCounts,
  type StoredActor,
  type StoredArticle,
  type StoredArticleWithSpans,
  type StoredEvent,
} from "../store.js";
import { eventMerger, KEY_SEPARATOR, mergeKey, undatedKey, type MergeEvent, type StoredEventRow } from "./event-merger.js";
import { FINAL_COLUMNS, SCHEMA_VERSION, schemaStatements, upgradeStatements } from "./schema.js";
import { sqlIdent, sqlInInts, sqlInStrings, sqlString, sqlStringArray, sqlUInt } from "./sql-literal.js";
import { actorsBehind, quoteFromRow, type EventRow, type QuoteRow } from "../stored-rows.js";
import type { ClickhouseStoreOptions } from "./store-url.js";
import { connectClickhouse } from "./connection.js";

const DEFAULT_LIMIT = 100;

export function openClickhouseStore(options: ClickhouseStoreOptions): Store {
  const connection = connectClickhouse(options);
  const { clients, db, t, fail, select, command } = connection;
  const cluster = options.cluster === null ? null : sqlIdent(options.cluster);
  /** The de-duplicated rows of a table as a subquery (FINAL), with the columns FINAL needs. */
  const final = (table: string, columns: string[], where: string[] = []) =>
    `(SELECT ${[...new Set([...columns, ...FINAL_COLUMNS[table]])].join(", ")} FROM ${t(table)} FINAL ${whereOf(where)})`;
  let writing: Promise<unknown> = Promise.resolve();
  const insert = (table: string, values: object[]): Promise<void> => connection.insert(`putDocuments (${table})`, table, values);

  return {
    async migrate() {
      if (cluster) {
        // each server of the cluster must be listed, or the Distributed tables would point at shards without tables
        const shards = await select<{ n: number }>("migrate", `SELECT count() AS n FROM system.clusters WHERE cluster = ${sqlString(cluster)}`);
        const n = Number(shards[0]?.n ?? 0);
        if (n === 0) throw new DyadError("E_STORE_OPEN", `the server ${options.hosts[0]} knows no cluster ${JSON.stringify(cluster)}`, { cluster });
        if (n !== clients.length) throw new DyadError("E_STORE_OPEN", `cluster ${JSON.stringify(cluster)} has ${n} servers, the store URL lists ${clients.length}: list each server's HTTP HOST:PORT`, { cluster });
      }
      // the servers at once, and on each the tables at once once its database exists: each CREATE waits on the disk
      await Promise.all(
        clients.map(async (c, i) => {
          const what = `migrate (${options.hosts[i]})`;
          const [database, ...tables] = schemaStatements(db, cluster);
          await command(what, database, c);
          const local = tables.filter((sql) => !/ENGINE = Distributed/.test(sql));
          await Promise.all(local.map((sql) => command(what, sql, c)));
          await Promise.all(tables.filter((sql) => !local.includes(sql)).map((sql) => command(what, sql, c)));
          // a database of an older schema version: the columns added since, local tables first
          const columns = await select<{ table: string; name: string }>(what, `SELECT table, name FROM system.columns WHERE database = ${sqlString(db)}`, c);
          for (const sql of upgradeStatements(db, cluster, columns)) await command(what, sql, c);
          const have = await select<{ n: number }>(what, `SELECT count() AS n FROM ${t("dyad_schema")} WHERE version = ${sqlUInt(SCHEMA_VERSION)}`, c);
          if (!Number(have[0]?.n)) await command(what, `INSERT INTO ${t("dyad_schema")} VALUES (${sqlUInt(SCHEMA_VERSION)})`, c);
        }),
      );
    },

    async putDocuments(docs) {
      // compute every row first: a malformed record fails the batch before anything is written
      const all = docs.map((d) => toDocumentRows(d.article, d.record));
      const run = writing.then(() => writeBatch(all));
      writing = run.catch(() => undefined);
      return run;
    },

    async hasArticle(urlOrHash) {
      const where = looksLikeUrl(urlOrHash) ? `url_key = ${sqlString(normaliseUrl(urlOrHash))}` : `hash = ${sqlString(urlOrHash.trim().toLowerCase())}`;
      const rows = await select<{ one: number }>("hasArticle", `SELECT 1 AS one FROM ${t("articles")} WHERE ${where} LIMIT 1`);
      return rows.length > 0;
    },

    async queryEvents(filter: EventFilter = {}) {
      const where = eventWhere(filter, t);
      const page = pageOf(filter);
      if (page.limit === 0) return [];
      const events = await select<EventRow & { source_actors: string[]; target_actors: string[] }>(
        "queryEvents",
        `SELECT id, type, cameo, status, date, source_key, target_key, location, source_actors, target_actors
         FROM ${final("events", ["id", "type", "cameo", "status", "date", "source_key", "target_key", "location", "source_actors", "target_actors"], where)}
         ORDER BY ${filter.newestFirst ? "isNull(date), date DESC, id DESC" : "isNull(date), date, id"} LIMIT ${page.sql}`,
      );
      if (!events.length) return [];
      // the first report of each: the earliest stored article that reports it
      const reports = await select<ReportRow>(
        "queryEvents",
        `SELECT event_id, count() AS sources, uniqExact(story) AS stories, argMin(doc_id, article_seq) AS doc_id, argMin(url, article_seq) AS url,
                argMin(trigger, article_seq) AS trigger, argMin(rule, article_seq) AS rule, argMin(sentence, article_seq) AS sentence,
                argMin(added, article_seq) AS added, argMin(lead, article_seq) AS lead
         FROM ${final("event_sources", ["doc_id", "url", "trigger", "rule", "sentence", "article_seq", "story", "added", "lead"], [sqlInInts("event_id", events.map((e) => Number(e.id)))])}
         GROUP BY event_id`,
      );
      const byId = new Map(reports.map((r) => [Number(r.event_id), r]));
      // the names of the actors behind the events' codes
      const ids = [...new Set(events.flatMap((e) => [...e.source_actors, ...e.target_actors]))];
      const named = ids.length ? await select<{ id: string; name: string }>("queryEvents", `SELECT id, name FROM ${final("actors", ["id", "name"], [`id IN (${ids.map(sqlString).join(", ")})`])}`) : [];
      const names = new Map(named.map((a) => [a.id, a.name]));
      return events.map((e): StoredEvent => {
        const r = byId.get(Number(e.id));
        if (!r) throw new DyadError("E_STORE", `event ${e.id} has no report`, { id: e.id });
        return {
          id: String(e.id),
          type: e.type,
          cameo: e.cameo,
          status: e.status as EventStatus,
          date: e.date,
          source: splitKey(e.source_key),
          target: splitKey(e.target_key),
          location: e.location,
          sourceCount: Number(r.sources),
          storyCount: Number(r.stories),
          actors: actorsBehind(e.source_key, e.target_key, [
            { side: "source", ids: e.source_actors },
            { side: "target", ids: e.target_actors },
          ], names),
          firstReport: { article: r.doc_id, url: r.url, trigger: r.trigger, rule: r.rule, sentence: r.sentence, added: r.added || null, lead: Number(r.lead) < 0 ? null : Number(r.lead) === 1 },
        };
      });
    },

    async queryQuotes(filter: QuoteFilter = {}) {
      const page = pageOf(filter);
      const where = await quoteWhere("queryQuotes", filter);
      if (!where) return [];
      const rows = await select<QuoteRow>(
        "queryQuotes",
        `SELECT id, doc_id, published, outlet, url, speaker, speaker_name, kind, text, cue
         FROM ${final("quotes", ["id", "doc_id", "published", "outlet", "url", "speaker", "speaker_name", "kind", "text", "cue"], where)}
         ORDER BY ${filter.newestFirst ? "isNull(published), published DESC, id DESC" : "isNull(published), published, id"} LIMIT ${page.sql}`,
      );
      return rows.map(quoteFromRow);
    },

    async searchArticles(query: ArticleSearch) {
      const all = !query.search?.trim();
      const page = pageOf(query);
      const rows = await select<ArticleRowOut>(
        "searchArticles",
        `SELECT doc_id, hash, url, published, outlet, title, byline, story FROM ${final("articles", ["doc_id", "url", "published", "outlet", "title", "byline", "story", "seq"], articleWhere(query))}
         ORDER BY ${all ? "isNull(published), published DESC, seq DESC" : "seq"} LIMIT ${page.sql}`,
      );
      const copies = await storyCopies(rows.map((r) => r.story));
      return rows.map((r): StoredArticle => ({ id: r.doc_id, hash: r.hash, url: r.url, published: r.published, outlet: r.outlet, title: r.title, byline: r.byline, story: r.story, copies: copies.get(r.story) ?? 1 }));
    },

    async getArticle(id: string) {
      const [a] = await select<ArticleRowOut & { text: string }>(
        "getArticle",
        `SELECT doc_id, hash, url, published, outlet, title, byline, story, text
         FROM ${final("articles", ["doc_id", "url", "published", "outlet", "title", "byline", "story", "text", "seq"], [`doc_id = ${sqlString(id)}`])} ORDER BY seq LIMIT 1`,
      );
      if (!a) return null;
      const hash = sqlString(a.hash);
      const [copies, mentions, reports, quotes] = await Promise.all([
        storyCopies([a.story]),
        select<{ start: number; end: number; actor: string }>(
          "getArticle",
          `SELECT span_start AS start, span_end AS end, actor_id AS actor FROM ${final("mentions", ["span_start", "span_end", "actor_id"], [`article_hash = ${hash}`])}`,
        ),
        select<SpanReportRow>(
          "getArticle",
          `SELECT event_id, status, trigger, rule, sentence_start, sentence_end, trigger_start, trigger_end
           FROM ${final("event_sources", ["event_id", "status", "trigger", "rule", "sentence_start", "sentence_end", "trigger_start", "trigger_end"], [`article_hash = ${hash}`])}`,
        ),
        select<ArticleSpans["quotes"][number] & { id: number }>(
          "getArticle",
          `SELECT id, span_start AS start, span_end AS end, speaker, speaker_name AS speakerName, cue FROM ${final("quotes", ["id", "span_start", "span_end", "speaker", "speaker_name", "cue"], [`article_hash = ${hash}`])}`,
        ),
      ]);
      const actorIds = [...new Set(mentions.map((m) => m.actor))];
      const eventIds = [...new Set(reports.map((r) => Number(r.event_id)))];
      const [actors, events] = await Promise.all([
        actorIds.length ? select<{ id: string; name: string; kind: string }>("getArticle", `SELECT id, name, kind FROM ${final("actors", ["name", "kind"], [sqlInStrings("id", actorIds)])}`) : [],
        eventIds.length
          ? select<{ id: number; type: string; cameo: string | null; source_key: string; target_key: string }>(
              "getArticle",
              `SELECT id, type, cameo, source_key, target_key FROM ${final("events", ["type", "cameo", "source_key", "target_key"], [sqlInInts("id", eventIds)])}`,
            )
          : [],
      ]);
      const actorById = new Map(actors.map((x) => [x.id, x]));
      const eventById = new Map(events.map((e) => [Number(e.id), e]));
      // the order SQLite's indexes give: by offsets, then by id
      const spanActors = mentions
        .map((m) => ({ start: Number(m.start), end: Number(m.end), actor: m.actor, name: actorById.get(m.actor)?.name ?? m.actor, kind: actorById.get(m.actor)?.kind ?? "" }))
        .sort((x, y) => x.start - y.start || x.end - y.end || (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : 0));
      const spanEvents = reports
        .map((r) => {
          const e = eventById.get(Number(r.event_id));
          if (!e) throw new DyadError("E_STORE", `event ${r.event_id} of article ${id} is missing`, { id: r.event_id });
          return {
            start: Number(r.trigger_start ?? r.sentence_start),
            end: Number(r.trigger_end ?? r.sentence_end),
            event: String(r.event_id),
            type: e.type,
            cameo: e.cameo,
            status: r.status as EventStatus,
            source: splitKey(e.source_key),
            target: splitKey(e.target_key),
            trigger: r.trigger,
            rule: r.rule,
            sentenceStart: Number(r.sentence_start),
            sentenceEnd: Number(r.sentence_end),
          };
        })
        .sort((x, y) => x.start - y.start || Number(x.event) - Number(y.event));
      const spanQuotes = quotes
        .sort((x, y) => Number(x.start) - Number(y.start) || Number(x.id) - Number(y.id))
        .map((q) => ({ start: Number(q.start), end: Number(q.end), speaker: q.speaker, speakerName: q.speakerName, cue: q.cue }));
      return {
        article: { id: a.doc_id, hash: a.hash, url: a.url, published: a.published, outlet: a.outlet, title: a.title, byline: a.byline, story: a.story, copies: copies.get(a.story) ?? 1, text: a.text },
        spans: { actors: spanActors, events: spanEvents, quotes: spanQuotes },
      } satisfies StoredArticleWithSpans;
    },

    async eventDateRange() {
      const [r] = await select<{ n: number; first: string; last: string }>(
        "eventDateRange",
        `SELECT count() AS n, min(assumeNotNull(date)) AS first, max(assumeNotNull(date)) AS last FROM ${final("events", ["date"], ["isNotNull(date)"])}`,
      );
      return Number(r?.n ?? 0) ? { first: r.first, last: r.last } : { first: null, last: null };
    },

    async dyadSeries(a: string, b: string, options: SeriesOptions) {
      if (options.by !== "month") throw new DyadError("E_QUERY", `--by ${String(options.by)}: only "month" is supported`, { by: options.by });
      const statuses = options.statuses?.length ? options.statuses : DEFAULT_SERIES_STATUSES;
      const pair = (x: string, y: string) => `(has(source_actors, ${sqlString(x)}) AND has(target_actors, ${sqlString(y)}))`;
      const where = [options.directed ? pair(a, b) : `(${pair(a, b)} OR ${pair(b, a)})`, "isNotNull(month)", `has(${sqlStringArray(statuses)}, status)`];
      dateRange(where, options);
      const rows = await select<{ period: string; type: string; count: number }>(
        "dyadSeries",
        `SELECT assumeNotNull(month) AS period, type, count() AS count FROM ${final("events", ["month", "type"], where)} GROUP BY period, type ORDER BY period, type`,
      );
      return rows.map((r): SeriesCount => ({ period: r.period, type: r.type, count: Number(r.count) }));
    },

    async findActors(filter: ActorFilter = {}) {
      const { where, exact } = actorWhere(filter);
      const limit = pageOf({ limit: filter.limit }).limit;
      const rows = await select<StoredActor & { exact: number }>(
        "findActors",
        `SELECT id, kind, name, code, country, sector, articles, exact FROM
           (SELECT id, kind, name, code, country, sector, ${exact} AS exact FROM ${final("actors", ["kind", "name", "code", "country", "sector"], where)})
         ANY LEFT JOIN
           (SELECT actor_id AS id, count() AS articles FROM ${final("article_actors", ["actor_id"])} GROUP BY actor_id) USING id
         ORDER BY exact DESC, articles DESC, id LIMIT ${sqlUInt(limit)}`,
      );
      return rows.map((r): StoredActor => ({ id: r.id, kind: r.kind, name: r.name, code: r.code, country: r.country, sector: r.sector, articles: Number(r.articles) }));
    },

    async actorRoles(actorId: string) {
      return select<ActorRole>(
        "actorRoles",
        `SELECT doc_id AS article, published, outlet, role, description
         FROM ${final("article_actors", ["doc_id", "published", "outlet", "role", "description", "article_seq"], [`actor_id = ${sqlString(actorId)}`, "(isNotNull(role) OR isNotNull(description))"])}
         ORDER BY isNull(published), published, article_seq`,
      );
    },

    async relationCounts(filter: RelationFilter = {}) {
      const statuses = filter.statuses?.length ? filter.statuses : DEFAULT_SERIES_STATUSES;
      const where = [`has(${sqlStringArray(statuses)}, status)`];
      if (filter.actor) where.push(`(has(source_actors, ${sqlString(filter.actor)}) OR has(target_actors, ${sqlString(filter.actor)}))`);
      dateRange(where, filter);
      const rows = await select<{ source_key: string; target_key: string; type: string; count: number }>(
        "relationCounts",
        `SELECT source_key, target_key, type, count() AS count FROM ${final("events", ["source_key", "target_key", "type"], where)}
         GROUP BY source_key, target_key, type ORDER BY source_key, target_key, type`,
      );
      return rows.map((r): RelationCount => ({ source: splitKey(r.source_key), target: splitKey(r.target_key), type: r.type, count: Number(r.count) }));
    },

    async actorRelationCounts(filter: RelationFilter = {}) {
      const statuses = filter.statuses?.length ? filter.statuses : DEFAULT_SERIES_STATUSES;
      const where = [`has(${sqlStringArray(statuses)}, status)`, "notEmpty(source_actors)"];
      if (filter.actor) where.push(`(has(source_actors, ${sqlString(filter.actor)}) OR has(target_actors, ${sqlString(filter.actor)}))`);
      dateRange(where, filter);
      // each side's actor ids and codes sorted and joined by a space (ids hold none), as SQLite
      // does; a symmetric event (no target key) lists its parties once, as its source
      const rows = await select<{ source: string; target: string; type: string; count: number }>(
        "actorRelationCounts",
        `SELECT arrayStringConcat(arraySort(arrayDistinct(source_actors)), ' ') AS source,
                if(target_key = '', '', arrayStringConcat(arraySort(arrayDistinct(target_actors)), ' ')) AS target, type, count() AS count
         FROM ${final("events", ["source_actors", "target_actors", "target_key", "type"], where)}
         GROUP BY source, target, type ORDER BY source, target, type`,
      );
      return rows.map((r): RelationCount => ({ source: splitKey(r.source), target: splitKey(r.target), type: r.type, count: Number(r.count) }));
    },

    async counts(): Promise<StoreCounts> {
      const n = (table: string) => `(SELECT count() FROM ${final(table, [])})`;
      const [r] = await select<Record<keyof StoreCounts, number>>(
        "counts",
        `SELECT ${n("articles")} AS articles, ${n("actors")} AS actors, ${n("events")} AS events, ${n("event_sources")} AS eventSources, ${n("quotes")} AS quotes`,
      );
      return { articles: Number(r.articles), actors: Number(r.actors), events: Number(r.events), eventSources: Number(r.eventSources), quotes: Number(r.quotes) };
    },

    async countEvents(filter: EventFilter = {}) {
      return countOf("countEvents", "events", eventWhere(filter, t));
    },

    async countQuotes(filter: QuoteFilter = {}) {
      const where = await quoteWhere("countQuotes", filter);
      return where ? countOf("countQuotes", "quotes", where) : 0;
    },

    async countArticles(query: ArticleSearch = {}) {
      return countOf("countArticles", "articles", articleWhere(query));
    },

    async countActors(filter: ActorFilter = {}) {
      return countOf("countActors", "actors", actorWhere(filter).where);
    },

    async close() {
      await writing;
      await connection.close();
    },
  };

  async function countOf(what: string, table: string, where: string[]): Promise<number> {
    const [r] = await select<{ n: number | string }>(what, `SELECT count() AS n FROM ${final(table, [], where)}`);
    return Number(r?.n ?? 0);
  }

  /** The quotes' filter; null when it names a state with no actor (nothing can match). */
  async function quoteWhere(what: string, filter: QuoteFilter): Promise<string[] | null> {
    const where: string[] = [];
    if (filter.search) where.push(matchTerms(filter.search));
    if (filter.speaker && (filter.speakerId || filter.speaker.includes(":"))) where.push(`speaker = ${sqlString(filter.speaker)}`);
    else if (filter.speaker) where.push(`(speaker = ${sqlString(filter.speaker)} OR position(lower(ifNull(speaker_name, '')), lower(${sqlString(filter.speaker)})) > 0)`);
    if (filter.since) where.push(`published >= ${sqlString(sinceBound(filter.since))}`);
    if (filter.until) where.push(`published <= ${sqlString(untilBound(filter.until))}`);
    if (filter.state) {
      // the state's actors first, in a query of their own: an IN over one Distributed table
      // inside a read of another is refused ("double-distributed")
      const code = filter.state.toUpperCase();
      const actors = await select<{ id: string }>(what, `SELECT DISTINCT id FROM ${t("actors")} WHERE code = ${sqlString(code)} OR country = ${sqlString(code)}`);
      if (!actors.length) return null;
      where.push(sqlInStrings("ifNull(speaker, '')", actors.map((a) => a.id)));
    }
    return where;
  }

  /** Writes one batch; the merge of event reports follows the SQLite driver step by step. */
  async function writeBatch(all: DocumentRows[]): Promise<PutResult> {
    const result: PutResult = { stored: 0, duplicates: 0, events: 0, merged: 0, quotes: 0, items: [], reports: [] };
    if (!all.length) return result;
    const hashes = all.map((r) => r.article.hash);
    const urlKeys = all.map((r) => r.article.urlKey).filter((u): u is string => u !== null);
    const [known, maxima, knownActors] = await Promise.all([
      select<{ hash: string; url_key: string }>(
        "putDocuments",
        `SELECT hash, url_key FROM ${t("articles")} WHERE ${sqlInStrings("hash", hashes)} OR ${sqlInStrings("url_key", urlKeys)}`,
      ),
      select<{ seq: number; event: number; quote: number }>(
        "putDocuments",
        `SELECT (SELECT max(seq) FROM ${t("articles")}) AS seq, (SELECT max(id) FROM ${t("events")}) AS event, (SELECT max(id) FROM ${t("quotes")}) AS quote`,
      ),
      select<{ id: string }>("putDocuments", `SELECT DISTINCT id FROM ${t("actors")} WHERE ${sqlInStrings("id", [...new Set(all.flatMap((r) => r.actors.map((a) => a.id)))])}`),
    ]);
    const seenHash = new Set(known.map((k) => k.hash));
    const seenUrl = new Set(known.map((k) => k.url_key).filter(Boolean));
    const seenActor = new Set(knownActors.map((a) => a.id));
    let seq = Number(maxima[0]?.seq ?? 0);
    let nextEvent = Number(maxima[0]?.event ?? 0);
    let nextQuote = Number(maxima[0]?.quote ?? 0);
    const [candidates, bandRows] = await Promise.all([mergeCandidates(all), bandCandidates(all)]);
    const merger = eventMerger(candidates);

    const rows = { articles: [] as object[], actors: [] as object[], article_actors: [] as object[], mentions: [] as object[], event_sources: [] as object[], quotes: [] as object[], story_bands: [] as object[] };
    // when the batch entered the store (GDELT's DATEADDED): the store's own clock, one time a batch
    const ingested = storedAt();
    for (const doc of all) {
      const a = doc.article;
      if (seenHash.has(a.hash) || (a.urlKey !== null && seenUrl.has(a.urlKey))) {
        result.duplicates++;
        result.items.push({ hash: a.hash, stored: false });
        continue;
      }
      seenHash.add(a.hash);
      if (a.urlKey !== null) seenUrl.add(a.urlKey);
      const articleSeq = ++seq;
      // its story: that of the most similar earlier article (stored, or earlier in this batch)
      // sharing a band key, as SQLite's store picks it; the ids of near-copies.ts, so both engines agree
      let story = a.hash;
      if (a.signature) {
        const seen = new Map<number, { seq: number; story: string; signature: Uint32Array }>();
        for (const band of a.bands) for (const c of bandRows.get(band) ?? []) seen.set(c.seq, c);
        story = pickStory(a.signature, [...seen.values()].sort((x, y) => x.seq - y.seq))?.story ?? a.hash;
        const minhash = Array.from(a.signature);
        for (const band of a.bands) {
          rows.story_bands.push({ band, article_seq: articleSeq, story, minhash });
          const list = bandRows.get(band) ?? [];
          list.push({ seq: articleSeq, story, signature: a.signature });
          bandRows.set(band, list);
        }
      }
      rows.articles.push({ seq: articleSeq, hash: a.hash, doc_id: a.docId, url: a.url, url_key: a.urlKey ?? "", published: a.published, outlet: a.outlet, title: a.title, byline: a.byline, text: a.text, story, ingested, ...textTerms(`${a.title ?? ""}\n${a.text}`) });
      // the first row of a key wins, as SQLite's INSERT OR IGNORE / ON CONFLICT DO NOTHING
      for (const x of doc.actors) {
        if (seenActor.has(x.id)) continue;
        seenActor.add(x.id);
        rows.actors.push(x);
      }
      const articleActors = new Set<string>();
      for (const x of doc.articleActors) {
        if (articleActors.has(x.actorId)) continue;
        articleActors.add(x.actorId);
        rows.article_actors.push({ article_hash: a.hash, article_seq: articleSeq, doc_id: a.docId, published: a.published, outlet: a.outlet, actor_id: x.actorId, role: x.role, description: x.description, mentions: x.mentions, headline: x.headline ? 1 : 0 });
      }
      const mentions = new Set<string>();
      for (const m of doc.mentions) {
        const key = `${m.start}|${m.actorId}`;
        if (mentions.has(key)) continue;
        mentions.add(key);
        rows.mentions.push({ article_hash: a.hash, actor_id: m.actorId, span_start: m.start, span_end: m.end, rule: m.rule, headline: m.headline ? 1 : 0 });
      }
      // events without a date are merged within their article only
      const undated = new Map<string, MergeEvent>();
      const reported = new Set<number>();
      for (const ev of doc.events) {
        let found = merger.find(ev, undated);
        const isNew = !found;
        if (!found) {
          found = merger.create(ev, ++nextEvent);
          if (ev.date === null) undated.set(undatedKey(ev), found);
          result.events++;
        } else if (STATUS_RANK[ev.status] > STATUS_RANK[found.status]) {
          found.status = ev.status;
          found.dirty = true;
        }
        merger.addActors(found, ev);
        if (reported.has(found.id)) continue;
        reported.add(found.id);
        if (!isNew) result.merged++;
        result.reports!.push({ event: String(found.id), created: isNew, article: a.docId, sentence: a.text.slice(ev.sentenceStart, ev.sentenceEnd) });
        rows.event_sources.push({
          event_id: found.id,
          article_hash: a.hash,
          article_seq: articleSeq,
          doc_id: a.docId,
          url: a.url,
          status: ev.status,
          date: ev.date,
          trigger: ev.trigger,
          rule: ev.rule,
          sentence_start: ev.sentenceStart,
          sentence_end: ev.sentenceEnd,
          sentence: a.text.slice(ev.sentenceStart, ev.sentenceEnd),
          headline: ev.headline ? 1 : 0,
          trigger_start: ev.triggerStart,
          trigger_end: ev.triggerEnd,
          story,
          added: ingested,
          lead: ev.lead ? 1 : 0,
        });
      }
      for (const [n, q] of doc.quotes.entries()) {
        rows.quotes.push({
          id: ++nextQuote,
          article_hash: a.hash,
          n,
          doc_id: a.docId,
          published: a.published,
          outlet: a.outlet,
          url: a.url,
          speaker: q.speaker,
          speaker_name: q.speakerName,
          kind: q.kind,
          text: q.text,
          cue: q.cue,
          via: q.via,
          span_start: q.start,
          span_end: q.end,
          rule: q.rule,
          headline: q.headline ? 1 : 0,
          ...textTerms(q.text),
        });
        result.quotes++;
      }
      result.stored++;
      result.items.push({ hash: a.hash, stored: true });
    }
    // everything an article brings first, the article last: it is what says the article is stored
    await Promise.all([
      insert("actors", rows.actors),
      insert("article_actors", rows.article_actors),
      insert("mentions", rows.mentions),
      insert("events", merger.changed()),
      insert("event_sources", rows.event_sources),
      insert("quotes", rows.quotes),
      insert("story_bands", rows.story_bands),
    ]);
    await insert("articles", rows.articles);
    return result;
  }

  /** The stored events that the dated reports of this batch may merge into (FINAL: their latest versions). */
  async function mergeCandidates(all: DocumentRows[]): Promise<MergeEvent[]> {
    const reports = all.flatMap((d) => d.events).filter((e) => e.date !== null);
    if (!reports.length) return [];
    const keys = [...new Set(reports.map(mergeKey))];
    const days = [...new Set(reports.flatMap((e) => (e.day === null ? [] : [e.day - 1, e.day, e.day + 1])))];
    const dates = [...new Set(reports.filter((e) => e.day === null).map((e) => e.date as string))];
    const rows = await select<StoredEventRow>(
      "putDocuments",
      `SELECT id, type, status, date, day, source_key, target_key, source_actors, target_actors, location, cameo, month, version
       FROM ${t("events")} FINAL
       WHERE ${sqlInStrings(`concat(type, ${sqlString(KEY_SEPARATOR)}, source_key, ${sqlString(KEY_SEPARATOR)}, target_key)`, keys)}
         AND ((isNotNull(day) AND ${sqlInInts("assumeNotNull(day)", days)}) OR (isNull(day) AND ${sqlInStrings("ifNull(date, '')", dates)}))`,
    );
    return rows.map((r) => ({ ...r, id: Number(r.id), day: r.day === null ? null : Number(r.day), version: Number(r.version), status: r.status as EventStatus, dirty: false }));
  }

  /** How many stored articles each of these stories holds. */
  async function storyCopies(stories: string[]): Promise<Map<string, number>> {
    const distinct = [...new Set(stories)];
    if (!distinct.length) return new Map();
    const rows = await select<{ story: string; n: number }>("searchArticles", `SELECT story, count() AS n FROM ${final("articles", ["story"], [sqlInStrings("story", distinct)])} GROUP BY story`);
    return new Map(rows.map((r) => [r.story, Number(r.n)]));
  }

  /** The stored articles that share a band key with an article of this batch: story and
   * signature, oldest first (a key shared by very many articles, boilerplate, gives its first 50, as SQLite). */
  async function bandCandidates(all: DocumentRows[]): Promise<Map<number, { seq: number; story: string; signature: Uint32Array }[]>> {
    const bands = [...new Set(all.flatMap((d) => d.article.bands))];
    const out = new Map<number, { seq: number; story: string; signature: Uint32Array }[]>();
    if (!bands.length) return out;
    const rows = await select<{ band: number; article_seq: number; story: string; minhash: number[] }>(
      "putDocuments",
      `SELECT band, article_seq, any(story) AS story, any(minhash) AS minhash FROM ${t("story_bands")} WHERE ${sqlInInts("band", bands)}
       GROUP BY band, article_seq ORDER BY band, article_seq LIMIT 50 BY band`,
    );
    for (const r of rows) {
      const band = Number(r.band);
      const list = out.get(band) ?? [];
      list.push({ seq: Number(r.article_seq), story: r.story, signature: Uint32Array.from(r.minhash) });
      out.set(band, list);
    }
    return out;
  }

  function matchTerms(search: string): string {
    const words = searchWords(search);
    const stems = words.filter((w) => !w.prefix).map((w) => stemWord(foldWord(w.word)));
    const parts: string[] = [];
    if (stems.length) parts.push(`hasAll(stems, ${sqlStringArray(stems)})`);
    for (const w of words.filter((x) => x.prefix)) {
      const p = foldWord(w.word);
      parts.push(`arrayExists(w -> substring(w, 1, ${sqlUInt(Buffer.byteLength(p))}) = ${sqlString(p)}, words)`);
    }
    return parts.join(" AND ");
  }

  function articleWhere(query: ArticleSearch): string[] {
    return query.search?.trim() ? [matchTerms(query.search)] : [];
  }
}

interface ReportRow {
  event_id: number;
  sources: number;
  stories: number;
  doc_id: string;
  url: string | null;
  trigger: string;
  rule: string;
  sentence: string;
  /** '' and -1: written before schema version 5 */
  added: string;
  lead: number;
}

interface ArticleRowOut {
  doc_id: string;
  hash: string;
  url: string | null;
  published: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  story: string;
}

interface SpanReportRow {
  event_id: number;
  status: string;
  trigger: string;
  rule: string;
  sentence_start: number;
  sentence_end: number;
  trigger_start: number | null;
  trigger_end: number | null;
}

const splitKey = (key: string): string[] => (key ? key.split(" ") : []);
const whereOf = (where: string[]): string => (where.length ? `WHERE ${where.join(" AND ")}` : "");

function pageOf(filter: { limit?: number; offset?: number }): { limit: number; sql: string } {
  const limit = filter.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) throw new DyadError("E_QUERY", `limit ${limit} is not a whole number ≥ 0`, { limit });
  const offset = filter.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw new DyadError("E_QUERY", `offset ${offset} is not a whole number ≥ 0`, { offset });
  return { limit, sql: `${sqlUInt(offset)}, ${sqlUInt(limit)}` };
}

function eventWhere(filter: EventFilter, t: (table: string) => string): string[] {
  const where: string[] = [];
  if (filter.ids) {
    const ids = filter.ids.map(Number).filter((n) => Number.isSafeInteger(n) && n >= 0);
    where.push(ids.length ? sqlInInts("id", ids) : "0");
  }
  where.push(...sidesWhere(eventSides(filter)));
  if (filter.party) where.push(`(has(source_actors, ${sqlString(filter.party)}) OR has(target_actors, ${sqlString(filter.party)}))`);
  if (filter.type) where.push(`type = ${sqlString(filter.type.toUpperCase())}`);
  dateRange(where, filter);
  if (filter.status) where.push(`status = ${sqlString(filter.status)}`);
  if (filter.statuses) where.push(filter.statuses.length ? `status IN (${filter.statuses.map(sqlString).join(", ")})` : "0");
  // the filters on its reports (event_sources, on other shards than the event: GLOBAL IN): an
  // outlet that reported it (case-insensitive), words of one report's sentence (lower(): ASCII letters fold, as in SQLite)
  if (filter.outlet) {
    where.push(`id GLOBAL IN (SELECT event_id FROM ${t("event_sources")} WHERE article_hash GLOBAL IN (SELECT hash FROM ${t("articles")} WHERE lower(ifNull(outlet, '')) = lower(${sqlString(filter.outlet.trim())})))`);
  }
  const words = eventWords(filter.words);
  if (words.length) where.push(`id GLOBAL IN (SELECT event_id FROM ${t("event_sources")} WHERE ${words.map((w) => `position(lower(sentence), lower(${sqlString(w)})) > 0`).join(" AND ")})`);
  return where;
}

/** The actor sides of an events filter over the event's own arrays of actors (a symmetric
 * event's parties on both sides), as SQLite reads them off event_dyads: a source of one set and a
 * target of the other, either way if asked, and with sets two different actors (arrayFilter and
 * arrayExists, which 18.16 has, over constant arrays). */
function sidesWhere(sides: EventSides): string[] {
  const { source, target } = sides;
  if (source?.length === 0 || target?.length === 0) return ["0"];
  const arr = (xs: string[]) => `[${xs.map(sqlString).join(", ")}]`;
  const on = (column: string, xs: string[]) => (xs.length === 1 ? `has(${column}, ${sqlString(xs[0])})` : `arrayExists(x -> has(${arr(xs)}, x), ${column})`);
  if (!source || !target) return source ? [on("source_actors", source)] : target ? [on("target_actors", target)] : [];
  const direction = (s: string[], t: string[]) => {
    const both = `${on("source_actors", s)} AND ${on("target_actors", t)}`;
    if (!sides.distinct) return `(${both})`;
    // the only actor of the source set and the only one of the target set the same actor: no pair
    const mine = (column: string, xs: string[]) => `arrayFilter(x -> has(${arr(xs)}, x), ${column})`;
    return `(${both} AND NOT (length(${mine("source_actors", s)}) = 1 AND ${mine("source_actors", s)} = ${mine("target_actors", t)}))`;
  };
  return [sides.either ? `(${direction(source, target)} OR ${direction(target, source)})` : direction(source, target)];
}

/** The actors' filter, and the expression that is 1 for an exact id or code match. */
function actorWhere(filter: ActorFilter): { where: string[]; exact: string } {
  const where: string[] = [];
  let exact = "0";
  if (filter.search) {
    const s = sqlString(filter.search);
    // SQLite's COLLATE NOCASE and LIKE fold ASCII letters only; so does lower()
    exact = `(lower(id) = lower(${s}) OR lower(ifNull(code, '')) = lower(${s}))`;
    where.push(`(${exact} OR position(lower(name), lower(${s})) > 0)`);
  }
  if (filter.kind) where.push(`kind = ${sqlString(filter.kind)}`);
  return { where, exact };
}

/** The inclusive date range of a query, at the precision each bound is written in. */
function dateRange(where: string[], range: { since?: string; until?: string }): void {
  if (range.since) where.push(`date >= ${sqlString(sinceBound(range.since))}`);
  if (range.until) where.push(`date <= ${sqlString(untilBound(range.until))}`);
}
