// Benchmark: the read side at scale. Builds a SQLite store of 1,000,000 synthetic events once
// (cached in the temp folder between runs), then times `query dyad` (dyadSeries by month, for a
// frequent and a rare pair) and `query events` with every filter (actor + target + type + since +
// status, limit 100), through the store's own query methods, against a target of 100 ms.
//
// The store is built by a direct bulk path into the store's own schema (migrate() makes it; rows
// go in with prepared INSERTs in one transaction), not through putDocuments: one synthetic event
// per report, so merging would only cost time. The distribution: 200 actor codes with Zipf-like
// frequency (s = 1.1; a few real ISO codes first, the rest made up), source ≠ target, the 16 PLOVER
// types weighted as news reports them (many ASSAULT and CONSULT, few RETREAT), dates uniform over
// 2015-2024 (a tenth with a month only), statuses mostly "occurred", 1-3 reports per event from
// 200,000 articles, one event in five also naming a person on its source side. Articles have no
// text (the queries timed never read it) and no full-text rows.
// Run after the build: `npm run build && node bench/query.mjs [--events N] [--runs N] [--rebuild]`.
// It reports, it never fails: the exit code is 0 whatever the figures.
import { existsSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const TARGET_MS = 100;
// bump when the generator changes, so that a cached store is rebuilt
const GENERATOR = 2;

const { values: args } = parseArgs({
  options: {
    events: { type: "string", default: "1000000" },
    runs: { type: "string", default: "15" },
    rebuild: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log("node bench/query.mjs [--events N (1000000)] [--runs N (15)] [--rebuild (build the store again)]");
  process.exit(0);
}
const N = Number.parseInt(args.events, 10);
const RUNS = Number.parseInt(args.runs, 10);
if (!Number.isInteger(N) || N < 1000 || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error("bench: --events is a whole number ≥ 1000, --runs ≥ 1");
  process.exit(2);
}

let dyad;
try {
  dyad = await import("../dist/index.js");
} catch (e) {
  console.error(`bench: cannot load ../dist/index.js (${e.message}); run \`npm run build\` first`);
  process.exit(2);
}

// the seeded generator the blocs use (mulberry32), so that every build makes the same store
const { mulberry32: rng } = await import("../dist/query/blocs.js");

const REAL = ["USA", "RUS", "UKR", "CHN", "IRN", "ISR", "GBR", "FRA", "DEU", "TUR", "SYR", "PSE", "IND", "PAK", "PRK", "KOR", "JPN", "SAU", "IRQ", "AFG"];
const CODES = [...REAL, ...Array.from({ length: 200 - REAL.length }, (_, i) => `X${String(i).padStart(2, "0")}`)];
const TYPES = {
  ASSAULT: 14, CONSULT: 12, ACCUSE: 9, COOPERATE: 8, SUPPORT: 7, REQUEST: 7, AGREE: 6, AID: 5,
  COERCE: 5, SANCTION: 5, REJECT: 5, THREATEN: 4, PROTEST: 4, MOBILIZE: 3, CONCEDE: 3, RETREAT: 2,
};
const STATUSES = { occurred: 70, ongoing: 8, claimed: 8, planned: 7, denied: 3, hypothetical: 4 };
const ARTICLES = Math.max(1, Math.round(N / 5));

function sampler(weights, random) {
  const keys = Object.keys(weights);
  const cum = [];
  let total = 0;
  for (const k of keys) cum.push((total += weights[k]));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return keys[lo];
  };
}

const path = join(tmpdir(), `dyad-bench-query-${N}-g${GENERATOR}.db`);

async function build() {
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  const store = dyad.openSqliteStore(path);
  await store.migrate();
  const db = store.db;
  // a bulk load of a file that is rebuilt when anything goes wrong: a page cache big enough for
  // the indexes (else each random insert into them reads pages back), no syncing
  db.pragma("cache_size = -1500000");
  db.pragma("synchronous = OFF");
  const random = rng(42);
  const zipf = sampler(Object.fromEntries(CODES.map((c, i) => [c, 1 / (i + 1) ** 1.1])), random);
  const type = sampler(TYPES, random);
  const status = sampler(STATUSES, random);
  const from = Date.UTC(2015, 0, 1) / 86_400_000;
  const days = Date.UTC(2025, 0, 1) / 86_400_000 - from;
  const ins = {
    article: db.prepare("INSERT INTO articles (id, doc_id, url, url_key, text_hash, published, outlet, title, text, story) VALUES (?, ?, NULL, NULL, ?, ?, ?, NULL, '', ?)"),
    actor: db.prepare("INSERT INTO actors (id, kind, name, code) VALUES (?, ?, ?, ?)"),
    event: db.prepare("INSERT INTO events (id, type, cameo, status, date, day, month, source_key, target_key, location, sources) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?)"),
    eventActor: db.prepare("INSERT OR IGNORE INTO event_actors (actor, side, event_id) VALUES (?, ?, ?)"),
    source: db.prepare("INSERT OR IGNORE INTO event_sources (event_id, article_id, status, date, trigger, rule, sentence_start, sentence_end, headline) VALUES (?, ?, ?, ?, 'x', 'bench/synthetic', 0, 0, 0)"),
  };
  const t = performance.now();
  db.transaction(() => {
    for (const c of CODES) ins.actor.run(c, "country", c, c);
    for (let a = 1; a <= ARTICLES; a++) {
      const day = from + Math.floor(random() * days);
      const hash = `synthetic-${a}`;
      ins.article.run(a, `a${a}`, hash, new Date(day * 86_400_000).toISOString().slice(0, 10), `Outlet ${a % 50}`, hash);
    }
    for (let id = 1; id <= N; id++) {
      const src = zipf();
      let tgt = zipf();
      while (tgt === src) tgt = zipf();
      const day = from + Math.floor(random() * days);
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const monthOnly = random() < 0.1;
      const st = status();
      const reports = 1 + Math.floor(random() * random() * 3);
      ins.event.run(id, type(), st, monthOnly ? iso.slice(0, 7) : iso, monthOnly ? null : day, iso.slice(0, 7), src, tgt, reports);
      ins.eventActor.run(src, "source", id);
      ins.eventActor.run(tgt, "target", id);
      if (random() < 0.2) ins.eventActor.run(`person:leader-of-${src.toLowerCase()}`, "source", id);
      for (let r = 0; r < reports; r++) ins.source.run(id, 1 + Math.floor(random() * ARTICLES), st, iso);
    }
    // the pairs table the store fills as it writes (migration 3), filled here in one statement
    db.exec(`INSERT OR IGNORE INTO event_dyads (source, target, event_id, type, status, date, month)
SELECT s.actor, t.actor, e.id, e.type, e.status, e.date, e.month FROM events e
JOIN event_actors s ON s.event_id = e.id AND s.side = 'source' JOIN event_actors t ON t.event_id = e.id AND t.side = 'target'`);
    db.exec(`CREATE TABLE bench_meta (events INTEGER NOT NULL); INSERT INTO bench_meta VALUES (${N})`);
  })();
  db.pragma("optimize");
  db.exec("ANALYZE");
  const seconds = (performance.now() - t) / 1000;
  await store.close();
  return seconds;
}

function complete() {
  if (!existsSync(path)) return false;
  try {
    const store = dyad.openSqliteStore(path, { readonly: true });
    const ok = store.db.prepare("SELECT events FROM bench_meta").get()?.events === N;
    void store.close();
    return ok;
  } catch {
    return false;
  }
}

let built = null;
if (args.rebuild || !complete()) built = await build();

// the store as `dyad query` opens it (read-only), migrated first in case of new indexes; a cached
// store that cannot be migrated (made by another numbering of the migrations) is built again
async function migrateCached() {
  const w = dyad.openSqliteStore(path);
  const t = performance.now();
  const before = w.schemaVersion();
  w.db.pragma("cache_size = -1500000");
  try {
    await w.migrate();
  } finally {
    if (w.schemaVersion() !== before) {
      w.db.exec("ANALYZE");
      console.log(`cached store migrated from schema ${before} to ${w.schemaVersion()} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await w.close();
  }
}
try {
  await migrateCached();
} catch (e) {
  if (built !== null) throw e;
  console.log(`cached store at ${path} could not be migrated (${e.message}): building it again`);
  built = await build();
  await migrateCached();
}
const store = dyad.openSqliteStore(path, { readonly: true, mustExist: true });
const counts = await store.counts();

/** The most and a rarely reported pair of codes, from the store itself. */
const pairs = store.db
  .prepare("SELECT source_key AS a, target_key AS b, count(*) AS n FROM events GROUP BY source_key, target_key ORDER BY n DESC")
  .all();
const frequent = pairs[0];
const rare = pairs[Math.floor(pairs.length * 0.9)];

const cases = [
  { name: `dyad ${frequent.a}-${frequent.b} by month (frequent pair)`, run: () => store.dyadSeries(frequent.a, frequent.b, { by: "month" }) },
  { name: `dyad ${rare.a}-${rare.b} by month (rare pair)`, run: () => store.dyadSeries(rare.a, rare.b, { by: "month" }) },
  { name: `dyad ${frequent.a}→${frequent.b} 2020-2021, directed`, run: () => store.dyadSeries(frequent.a, frequent.b, { by: "month", directed: true, since: "2020", until: "2021" }) },
  {
    name: `events ${frequent.a}→${frequent.b} ASSAULT since 2019 occurred`,
    run: () => store.queryEvents({ actor: frequent.a, target: frequent.b, type: "ASSAULT", since: "2019", status: "occurred", limit: 100 }),
  },
  { name: `events ${rare.a}→${rare.b} CONSULT since 2016 occurred`, run: () => store.queryEvents({ actor: rare.a, target: rare.b, type: "CONSULT", since: "2016", status: "occurred", limit: 100 }) },
  { name: `events ${frequent.a}→* since 2024-06 claimed`, run: () => store.queryEvents({ actor: frequent.a, since: "2024-06", status: "claimed", limit: 100 }) },
  { name: `events *→${rare.b} RETREAT`, run: () => store.queryEvents({ target: rare.b, type: "RETREAT", limit: 100 }) },
  { name: "events, no filter, page 100 at offset 10,000", run: () => store.queryEvents({ limit: 100, offset: 10_000 }) },
];

const rows = [["query", "rows", "median ms", "p95 ms", "target"]];
for (const c of cases) {
  await c.run(); // warm-up: statements prepared, pages cached
  const ms = [];
  let n = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await c.run();
    ms.push(performance.now() - t);
    n = r.length;
  }
  ms.sort((x, y) => x - y);
  const median = ms[Math.floor((ms.length - 1) / 2)];
  const p95 = ms[Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)];
  rows.push([c.name, String(n), median.toFixed(1), p95.toFixed(1), p95 < TARGET_MS ? "ok" : "MISSED"]);
}
await store.close();

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
const size = statSync(path).size;
console.log(
  `dyad query bench: ${counts.events.toLocaleString("en")} synthetic events, ${counts.eventSources.toLocaleString("en")} reports, ${counts.articles.toLocaleString("en")} articles, ${CODES.length} actor codes; ` +
    `${(size / 1e6).toFixed(0)} MB at ${path} (${built === null ? "cached" : `built in ${built.toFixed(1)} s`}); ${RUNS} runs each after one warm-up; target p95 < ${TARGET_MS} ms; Node ${process.version}`,
);
console.log(`pairs: frequent ${frequent.a}→${frequent.b} (${frequent.n} events), rare ${rare.a}→${rare.b} (${rare.n} events)`);
console.log("");
console.log(line(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows.slice(1)) console.log(line(r));
