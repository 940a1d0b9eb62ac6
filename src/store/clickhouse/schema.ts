// The ClickHouse schema: one ReplacingMergeTree table per kind of row, so that writing the same
// row twice (a retried batch) leaves one after de-duplication (reads use FINAL). On a cluster each
// server holds a local table (NAME_local) and a Distributed table NAME over them; the sharding key
// is part of the sorting key, so copies of a row always land on the same shard, where FINAL can
// merge them. An article's rows (its mentions, actors, quotes) share a shard; an event's sources
// share their event's shard. Every statement is idempotent (IF NOT EXISTS): migrate() runs them
// all, on every server (no ON CLUSTER: that needs ZooKeeper).
import { sqlIdent } from "./sql-literal.js";

interface TableSpec {
  name: string;
  columns: string;
  engine: string;
  orderBy: string;
  /** the Distributed table's sharding expression */
  shardBy: string;
}

/** Raised when the schema changes: stored in dyad_schema so that a reader can tell a dyad store. */
export const SCHEMA_VERSION = 5;

// schema version 5: articles.ingested, the UTC time its batch was written (GDELT's DATEADDED), and
// on each report (event_sources) its article's `added` time and `lead`: 1 when its sentence starts
// in the article's lead paragraph (GDELT's IsRootEvent), 0 when not; rows written before version 5
// have '' and -1 (not kept). Not Nullable: argMin over the first report reads them as they are.
const TABLES: TableSpec[] = [
  {
    name: "articles",
    // story: the text hash of the story's first stored article (store/near-copies.ts), fixed when
    // written; an article stored before schema version 2 is a story of its own (the DEFAULT)
    columns: `seq UInt64, hash String, doc_id String, url Nullable(String), url_key String, published Nullable(String),
      outlet Nullable(String), title Nullable(String), text String, words Array(String), stems Array(String),
      byline Nullable(String), story String DEFAULT hash, ingested String DEFAULT ''`,
    engine: "ReplacingMergeTree",
    orderBy: "hash",
    shardBy: "cityHash64(hash)",
  },
  {
    name: "actors",
    columns: "id String, kind String, name String, code Nullable(String), country Nullable(String), sector Nullable(String)",
    engine: "ReplacingMergeTree",
    orderBy: "id",
    shardBy: "cityHash64(id)",
  },
  {
    // with the article's id, date and outlet, so that roles over time need no join
    name: "article_actors",
    columns: `article_hash String, article_seq UInt64, doc_id String, published Nullable(String), outlet Nullable(String),
      actor_id String, role Nullable(String), description Nullable(String), mentions UInt32, headline UInt8`,
    engine: "ReplacingMergeTree",
    orderBy: "(article_hash, actor_id)",
    shardBy: "cityHash64(article_hash)",
  },
  {
    name: "mentions",
    columns: "article_hash String, actor_id String, span_start UInt32, span_end UInt32, rule String, headline UInt8",
    engine: "ReplacingMergeTree",
    orderBy: "(article_hash, span_start, actor_id)",
    shardBy: "cityHash64(article_hash)",
  },
  {
    // one row per merged event; a merge writes a new version of it (status, actors on each side)
    name: "events",
    columns: `id UInt64, type String, cameo Nullable(String), status String, date Nullable(String), day Nullable(Int32),
      month Nullable(String), source_key String, target_key String, source_actors Array(String), target_actors Array(String),
      location Nullable(String), version UInt64`,
    engine: "ReplacingMergeTree(version)",
    orderBy: "id",
    shardBy: "cityHash64(id)",
  },
  {
    // one row per (event, reporting article), with the sentence that reports it
    name: "event_sources",
    columns: `event_id UInt64, article_hash String, article_seq UInt64, doc_id String, url Nullable(String), status String,
      date Nullable(String), trigger String, rule String, sentence_start UInt32, sentence_end UInt32, sentence String, headline UInt8,
      trigger_start Nullable(UInt32), trigger_end Nullable(UInt32), story String DEFAULT article_hash, added String DEFAULT '', lead Int8 DEFAULT -1`,
    engine: "ReplacingMergeTree",
    orderBy: "(event_id, article_hash)",
    shardBy: "cityHash64(event_id)",
  },
  {
    // n: the quote's place in its article, so that a rewritten article replaces its quotes
    name: "quotes",
    columns: `id UInt64, article_hash String, n UInt32, doc_id String, published Nullable(String), outlet Nullable(String),
      url Nullable(String), speaker Nullable(String), speaker_name Nullable(String), kind String, text String, cue Nullable(String),
      via Nullable(String), span_start UInt32, span_end UInt32, rule String, headline UInt8, words Array(String), stems Array(String)`,
    engine: "ReplacingMergeTree",
    orderBy: "(article_hash, n)",
    shardBy: "cityHash64(article_hash)",
  },
  {
    // one row per LSH band key of each stored article's MinHash signature, with the article's story
    // and signature, so that the near-copies of a new article are found by one look-up of its keys
    // (no join); read without FINAL: a row written twice names the same article
    name: "story_bands",
    columns: "band UInt64, article_seq UInt64, story String, minhash Array(UInt32)",
    engine: "ReplacingMergeTree",
    orderBy: "(band, article_seq)",
    shardBy: "cityHash64(band)",
  },
  {
    // what `dyad watch` remembers of each feed (store/feed-state.ts); each poll writes a new
    // version (milliseconds since 1970, then counted on), and a read takes the newest
    name: "feed_state",
    columns: `url String, etag Nullable(String), last_modified Nullable(String), checked_at String, status Nullable(UInt16),
      error Nullable(String), version UInt64`,
    engine: "ReplacingMergeTree(version)",
    orderBy: "url",
    shardBy: "cityHash64(url)",
  },
  // watch rules and alerts (store/alert-store.ts; schema version 4). ClickHouse has no UPDATE or
  // DELETE to speak of, so each is append-only: removing a rule writes a newer version of its row
  // marked removed; an alert is written once under its id (rule, key: ReplacingMergeTree folds a
  // retried write); "seen" is a row of alert_seen, added later, never a change to the alert's row
  {
    name: "alert_rules",
    columns: "name String, id String, rule String, created String, removed UInt8, version UInt64",
    engine: "ReplacingMergeTree(version)",
    orderBy: "name",
    shardBy: "cityHash64(name)",
  },
  {
    name: "alerts",
    columns: "id String, rule_id String, rule_name String, kind String, key String, created String, body String",
    engine: "ReplacingMergeTree",
    orderBy: "id",
    shardBy: "cityHash64(id)",
  },
  {
    name: "alert_seen",
    columns: "alert_id String, seen String",
    engine: "ReplacingMergeTree",
    orderBy: "alert_id",
    shardBy: "cityHash64(alert_id)",
  },
];

/** The columns that FINAL merges on: 18.16 fails a FINAL read through a Distributed table with an
 * ORDER BY or LIMIT ("Cannot find column version in source stream") unless the query reads them. */
export const FINAL_COLUMNS: Record<string, string[]> = Object.fromEntries(
  TABLES.map((t) => [t.name, [...t.orderBy.replace(/[()]/g, "").split(",").map((c) => c.trim()), ...(/\((\w+)\)$/.exec(t.engine)?.slice(1) ?? [])]]),
);

/** Each table's columns as "name type [DEFAULT expr]", split at the commas between columns. */
function columnsOf(spec: TableSpec): { name: string; definition: string }[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of spec.columns.replace(/\s+/g, " ")) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out.map((definition) => ({ name: definition.split(" ")[0], definition }));
}

/** What brings one server's tables of an older schema up to date: ADD COLUMN for each column a
 * table lacks, given the columns each table has (system.columns). 18.16 knows no ADD COLUMN IF
 * NOT EXISTS, so the missing ones are listed first. The local table first, then its Distributed one. */
export function upgradeStatements(database: string, cluster: string | null, existing: { table: string; name: string }[]): string[] {
  const db = sqlIdent(database);
  const have = new Set(existing.map((c) => `${c.table}.${c.name}`));
  const tables = new Set(existing.map((c) => c.table));
  const out: string[] = [];
  for (const t of TABLES) {
    for (const table of cluster ? [`${t.name}_local`, t.name] : [t.name]) {
      // a table created just now by schemaStatements has every column
      if (!tables.has(table)) continue;
      for (const c of columnsOf(t)) if (!have.has(`${table}.${c.name}`)) out.push(`ALTER TABLE ${db}.${table} ADD COLUMN ${c.definition}`);
    }
  }
  return out;
}

/** The statements that create the schema on one server, in order. `cluster` null: one server,
 * plain tables under their own names. */
export function schemaStatements(database: string, cluster: string | null): string[] {
  const db = sqlIdent(database);
  const out = [`CREATE DATABASE IF NOT EXISTS ${db}`];
  for (const t of TABLES) {
    const local = cluster ? `${t.name}_local` : t.name;
    out.push(`CREATE TABLE IF NOT EXISTS ${db}.${local} (${t.columns.replace(/\s+/g, " ")}) ENGINE = ${t.engine} ORDER BY ${t.orderBy}`);
    if (cluster) out.push(`CREATE TABLE IF NOT EXISTS ${db}.${t.name} AS ${db}.${local} ENGINE = Distributed(${sqlIdent(cluster)}, ${db}, ${local}, ${t.shardBy})`);
  }
  // local on each server: says that this database is a dyad store, and at which schema version
  out.push(`CREATE TABLE IF NOT EXISTS ${db}.dyad_schema (version UInt32) ENGINE = ReplacingMergeTree ORDER BY version`);
  return out;
}
