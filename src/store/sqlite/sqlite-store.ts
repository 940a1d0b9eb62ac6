// The embedded store: one SQLite file (better-sqlite3, WAL). Every value reaches SQL as a bound
// parameter; the SQL text is built from fixed fragments only.
import { eventWords } from "../event-words.js";
import { eventSides, plainSides, type EventSides } from "../event-sides.js";
import Database from "better-sqlite3";
import { DyadError } from "../../errors.js";
import { looksLikeUrl, normaliseUrl } from "../article-key.js";
import { sinceBound, untilBound } from "../date-bounds.js";
import { toDocumentRows, type DocumentRows, type EventReportRow } from "../document-rows.js";
import { pickStory, signatureBytes, signatureFromBytes } from "../near-copies.js";
import { actorsBehind, quoteFromRow, type EventRow, type QuoteRow } from "../stored-rows.js";
import {
  DEFAULT_SERIES_STATUSES,
  STATUS_RANK,
  storedAt,
  type ActorFilter,
  type ActorRole,
  type ArticleSearch,
  type DocumentToStore,
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
  type StoredEvent,
  type ArticleSpans,
  type StoredArticleWithSpans,
} from "../store.js";
import { retry } from "../retry.js";
import { ftsQuery } from "./fts-query.js";
import { MIGRATIONS, type Migration } from "./migrations.js";

export interface SqliteStoreOptions {
  /** open an existing file for reading only */
  readonly?: boolean;
  /** fail with E_STORE_OPEN when the file does not exist (default: create it) */
  mustExist?: boolean;
  /** the migrations to apply (tests pass their own) */
  migrations?: Migration[];
  /** how long a write (a batch, a migration) waits in all for another writer of the same file to
   * finish, in ms, before it fails with E_STORE (default 300,000) */
  writeWaitMs?: number;
}

/** SQLite's own wait for a lock (busy_timeout) blocks the thread, which in `dyad serve` is the one
 * that answers HTTP: it is kept short, and a write that still finds the file locked is retried
 * from the event loop, with backoff, for up to writeWaitMs. */
export const BUSY_TIMEOUT_MS = 250;
const WRITE_WAIT_MS = 300_000;

/** Whether a SQLite error (or a DyadError made from one) is "another connection holds the lock". */
export function isSqliteBusy(e: unknown): boolean {
  for (let x = e as { code?: unknown; cause?: unknown } | undefined, depth = 0; x && depth < 4; x = x.cause as typeof x, depth++) {
    if (typeof x.code === "string" && x.code.startsWith("SQLITE_BUSY")) return true;
  }
  return false;
}

/** A write, run again while another writer holds the file, for up to writeWaitMs (each try must be
 * a whole transaction, rolled back when it fails, so that a retry starts clean). */
export function whenSqliteFree<T>(fn: () => T, writeWaitMs = WRITE_WAIT_MS): Promise<T> {
  return retry(fn, { transient: isSqliteBusy, totalMs: writeWaitMs, maxDelayMs: BUSY_TIMEOUT_MS });
}

const DEFAULT_LIMIT = 100;

/** Opens (or creates) a SQLite store at `path` (":memory:" for one in memory). Call migrate()
 * before writing. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store & { readonly db: Database.Database; schemaVersion(): number } {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.mustExist ?? options.readonly ?? false });
    // first: switching a new file to WAL takes a lock that a second process opening it may hold
    db.pragma(`busy_timeout = ${options.readonly ? 5000 : BUSY_TIMEOUT_MS}`);
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
      // with WAL, NORMAL loses no committed transaction on a process crash (only on power loss)
      db.pragma("synchronous = NORMAL");
      // the WAL cannot be reset while readers (dyad serve's) still read from it, and grows past the
      // 1,000 pages of an automatic checkpoint (27 MB during bench/api.mjs): after a reset, it is cut
      // back to this instead of keeping its largest size on disk
      db.pragma("journal_size_limit = 67108864");
    }
    db.pragma("foreign_keys = ON");
  } catch (e) {
    throw new DyadError("E_STORE_OPEN", `${path}: ${(e as Error).message}`, { path }, e);
  }
  const migrations = options.migrations ?? MIGRATIONS;
  let statements: Statements | null = null;
  const stmts = (): Statements => (statements ??= prepare(db));
  // read statements kept by their SQL: compiling one takes longer than running most queries
  const readCache = new Map<string, Database.Statement>();
  const read = (sql: string): Database.Statement => {
    let st = readCache.get(sql);
    if (!st) {
      st = db.prepare(sql);
      // bounded: the SQL varies with the filters given and the page length
      if (readCache.size >= 256) readCache.delete(readCache.keys().next().value as string);
      readCache.set(sql, st);
    }
    return st;
  };

  const guard = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof DyadError) throw e;
      const msg = (e as Error).message;
      const hint = /no such table/.test(msg) ? " (the store has no schema: run dyad ingest, or migrate())" : "";
      // transient: another writer held the file past the wait (ingest then fails the batch whole)
      throw new DyadError("E_STORE", `${what}: ${msg}${hint}`, { path, what, ...(isSqliteBusy(e) ? { transient: true } : {}) }, e);
    }
  };

  const whenFree = <T>(fn: () => T): Promise<T> => whenSqliteFree(fn, options.writeWaitMs);

  const schemaVersion = (): number => {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!has) return 0;
    const row = db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number | null };
    return row.v ?? 0;
  };

  return {
    db,
    schemaVersion,

    async migrate() {
      await whenFree(() =>
        guard("migrate", () => {
          db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
          const applied = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?");
          const record = db.prepare("INSERT INTO schema_migrations (version, name) VALUES (?, ?)");
          for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
            // checked under the write lock: two processes migrating a new file at once (two
            // ingests started together) apply each migration once
            db.transaction(() => {
              if (applied.get(m.version)) return;
              db.exec(m.sql);
              record.run(m.version, m.name);
            }).immediate();
          }
        }),
      );
      statements = null;
      readCache.clear();
    },

    async putDocuments(docs) {
      // compute every row first: a malformed record fails the batch before anything is written
      const all = docs.map((d: DocumentToStore) => toDocumentRows(d.article, d.record));
      return whenFree(() => guard("putDocuments", () => writeBatch(db, stmts(), all)));
    },

    async hasArticle(urlOrHash) {
      return guard("hasArticle", () => {
        const s = stmts();
        return looksLikeUrl(urlOrHash) ? s.articleByUrl.get(normaliseUrl(urlOrHash)) !== undefined : s.articleByHash.get(urlOrHash.trim().toLowerCase()) !== undefined;
      });
    },

    async queryEvents(given: EventFilter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      const sides = eventSides(given);
      const filter = sides.plain ? plainSides(given, sides) : given;
      if (!sides.plain) {
        sidesWhere(filter, sides, where, params);
      } else if (filter.actor && filter.target) {
        // one range of event_dyads, narrowed there by every filter it holds
        const pair = pairRange(filter);
        where.push(`e.id IN (SELECT d.event_id FROM event_dyads d WHERE ${pair.where.join(" AND ")})`);
        params.push(...pair.params);
      } else if (filter.actor || filter.target) {
        const [actor, side] = filter.actor ? [filter.actor, "source"] : [filter.target!, "target"];
        where.push(guard("queryEvents", () => actorClause(read, actor, side, limitOf(filter.limit) + offsetOf(filter.offset))));
        params.push(actor, side);
      }
      partyWhere(filter, where, params);
      eventRowWhere(filter, where, params);
      // the page of event ids first, read off the order indexes; then the first report of each
      const pageSql = `SELECT e.id FROM events e ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${filter.newestFirst ? "e.date IS NULL, e.date DESC, e.id DESC" : "e.date IS NULL, e.date, e.id"} LIMIT ? OFFSET ?`;
      params.push(limitOf(filter.limit), offsetOf(filter.offset));
      return guard("queryEvents", () => {
        const ids = (read(pageSql).all(...params) as { id: number }[]).map((r) => r.id);
        if (!ids.length) return [];
        const byId = new Map<number, EventJoinRow>();
        // each side's stored ids with the actors' names, for the actors behind its codes
        const sides = new Map<number, { source: string[]; target: string[] }>();
        const names = new Map<string, string>();
        // in chunks: SQLite binds at most 32,766 parameters to one statement. The report's sentence
        // is stored with it (migration 7); where it is not, only the text up to the sentence's end is
        // read into JS: substr counts characters, which are never more than the UTF-16 units of the
        // offsets, so the prefix always holds the sentence
        for (let i = 0; i < ids.length; i += 5000) {
          const chunk = ids.slice(i, i + 5000);
          const detailSql = `
SELECT e.id, e.type, e.cameo, e.status, e.date, e.source_key, e.target_key, e.location, e.sources,
       (SELECT count(DISTINCT x.story) FROM event_sources es JOIN articles x ON x.id = es.article_id WHERE es.event_id = e.id) AS stories,
       a.doc_id, a.url, a.ingested, s.sentence, CASE WHEN s.sentence IS NULL THEN substr(a.text, 1, s.sentence_end) END AS text,
       s.trigger, s.rule, s.sentence_start, s.sentence_end, s.lead
FROM events e
JOIN event_sources s ON s.event_id = e.id AND s.article_id = (SELECT min(article_id) FROM event_sources WHERE event_id = e.id)
JOIN articles a ON a.id = s.article_id
WHERE e.id IN (${chunk.map(() => "?").join(", ")})`;
          for (const r of read(detailSql).all(...chunk) as EventJoinRow[]) byId.set(r.id, r);
          const actorSql = `SELECT x.event_id, x.side, x.actor, a.name FROM event_actors x JOIN actors a ON a.id = x.actor WHERE x.event_id IN (${chunk.map(() => "?").join(", ")})`;
          for (const r of read(actorSql).all(...chunk) as { event_id: number; side: "source" | "target"; actor: string; name: string }[]) {
            let e = sides.get(r.event_id);
            if (!e) sides.set(r.event_id, (e = { source: [], target: [] }));
            e[r.side].push(r.actor);
            names.set(r.actor, r.name);
          }
        }
        return ids.map((id) => byId.get(id)!).map(
          (r): StoredEvent => ({
            id: String(r.id),
            type: r.type,
            cameo: r.cameo,
            status: r.status as EventStatus,
            date: r.date,
            source: splitKey(r.source_key),
            target: splitKey(r.target_key),
            location: r.location,
            sourceCount: r.sources,
            storyCount: r.stories,
            actors: actorsBehind(r.source_key, r.target_key, [
              { side: "source", ids: sides.get(r.id)?.source ?? [] },
              { side: "target", ids: sides.get(r.id)?.target ?? [] },
            ], names),
            firstReport: {
              article: r.doc_id,
              url: r.url,
              trigger: r.trigger,
              rule: r.rule,
              sentence: r.sentence ?? r.text!.slice(r.sentence_start, r.sentence_end),
              added: r.ingested,
              lead: r.lead === null ? null : r.lead === 1,
            },
          }),
        );
      });
    },

    async queryQuotes(filter: QuoteFilter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      let from = "quotes q";
      // q.published is its article's (kept with the quote, so that a speaker's quotes are read in
      // this order off an index)
      let order = filter.newestFirst ? "q.published IS NULL, q.published DESC, q.id DESC" : "q.published IS NULL, q.published, q.id";
      // words alone: the page is cut from the ranked matches before anything is joined to them,
      // so that only the page's quotes are read (ranking every match is FTS5's part either way)
      const pageFirst = !!filter.search && !filter.speaker && !filter.state && !filter.since && !filter.until;
      if (filter.search) {
        from = `(SELECT rowid AS id, rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank, rowid${pageFirst ? " LIMIT ? OFFSET ?" : ""}) f JOIN quotes q ON q.id = f.id`;
        params.push(ftsQuery(filter.search));
        if (pageFirst) params.push(limitOf(filter.limit), offsetOf(filter.offset));
        order = "f.rank, q.id";
      }
      quoteRowWhere(filter, where, params);
      const sql = `
SELECT q.id, a.doc_id, q.published, a.outlet, a.url, q.speaker, q.speaker_name, q.kind, q.text, q.cue
FROM ${from} JOIN articles a ON a.id = q.article_id
${where.length ? `WHERE ${where.join(" AND ")}` : ""}
ORDER BY ${order}
LIMIT ? OFFSET ?`;
      params.push(limitOf(filter.limit), pageFirst ? 0 : offsetOf(filter.offset));
      return guard("queryQuotes", () =>
        (read(sql).all(...params) as QuoteRow[]).map(quoteFromRow),
      );
    },

    async searchArticles(query: ArticleSearch) {
      const all = !query.search?.trim();
      const columns = "a.doc_id, a.text_hash, a.url, a.published, a.outlet, a.title, a.byline, a.story, (SELECT count(*) FROM articles c WHERE c.story = a.story) AS copies";
      // without words: every article, newest first (read off the published index)
      const sql = all
        ? `SELECT ${columns} FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?`
        : // the page is cut from the ranked matches before the articles are read and their copies counted
          `
SELECT ${columns}
FROM (SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?) f JOIN articles a ON a.id = f.id
ORDER BY f.rank, a.id`;
      const params: unknown[] = all ? [] : [ftsQuery(query.search!)];
      params.push(limitOf(query.limit), offsetOf(query.offset));
      return guard("searchArticles", () =>
        (read(sql).all(...params) as ArticleRowOut[]).map(
          (r): StoredArticle => ({ id: r.doc_id, hash: r.text_hash, url: r.url, published: r.published, outlet: r.outlet, title: r.title, byline: r.byline, story: r.story, copies: r.copies }),
        ),
      );
    },

    async getArticle(id: string) {
      return guard("getArticle", (): StoredArticleWithSpans | null => {
        const a = read("SELECT a.id, a.doc_id, a.text_hash, a.url, a.published, a.outlet, a.title, a.byline, a.story, (SELECT count(*) FROM articles c WHERE c.story = a.story) AS copies, a.text FROM articles a WHERE a.doc_id = ? ORDER BY a.id LIMIT 1").get(id) as
          | (ArticleRowOut & { id: number; text: string })
          | undefined;
        if (!a) return null;
        const actors = read(
            `SELECT m.span_start AS start, m.span_end AS end, m.actor_id AS actor, x.name, x.kind FROM mentions m JOIN actors x ON x.id = m.actor_id
             WHERE m.article_id = ? ORDER BY m.span_start, m.span_end, m.actor_id`,
          )
          .all(a.id) as ArticleSpans["actors"];
        const events = (
          read(
              `SELECT e.id, e.type, e.cameo, s.status, e.source_key, e.target_key, s.trigger, s.rule, s.sentence_start, s.sentence_end, s.trigger_start, s.trigger_end
               FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.article_id = ?
               ORDER BY coalesce(s.trigger_start, s.sentence_start), e.id`,
            )
            .all(a.id) as SpanEventRow[]
        ).map((r) => ({
          start: r.trigger_start ?? r.sentence_start,
          end: r.trigger_end ?? r.sentence_end,
          event: String(r.id),
          type: r.type,
          cameo: r.cameo,
          status: r.status as EventStatus,
          source: splitKey(r.source_key),
          target: splitKey(r.target_key),
          trigger: r.trigger,
          rule: r.rule,
          sentenceStart: r.sentence_start,
          sentenceEnd: r.sentence_end,
        }));
        const quotes = read("SELECT span_start AS start, span_end AS end, speaker, speaker_name AS speakerName, cue FROM quotes WHERE article_id = ? ORDER BY span_start, id")
          .all(a.id) as ArticleSpans["quotes"];
        return {
          article: { id: a.doc_id, hash: a.text_hash, url: a.url, published: a.published, outlet: a.outlet, title: a.title, byline: a.byline, story: a.story, copies: a.copies, text: a.text },
          spans: { actors, events, quotes },
        };
      });
    },

    async eventDateRange() {
      return guard("eventDateRange", () => read(
          // "(date IS NULL) = 0" is the first column of events_order: min and max are its two ends
          "SELECT (SELECT min(date) FROM events WHERE (date IS NULL) = 0) AS first, (SELECT max(date) FROM events WHERE (date IS NULL) = 0) AS last",
        ).get() as { first: string | null; last: string | null });
    },

    async dyadSeries(a: string, b: string, options: SeriesOptions) {
      if (options.by !== "month") throw new DyadError("E_QUERY", `--by ${String(options.by)}: only "month" is supported`, { by: options.by });
      const statuses = options.statuses?.length ? options.statuses : DEFAULT_SERIES_STATUSES;
      // one range of event_dyads per direction, read in (month, type, event) order off its series
      // index; the two directions are merged by UNION, so that an event on both sides of the pair
      // (a meeting of the two) counts once, and grouped as they come, without sorting
      const direction = (x: string, y: string) => {
        const where = ["d.source = ?", "d.target = ?", "d.month IS NOT NULL", `d.status IN (${statuses.map(() => "?").join(", ")})`];
        params.push(x, y, ...statuses);
        dateRange(where, params, options, "d");
        return `SELECT d.month, d.type, d.event_id FROM event_dyads d WHERE ${where.join(" AND ")}`;
      };
      const params: unknown[] = [];
      const pairs = options.directed ? direction(a, b) : `${direction(a, b)} UNION ${direction(b, a)} ORDER BY 1, 2, 3`;
      const sql = `SELECT month AS period, type, count(*) AS count FROM (${pairs}) GROUP BY month, type ORDER BY month, type`;
      return guard("dyadSeries", () => read(sql).all(...params) as SeriesCount[]);
    },

    async findActors(filter: ActorFilter = {}) {
      const limit = limitOf(filter.limit);
      const columns = "x.id, x.kind, x.name, x.code, x.country, x.sector, x.articles";
      const kind = filter.kind ? " AND x.kind = ?" : "";
      const kindParams = filter.kind ? [filter.kind] : [];
      const toActor = (r: StoredActor): StoredActor => ({ id: r.id, kind: r.kind, name: r.name, code: r.code, country: r.country, sector: r.sector, articles: r.articles });
      return guard("findActors", () => {
        if (!filter.search) {
          // read in order off actors_kind_articles or actors_articles
          return (read(`SELECT ${columns} FROM actors x WHERE 1${kind} ORDER BY x.articles DESC, x.id LIMIT ?`).all(...kindParams, limit) as StoredActor[]).map(toActor);
        }
        // exact id or code matches first (off the NOCASE indexes), then the names that hold the
        // search, most mentioned first: two small reads instead of one that counts and sorts every
        // match. "+x.articles": a scan of the table and a sort of its matches is cheaper than a walk
        // of an index in that order, which looks each row up (4 times slower for a rare name)
        const search = filter.search;
        const exact = read(
          `SELECT ${columns} FROM actors x
           WHERE x.id IN (SELECT id FROM actors WHERE id = ? COLLATE NOCASE UNION SELECT id FROM actors WHERE code = ? COLLATE NOCASE)${kind}
           ORDER BY +x.articles DESC, x.id LIMIT ?`,
        ).all(search, search, ...kindParams, limit) as StoredActor[];
        if (exact.length >= limit) return exact.map(toActor);
        // coalesce: with no code the comparison is NULL, and NOT NULL would drop the actor
        const named = read(
          `SELECT ${columns} FROM actors x
           WHERE x.name LIKE ? ESCAPE '\\' AND NOT (x.id = ? COLLATE NOCASE OR coalesce(x.code = ? COLLATE NOCASE, 0))${kind}
           ORDER BY +x.articles DESC, x.id LIMIT ?`,
        ).all(`%${likeEscape(search)}%`, search, search, ...kindParams, limit - exact.length) as StoredActor[];
        return [...exact, ...named].map(toActor);
      });
    },

    async actorRoles(actorId: string) {
      const sql = `
SELECT a.doc_id AS article, a.published, a.outlet, aa.role, aa.description
FROM article_actors aa JOIN articles a ON a.id = aa.article_id
WHERE aa.actor_id = ? AND (aa.role IS NOT NULL OR aa.description IS NOT NULL)
ORDER BY a.published IS NULL, a.published, a.id`;
      return guard("actorRoles", () => read(sql).all(actorId) as ActorRole[]);
    },

    async relationCounts(filter: RelationFilter = {}) {
      const { where, params } = relationWhere(filter);
      const sql = `SELECT e.source_key, e.target_key, e.type, count(*) AS count FROM events e WHERE ${where.join(" AND ")} GROUP BY e.source_key, e.target_key, e.type ORDER BY e.source_key, e.target_key, e.type`;
      return guard("relationCounts", () =>
        (read(sql).all(...params) as { source_key: string; target_key: string; type: string; count: number }[]).map(
          (r): RelationCount => ({ source: splitKey(r.source_key), target: splitKey(r.target_key), type: r.type, count: r.count }),
        ),
      );
    },

    async actorRelationCounts(filter: RelationFilter = {}) {
      const { where, params } = relationWhere(filter);
      // each side's actors as one sorted, space-joined key per event (ids hold no spaces); a
      // symmetric event (no target key) stores its parties on both sides, and reports them once
      const sql = `
WITH page AS (SELECT e.id, e.type, e.target_key = '' AS symmetric FROM events e WHERE ${where.join(" AND ")}),
sides AS (
  SELECT event_id, side, group_concat(actor, ' ') AS actors
  FROM (SELECT x.event_id, x.side, x.actor FROM event_actors x JOIN page p ON p.id = x.event_id ORDER BY x.event_id, x.side, x.actor)
  GROUP BY event_id, side
)
SELECT s.actors AS source, CASE WHEN p.symmetric THEN '' ELSE coalesce(t.actors, '') END AS target, p.type, count(*) AS count
FROM page p JOIN sides s ON s.event_id = p.id AND s.side = 'source' LEFT JOIN sides t ON t.event_id = p.id AND t.side = 'target'
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
      return guard("actorRelationCounts", () =>
        (read(sql).all(...params) as { source: string; target: string; type: string; count: number }[]).map(
          (r): RelationCount => ({ source: splitKey(r.source), target: splitKey(r.target), type: r.type, count: r.count }),
        ),
      );
    },

    async counts(): Promise<StoreCounts> {
      // kept by the writer (migration 7): counting the rows would scan them
      return guard("counts", () => {
        const r = read("SELECT articles, actors, events, event_sources, quotes FROM store_counts WHERE id = 1").get() as
          | { articles: number; actors: number; events: number; event_sources: number; quotes: number }
          | undefined;
        return r
          ? { articles: r.articles, actors: r.actors, events: r.events, eventSources: r.event_sources, quotes: r.quotes }
          : { articles: 0, actors: 0, events: 0, eventSources: 0, quotes: 0 };
      });
    },

    // the counts of the list methods: their filters (shared with each list: pairRange,
    // eventRowWhere, quoteRowWhere, actorWhere), without the page; the contract suite checks that a
    // count and its list agree on every filter
    async countEvents(given: EventFilter = {}) {
      const sides = eventSides(given);
      const filter = sides.plain ? plainSides(given, sides) : given;
      if (!sides.plain) {
        // sets of actors, or either direction: as queryEvents narrows them
        const where: string[] = [];
        const params: unknown[] = [];
        sidesWhere(filter, sides, where, params);
        partyWhere(filter, where, params);
        eventRowWhere(filter, where, params);
        return guard("countEvents", () => read(`SELECT count(*) FROM events e WHERE ${where.join(" AND ")}`).pluck().get(...params) as number);
      }
      if (filter.party) {
        // either side: its events, narrowed by every other filter as queryEvents narrows them
        const where: string[] = [];
        const params: unknown[] = [];
        if (filter.actor) {
          where.push("e.id IN (SELECT event_id FROM event_actors WHERE actor = ? AND side = 'source')");
          params.push(filter.actor);
        }
        if (filter.target) {
          where.push("e.id IN (SELECT event_id FROM event_actors WHERE actor = ? AND side = 'target')");
          params.push(filter.target);
        }
        partyWhere(filter, where, params);
        eventRowWhere(filter, where, params);
        return guard("countEvents", () => read(`SELECT count(*) FROM events e WHERE ${where.join(" AND ")}`).pluck().get(...params) as number);
      }
      if (filter.actor && filter.target && !filter.outlet && !eventWords(filter.words).length) {
        // a pair: its range of event_dyads holds one row per event, with every other filter (as
        // queryEvents narrows it), so nothing else is read
        const pair = pairRange(filter);
        return guard("countEvents", () => read(`SELECT count(*) FROM event_dyads d WHERE ${pair.where.join(" AND ")}`).pluck().get(...pair.params) as number);
      }
      const where: string[] = [];
      const params: unknown[] = [];
      eventRowWhere(filter, where, params);
      const actor = filter.actor ?? filter.target;
      const side = filter.actor ? "source" : "target";
      // no filter: the store's own count (kept, not scanned, where the store keeps it)
      if (!actor && !where.length) return (await this.counts()).events;
      // one actor alone: its range of event_actors (not a look-up per event: 20 times faster for
      // an actor of 8,000 events among a million)
      if (actor && !where.length) return guard("countEvents", () => read("SELECT count(*) FROM event_actors WHERE actor = ? AND side = ?").pluck().get(actor, side) as number);
      if (actor) {
        where.unshift("e.id IN (SELECT event_id FROM event_actors WHERE actor = ? AND side = ?)");
        params.unshift(actor, side);
      }
      // a pair with a report filter (outlet, words) comes here: its target side too
      if (filter.actor && filter.target) {
        where.unshift("e.id IN (SELECT event_id FROM event_actors WHERE actor = ? AND side = 'target')");
        params.unshift(filter.target);
      }
      return guard("countEvents", () => read(`SELECT count(*) FROM events e WHERE ${where.join(" AND ")}`).pluck().get(...params) as number);
    },

    async countQuotes(filter: QuoteFilter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      let from = "quotes q";
      if (filter.search) {
        from = "quotes_fts f JOIN quotes q ON q.id = f.rowid";
        where.push("quotes_fts MATCH ?");
        params.push(ftsQuery(filter.search));
      }
      quoteRowWhere(filter, where, params);
      if (!where.length) return (await this.counts()).quotes;
      return guard("countQuotes", () => read(`SELECT count(*) FROM ${from} WHERE ${where.join(" AND ")}`).pluck().get(...params) as number);
    },

    async countArticles(query: ArticleSearch = {}) {
      if (!query.search?.trim()) return (await this.counts()).articles;
      return guard("countArticles", () => read("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?").pluck().get(ftsQuery(query.search!)) as number);
    },

    async countActors(filter: ActorFilter = {}) {
      const { where, params } = actorWhere(filter);
      if (!where.length) return (await this.counts()).actors;
      return guard("countActors", () => read(`SELECT count(*) FROM actors x WHERE ${where.join(" AND ")}`).pluck().get(...params) as number);
    },

    async close() {
      if (!db.open) return;
      // lets SQLite refresh the statistics its query planner uses, where they are stale
      // (optional: skipped when another writer holds the file)
      if (!options.readonly) {
        try {
          db.pragma("optimize");
        } catch (e) {
          if (!isSqliteBusy(e)) throw e;
        }
      }
      db.close();
    },
  };
}

interface EventJoinRow extends EventRow {
  sources: number;
  stories: number;
  doc_id: string;
  url: string | null;
  sentence: string | null;
  /** the text up to the sentence's end, when the sentence is not stored */
  text: string | null;
  trigger: string;
  rule: string;
  sentence_start: number;
  sentence_end: number;
  /** null: stored before migration 9 */
  ingested: string | null;
  lead: number | null;
}

interface SpanEventRow {
  id: number;
  type: string;
  cameo: string | null;
  status: string;
  source_key: string;
  target_key: string;
  trigger: string;
  rule: string;
  sentence_start: number;
  sentence_end: number;
  trigger_start: number | null;
  trigger_end: number | null;
}

interface ArticleRowOut {
  doc_id: string;
  text_hash: string;
  url: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  title: string | null;
  story: string;
  copies: number;
}

const splitKey = (key: string): string[] => (key ? key.split(" ") : []);
const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) throw new DyadError("E_QUERY", `limit ${limit} is not a whole number ≥ 0`, { limit });
  return limit;
}

function offsetOf(offset: number | undefined): number {
  if (offset === undefined) return 0;
  if (!Number.isInteger(offset) || offset < 0) throw new DyadError("E_QUERY", `offset ${offset} is not a whole number ≥ 0`, { offset });
  return offset;
}

type Statements = ReturnType<typeof prepare>;

function prepare(db: Database.Database) {
  return {
    articleByHash: db.prepare("SELECT id FROM articles WHERE text_hash = ?"),
    articleByUrl: db.prepare("SELECT id FROM articles WHERE url_key = ?"),
    insertArticle: db.prepare("INSERT INTO articles (doc_id, url, url_key, text_hash, published, outlet, title, byline, text, story, minhash, ingested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    // a band shared by very many articles (boilerplate) says little: its first few are enough
    bandArticles: db.prepare("SELECT article_id FROM story_bands WHERE band = ? ORDER BY article_id LIMIT 50").pluck(),
    storyOf: db.prepare("SELECT story, minhash FROM articles WHERE id = ?"),
    insertBand: db.prepare("INSERT OR IGNORE INTO story_bands (band, article_id) VALUES (?, ?)"),
    insertArticleFts: db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"),
    insertActor: db.prepare("INSERT INTO actors (id, kind, name, code, country, sector) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
    insertArticleActor: db.prepare("INSERT OR IGNORE INTO article_actors (article_id, actor_id, role, description, mentions, headline) VALUES (?, ?, ?, ?, ?, ?)"),
    insertMention: db.prepare("INSERT OR IGNORE INTO mentions (article_id, actor_id, span_start, span_end, rule, headline) VALUES (?, ?, ?, ?, ?, ?)"),
    findEventByDay: db.prepare(
      "SELECT id, status FROM events WHERE type = ? AND source_key = ? AND target_key = ? AND day BETWEEN ? AND ? ORDER BY abs(day - ?), id LIMIT 1",
    ),
    findEventByDate: db.prepare("SELECT id, status FROM events WHERE type = ? AND source_key = ? AND target_key = ? AND day IS NULL AND date = ? ORDER BY id LIMIT 1"),
    insertEvent: db.prepare(
      "INSERT INTO events (type, cameo, status, date, day, month, source_key, target_key, location, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
    ),
    setEventStatus: db.prepare("UPDATE events SET status = ? WHERE id = ?"),
    setDyadStatus: db.prepare("UPDATE event_dyads SET status = ? WHERE event_id = ?"),
    // every source × target pair of the event's actors, from all its reports so far
    fillDyads: db.prepare(`INSERT OR IGNORE INTO event_dyads (source, target, event_id, type, status, date, month)
SELECT s.actor, t.actor, e.id, e.type, e.status, e.date, e.month
FROM events e
JOIN event_actors s ON s.event_id = e.id AND s.side = 'source'
JOIN event_actors t ON t.event_id = e.id AND t.side = 'target'
WHERE e.id = ?`),
    addEventSource: db.prepare("UPDATE events SET sources = sources + 1 WHERE id = ?"),
    insertEventActor: db.prepare("INSERT OR IGNORE INTO event_actors (actor, side, event_id) VALUES (?, ?, ?)"),
    insertEventSource: db.prepare(
      "INSERT OR IGNORE INTO event_sources (event_id, article_id, status, date, trigger, rule, sentence_start, sentence_end, headline, trigger_start, trigger_end, sentence, lead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertQuote: db.prepare(
      "INSERT INTO quotes (article_id, speaker, speaker_name, kind, text, cue, via, span_start, span_end, rule, headline, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    countActorArticle: db.prepare("UPDATE actors SET articles = articles + 1 WHERE id = ?"),
    addCounts: db.prepare(
      "UPDATE store_counts SET articles = articles + ?, actors = actors + ?, events = events + ?, event_sources = event_sources + ?, quotes = quotes + ? WHERE id = 1",
    ),
    insertQuoteFts: db.prepare("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)"),
  };
}

/** One transaction for the batch: better-sqlite3 rolls it back when anything throws. IMMEDIATE:
 * the write lock is taken before the first read, so that what the batch reads (is this article
 * stored? which event does this report merge into?) includes every batch another process has
 * committed, and no other writer commits in between. (A deferred transaction that reads first
 * cannot wait for the lock when it comes to write: SQLite fails it at once with SQLITE_BUSY.) */
function writeBatch(db: Database.Database, s: Statements, all: DocumentRows[]): PutResult {
  const result: PutResult = { stored: 0, duplicates: 0, events: 0, merged: 0, quotes: 0, items: [], reports: [] };
  // rows the store's kept counts (store_counts) do not learn from the result
  let actors = 0;
  let eventSources = 0;
  // when the batch entered the store (GDELT's DATEADDED): the store's own clock, one time a batch
  const ingested = storedAt();
  db.transaction(() => {
    for (const rows of all) {
      const a = rows.article;
      const existing = s.articleByHash.get(a.hash) ?? (a.urlKey ? s.articleByUrl.get(a.urlKey) : undefined);
      if (existing) {
        result.duplicates++;
        result.items.push({ hash: a.hash, stored: false });
        continue;
      }
      const story = a.signature ? (nearCopyStory(s, a.signature, a.bands) ?? a.hash) : a.hash;
      const articleId = Number(
        s.insertArticle.run(a.docId, a.url, a.urlKey, a.hash, a.published, a.outlet, a.title, a.byline, a.text, story, a.signature ? signatureBytes(a.signature) : null, ingested).lastInsertRowid,
      );
      s.insertArticleFts.run(articleId, a.title, a.text);
      for (const band of a.bands) s.insertBand.run(band, articleId);
      for (const x of rows.actors) actors += s.insertActor.run(x.id, x.kind, x.name, x.code, x.country, x.sector).changes;
      for (const x of rows.articleActors) {
        if (s.insertArticleActor.run(articleId, x.actorId, x.role, x.description, x.mentions, x.headline ? 1 : 0).changes) s.countActorArticle.run(x.actorId);
      }
      for (const m of rows.mentions) s.insertMention.run(articleId, m.actorId, m.start, m.end, m.rule, m.headline ? 1 : 0);
      // events without a date are merged within their article only
      const undated = new Map<string, { id: number; status: string }>();
      for (const ev of rows.events) {
        const found = findEvent(s, ev, undated);
        let eventId: number;
        if (found) {
          eventId = found.id;
          if (STATUS_RANK[ev.status] > STATUS_RANK[found.status as EventStatus]) {
            s.setEventStatus.run(ev.status, eventId);
            s.setDyadStatus.run(ev.status, eventId);
            found.status = ev.status;
          }
        } else {
          eventId = Number(s.insertEvent.run(ev.type, ev.cameo, ev.status, ev.date, ev.day, ev.month, ev.sourceKey, ev.targetKey, ev.location).lastInsertRowid);
          if (ev.date === null) undated.set(undatedKey(ev), { id: eventId, status: ev.status });
          result.events++;
        }
        let newActors = 0;
        for (const x of ev.sourceActors) newActors += s.insertEventActor.run(x, "source", eventId).changes;
        for (const x of ev.targetActors) newActors += s.insertEventActor.run(x, "target", eventId).changes;
        if (newActors) s.fillDyads.run(eventId);
        const added = s.insertEventSource.run(eventId, articleId, ev.status, ev.date, ev.trigger, ev.rule, ev.sentenceStart, ev.sentenceEnd, ev.headline ? 1 : 0, ev.triggerStart, ev.triggerEnd, a.text.slice(ev.sentenceStart, ev.sentenceEnd), ev.lead ? 1 : 0).changes;
        if (added) {
          eventSources++;
          s.addEventSource.run(eventId);
          if (found) result.merged++;
          result.reports!.push({ event: String(eventId), created: !found, article: a.docId, sentence: a.text.slice(ev.sentenceStart, ev.sentenceEnd) });
        }
      }
      for (const q of rows.quotes) {
        const quoteId = Number(
          s.insertQuote.run(articleId, q.speaker, q.speakerName, q.kind, q.text, q.cue, q.via, q.start, q.end, q.rule, q.headline ? 1 : 0, a.published).lastInsertRowid,
        );
        s.insertQuoteFts.run(quoteId, q.text);
        result.quotes++;
      }
      result.stored++;
      result.items.push({ hash: a.hash, stored: true });
    }
    if (result.stored) s.addCounts.run(result.stored, actors, result.events, eventSources, result.quotes);
  }).immediate();
  return result;
}

/** The story of the most similar stored article that shares a band with this signature, if any
 * is similar enough (pickStory); oldest first, so that a tie goes to the earliest. */
function nearCopyStory(s: Statements, signature: Uint32Array, bands: number[]): string | null {
  const ids = new Set<number>();
  for (const band of bands) for (const id of s.bandArticles.all(band) as number[]) ids.add(id);
  if (!ids.size) return null;
  const candidates = [...ids]
    .sort((x, y) => x - y)
    .map((id) => s.storyOf.get(id) as { story: string; minhash: Buffer | null })
    .filter((r) => r.minhash)
    .map((r) => ({ story: r.story, signature: signatureFromBytes(r.minhash!) }));
  return pickStory(signature, candidates)?.story ?? null;
}

const undatedKey = (ev: EventReportRow): string => `${ev.type}|${ev.sourceKey}|${ev.targetKey}`;

function findEvent(s: Statements, ev: EventReportRow, undated: Map<string, { id: number; status: string }>): { id: number; status: string } | undefined {
  if (ev.day !== null) return s.findEventByDay.get(ev.type, ev.sourceKey, ev.targetKey, ev.day - 1, ev.day + 1, ev.day) as { id: number; status: string } | undefined;
  if (ev.date !== null) return s.findEventByDate.get(ev.type, ev.sourceKey, ev.targetKey, ev.date) as { id: number; status: string } | undefined;
  return undated.get(undatedKey(ev));
}

/** The inclusive date range of a query, at the precision each bound is written in. */
function dateRange(where: string[], params: unknown[], range: { since?: string; until?: string }, table = "e"): void {
  if (range.since) {
    where.push(`${table}.date >= ?`);
    params.push(sinceBound(range.since));
  }
  if (range.until) {
    where.push(`${table}.date <= ?`);
    params.push(untilBound(range.until));
  }
}

/** Up to this many events, an actor's events are listed first and the page sorted from them;
 * beyond, the events are read in page order and each checked against the actor, which meets
 * the page's rows soon since the actor is frequent. (SQLite would list them all either way.) */
const FEW_EVENTS = 5000;

/** The filter "this actor on this side" (binds: actor, side), in the shape that suits its count.
 * Read in page order, the events meet the page's `pageEnd` rows after about pageEnd × events / count
 * rows (for an actor spread over the store); listed first, the actor's events cost about `count`
 * rows and a sort. The two meet at count = √(pageEnd × events), so the count stops there (at most
 * FEW_EVENTS): a frequent actor of a small store (a third of its events) is read in page order too. */
function actorClause(read: (sql: string) => Database.Statement, actor: string, side: string, pageEnd: number): string {
  const events = (read("SELECT events FROM store_counts WHERE id = 1").pluck().get() as number | undefined) ?? 0;
  const threshold = Math.max(1, Math.min(FEW_EVENTS, Math.ceil(Math.sqrt(pageEnd * events))));
  const count = read("SELECT count(*) FROM (SELECT 1 FROM event_actors WHERE actor = ? AND side = ? LIMIT ?)").pluck().get(actor, side, threshold) as number;
  return count < threshold
    ? "e.id IN (SELECT event_id FROM event_actors WHERE actor = ? AND side = ?)"
    : "EXISTS (SELECT 1 FROM event_actors x WHERE x.actor = ? AND x.side = ? AND x.event_id = e.id)";
}

/** The range of event_dyads of a pair (filter.actor → filter.target), narrowed there by every
 * other filter it holds; for queryEvents and countEvents. */
function pairRange(filter: EventFilter): { where: string[]; params: unknown[] } {
  const where = ["d.source = ?", "d.target = ?"];
  const params: unknown[] = [filter.actor, filter.target];
  dyadRowWhere(filter, where, params);
  return { where, params };
}

/** The actor sides of a filter that is not plain (sets of actors, either direction), added to a
 * WHERE of table e: with both sides, the pairs of event_dyads (every source × target pair of an
 * event's actors, a symmetric event's parties on both sides), narrowed there by every filter they
 * hold; with one side, its actors in event_actors. */
function sidesWhere(filter: EventFilter, sides: EventSides, where: string[], params: unknown[]): void {
  const list = (xs: string[]) => xs.map(() => "?").join(", ");
  const { source, target } = sides;
  if (source?.length === 0 || target?.length === 0) {
    where.push("0");
  } else if (source && target) {
    const directions = [`(d.source IN (${list(source)}) AND d.target IN (${list(target)}))`];
    const dParams: unknown[] = [...source, ...target];
    if (sides.either) {
      directions.push(`(d.source IN (${list(target)}) AND d.target IN (${list(source)}))`);
      dParams.push(...target, ...source);
    }
    const dWhere = [directions.length > 1 ? `(${directions.join(" OR ")})` : directions[0]];
    if (sides.distinct) dWhere.push("d.source <> d.target");
    dyadRowWhere(filter, dWhere, dParams);
    where.push(`e.id IN (SELECT d.event_id FROM event_dyads d WHERE ${dWhere.join(" AND ")})`);
    params.push(...dParams);
  } else {
    const [actors, side] = source ? [source, "source"] : [target!, "target"];
    where.push(`e.id IN (SELECT event_id FROM event_actors WHERE side = ? AND actor IN (${list(actors)}))`);
    params.push(side, ...actors);
  }
}

/** The filters an event_dyads row holds (type, status, dates), added to a WHERE of table d. */
function dyadRowWhere(filter: EventFilter, where: string[], params: unknown[]): void {
  if (filter.type) {
    where.push("d.type = ?");
    params.push(filter.type.toUpperCase());
  }
  if (filter.status) {
    where.push("d.status = ?");
    params.push(filter.status);
  }
  statusesWhere(filter, where, params, "d");
  dateRange(where, params, filter, "d");
}

/** filter.statuses (any of them), added to a WHERE of `table`. */
function statusesWhere(filter: EventFilter, where: string[], params: unknown[], table: string): void {
  if (!filter.statuses) return;
  where.push(filter.statuses.length ? `${table}.status IN (${filter.statuses.map(() => "?").join(", ")})` : "0");
  params.push(...filter.statuses);
}

/** The filter "this actor on either side" (filter.party), added to a WHERE of table e. */
function partyWhere(filter: EventFilter, where: string[], params: unknown[]): void {
  if (!filter.party) return;
  where.push("e.id IN (SELECT event_id FROM event_actors WHERE actor = ?)");
  params.push(filter.party);
}

/** The filters on an event's own row (type, dates, status), added to a WHERE of table e. */
function eventRowWhere(filter: EventFilter, where: string[], params: unknown[]): void {
  if (filter.ids) {
    const ids = filter.ids.map(Number).filter((n) => Number.isSafeInteger(n));
    where.push(ids.length ? `e.id IN (${ids.map(() => "?").join(", ")})` : "0");
    params.push(...ids);
  }
  if (filter.type) {
    where.push("e.type = ?");
    params.push(filter.type.toUpperCase());
  }
  dateRange(where, params, filter);
  if (filter.status) {
    where.push("e.status = ?");
    params.push(filter.status);
  }
  statusesWhere(filter, where, params, "e");
  reportWhere(filter, where, params);
}

/** The filters on a quote's own row (speaker, the speaker's state, dates), added to a WHERE of
 * table q; for queryQuotes and countQuotes. */
function quoteRowWhere(filter: QuoteFilter, where: string[], params: unknown[]): void {
  if (filter.speaker && (filter.speakerId || filter.speaker.includes(":"))) {
    // an actor id ("person:sergei-lavrov"): no name holds a colon, so the speaker index alone answers
    where.push("q.speaker = ?");
    params.push(filter.speaker);
  } else if (filter.speaker) {
    where.push("(q.speaker = ? OR q.speaker_name LIKE ? ESCAPE '\\')");
    params.push(filter.speaker, `%${likeEscape(filter.speaker)}%`);
  }
  if (filter.state) {
    where.push("q.speaker IN (SELECT id FROM actors WHERE code = ? OR country = ?)");
    params.push(filter.state.toUpperCase(), filter.state.toUpperCase());
  }
  // q.published is its article's (kept with the quote, migration 7)
  if (filter.since) {
    where.push("q.published >= ?");
    params.push(sinceBound(filter.since));
  }
  if (filter.until) {
    where.push("q.published <= ?");
    params.push(untilBound(filter.until));
  }
}

/** What findActors matches, for its count. */
function actorWhere(filter: ActorFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.search) {
    where.push("(x.id = ? COLLATE NOCASE OR x.code = ? COLLATE NOCASE OR x.name LIKE ? ESCAPE '\\')");
    params.push(filter.search, filter.search, `%${likeEscape(filter.search)}%`);
  }
  if (filter.kind) {
    where.push("x.kind = ?");
    params.push(filter.kind);
  }
  return { where, params };
}

/** The WHERE of relation counts: the statuses counted, an actor on either side, the date range. */
function relationWhere(filter: RelationFilter): { where: string[]; params: unknown[] } {
  const statuses = filter.statuses?.length ? filter.statuses : DEFAULT_SERIES_STATUSES;
  const where = [`e.status IN (${statuses.map(() => "?").join(", ")})`];
  const params: unknown[] = [...statuses];
  if (filter.actor) {
    where.push("e.id IN (SELECT event_id FROM event_actors WHERE actor = ?)");
    params.push(filter.actor);
  }
  dateRange(where, params, filter);
  return { where, params };
}

/** The filters on an event's reports: an outlet that reported it, words of one report's sentence
 * (each a LIKE pattern: ASCII letters fold, as FTS and ClickHouse's lower() fold them here). A
 * report stored before its sentence was kept (migration 7) is read from its article's text. */
function reportWhere(filter: EventFilter, where: string[], params: unknown[]): void {
  if (filter.outlet) {
    where.push("e.id IN (SELECT es.event_id FROM event_sources es JOIN articles a ON a.id = es.article_id WHERE a.outlet = ? COLLATE NOCASE)");
    params.push(filter.outlet.trim());
  }
  const words = eventWords(filter.words);
  if (words.length) {
    const sentence = "COALESCE(es.sentence, substr(a.text, es.sentence_start + 1, es.sentence_end - es.sentence_start))";
    where.push(`e.id IN (SELECT es.event_id FROM event_sources es JOIN articles a ON a.id = es.article_id WHERE ${words.map(() => `${sentence} LIKE ? ESCAPE '\\'`).join(" AND ")})`);
    params.push(...words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  }
}
