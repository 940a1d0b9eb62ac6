// What a SQLite store holds, without its row ids and in no particular order: every table's rows
// with ids replaced by what they stand for (an article by its doc id, an event by its type, dyad
// and date), each table sorted. Two stores that hold the same data give equal dumps, whatever
// order, process or run wrote them in; used to compare concurrent and interrupted ingests with a
// clean single run.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export const bin = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));
export const demo = fileURLToPath(new URL("../../examples/demo/articles.jsonl", import.meta.url));

export type Dump = Record<string, string[]>;

const EVENT = "e.type || '|' || e.source_key || '>' || e.target_key || '|' || coalesce(e.date, '-')";

const TABLES: Record<string, string> = {
  // a story is named after its first stored article: it stands here by its articles
  articles: `SELECT a.doc_id, a.text_hash, a.url_key, a.published, a.outlet, a.title, a.byline, length(a.text) AS chars,
                    (SELECT group_concat(doc_id, ' ') FROM (SELECT c.doc_id FROM articles c WHERE c.story = a.story ORDER BY c.doc_id)) AS story
             FROM articles a`,
  events: `SELECT ${EVENT} AS event, e.cameo, e.status, e.day, e.month, e.location, e.sources,
                  (SELECT group_concat(doc_id, ' ') FROM (SELECT a.doc_id FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id ORDER BY a.doc_id)) AS reports
           FROM events e`,
  event_sources: `SELECT a.doc_id, ${EVENT} AS event, s.status, s.date, s.trigger, s.rule, s.sentence_start, s.sentence_end, s.trigger_start, s.trigger_end, s.headline
                  FROM event_sources s JOIN articles a ON a.id = s.article_id JOIN events e ON e.id = s.event_id`,
  event_actors: `SELECT x.actor, x.side, ${EVENT} AS event FROM event_actors x JOIN events e ON e.id = x.event_id`,
  event_dyads: `SELECT d.source, d.target, d.type, d.status, d.date, ${EVENT} AS event FROM event_dyads d JOIN events e ON e.id = d.event_id`,
  quotes: "SELECT a.doc_id, q.speaker, q.speaker_name, q.kind, q.text, q.cue, q.via, q.span_start, q.span_end, q.rule, q.published FROM quotes q JOIN articles a ON a.id = q.article_id",
  actors: "SELECT id, kind, name, code, country, articles FROM actors",
  // apart: an actor keeps the sector of the first article that names it (RUS is GOV in "the Russian
  // government", none in "Russia"), so this one column depends on the order articles were stored in
  actor_sectors: "SELECT id, sector FROM actors",
  article_actors: "SELECT a.doc_id, x.actor_id, x.role, x.description, x.mentions, x.headline FROM article_actors x JOIN articles a ON a.id = x.article_id",
  mentions: "SELECT a.doc_id, m.actor_id, m.span_start, m.span_end, m.rule FROM mentions m JOIN articles a ON a.id = m.article_id",
  story_bands: "SELECT b.band, a.doc_id FROM story_bands b JOIN articles a ON a.id = b.article_id",
  store_counts: "SELECT articles, actors, events, event_sources, quotes FROM store_counts",
  fts: "SELECT (SELECT count(*) FROM articles_fts) AS articles, (SELECT count(*) FROM quotes_fts) AS quotes",
  schema_migrations: "SELECT version, name FROM schema_migrations",
};

export function dumpStore(path: string): Dump {
  const db = new Database(path, { readonly: true });
  try {
    const dump: Dump = {};
    for (const [name, sql] of Object.entries(TABLES)) dump[name] = (db.prepare(sql).all() as object[]).map((r) => JSON.stringify(r)).sort();
    return dump;
  } finally {
    db.close();
  }
}

/** The checks a store must pass after any interruption: SQLite's integrity check, and no article
 * without the rows a clean run gave it (its event reports, quotes, mentions; `expected` is a clean
 * run's dump). Returns the stored articles' doc ids. */
export function checkWhole(path: string, expected: Dump): { integrity: string; articles: string[]; partial: string[] } {
  const db = new Database(path, { readonly: true });
  let integrity: string;
  try {
    integrity = db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
  const got = dumpStore(path);
  const docOf = (row: string) => (JSON.parse(row) as { doc_id: string }).doc_id;
  const articles = got.articles.map(docOf);
  const perArticle = (d: Dump, doc: string) => ["event_sources", "quotes", "mentions", "article_actors"].map((t) => d[t].filter((r) => docOf(r) === doc).length).join(",");
  const partial = articles.filter((doc) => perArticle(got, doc) !== perArticle(expected, doc));
  return { integrity, articles, partial };
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** `dyad ingest` as a process of its own (the built code, as a user runs it). */
export function spawnIngest(args: string[]): { done: Promise<Run>; kill(signal: NodeJS.Signals): void } {
  const proc = spawn(process.execPath, [bin, "ingest", ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => proc.on("exit", (code, signal) => resolve({ code, signal, stderr })));
  return { done, kill: (signal) => proc.kill(signal) };
}

/** The demo articles in `copies` editions (each edition's text, id and URL made its own), written
 * as JSON lines to `path`; returns how many. */
export function writeEditions(path: string, copies: number): number {
  const lines = readFileSync(demo, "utf8").split("\n").filter((l) => l.trim());
  const out: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const line of lines) {
      const a = JSON.parse(line) as { id: string; text: string; url?: string };
      if (c > 0) {
        a.id = `${a.id}~${c}`;
        a.text = `${a.text}\n\nEdition ${c}.`;
        if (a.url) a.url = `${a.url.replace(/[?#].*$/, "")}/edition-${c}`;
      }
      out.push(JSON.stringify(a));
    }
  }
  writeFileSync(path, out.join("\n") + "\n");
  return out.length;
}
