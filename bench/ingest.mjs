// Benchmark: `dyad ingest` into a fresh SQLite store, twice, for each worker count asked for. The
// first run extracts and stores the first N articles of a corpus; the second run over the same
// input must find every article already stored and do almost nothing. Workers 1: one engine on the
// main thread; N > 1: a pool of N engines in worker threads (as `dyad ingest --workers N`), the main
// thread writing. Before the runs, the pool's start-up (each worker loads wink-nlp and the
// dictionaries) and its memory are measured on their own.
// Run after the build: `npm run build && node bench/ingest.mjs [--limit N] [--file PATH] [--batch N] [--workers 1,2] [--keep]`.
// Needs the corpus ../shared/corpus/intl-politics-2012-2020.jsonl beside the repo, or --file PATH;
// without it, it says so and exits 2. Otherwise it reports, it never fails: the exit code is 0
// whatever the figures.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { CORPUS, requireInput } from "./_inputs.mjs";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const { values: args } = parseArgs({
  options: {
    file: { type: "string", default: CORPUS },
    limit: { type: "string", default: "2000" },
    batch: { type: "string", default: "200" },
    workers: { type: "string", default: "1,2" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log("node bench/ingest.mjs [--file ARTICLES.jsonl (../shared/corpus/intl-politics-2012-2020.jsonl)] [--limit N (2000)] [--batch N (200)] [--workers LIST (1,2)] [--keep (keep the stores)]");
  process.exit(0);
}
const limit = Number.parseInt(args.limit, 10);
const batchSize = Number.parseInt(args.batch, 10);
const workerCounts = args.workers.split(",").map((w) => Number.parseInt(w, 10));
if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(batchSize) || batchSize < 1 || workerCounts.some((w) => !Number.isInteger(w) || w < 1)) {
  console.error("bench: --limit, --batch and each of --workers are positive whole numbers");
  process.exit(2);
}

requireInput(resolve(args.file), { what: "a JSON-lines corpus (../shared/corpus beside the repo by default)", flag: "--file", alternative: "examples/demo/articles.jsonl has 39 articles" });

let dyad;
try {
  dyad = await import("../dist/index.js");
} catch (e) {
  console.error(`bench: cannot load ../dist/index.js (${e.message}); run \`npm run build\` first`);
  process.exit(2);
}

const file = resolve(args.file);

/** The first `limit` lines of the corpus as source items, read as `dyad ingest` reads a .jsonl file. */
async function* firstArticles() {
  let n = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      n++;
      const where = `${basename(file)}:${n}`;
      try {
        const rec = JSON.parse(line);
        yield { article: { ...rec, id: String(rec.id ?? `line-${n}`) }, where };
      } catch (e) {
        yield { error: new dyad.DyadError("E_NOT_JSON", e.message, { where }), where };
      }
      if (n >= limit) break;
    }
  } finally {
    lines.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), "dyad-bench-ingest-"));

/** Start-up and memory of a pool of `workers` engines: each worker extracts one short article. */
async function poolStartup(workers) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const t = performance.now();
  const pool = dyad.createEnginePool({ workers });
  await Promise.all(Array.from({ length: workers }, (_, i) => pool.extract({ id: `warm-${i}`, text: "Russia and Iran signed a treaty on Friday." })));
  const seconds = (performance.now() - t) / 1000;
  const rss = process.memoryUsage().rss - before;
  await pool.close();
  return { seconds, rssPerWorker: rss / workers };
}

async function run(label, workers, dbPath) {
  const store = dyad.openSqliteStore(dbPath);
  await store.migrate();
  let engine = null;
  let pool = null;
  let engineSeconds = 0;
  let extractSeconds = 0;
  let storeSeconds = 0;
  const timedStore = {
    ...store,
    async putDocuments(docs) {
      const t = performance.now();
      try {
        return await store.putDocuments(docs);
      } finally {
        storeSeconds += (performance.now() - t) / 1000;
      }
    },
  };
  const inProcess = (article) => {
    if (!engine) {
      const t = performance.now();
      engine = dyad.createEngine();
      engineSeconds = (performance.now() - t) / 1000;
    }
    const t = performance.now();
    try {
      return engine.extract(article);
    } finally {
      extractSeconds += (performance.now() - t) / 1000;
    }
  };
  // the pool is started on the first article that needs extracting, as `dyad ingest` does
  // the same articles in flight, and sent ahead to each worker, as `dyad ingest --workers N`
  const window = dyad.ingestWindow(workers, batchSize);
  const pooled = (article) => (pool ??= dyad.createEnginePool({ workers, tasksPerWorker: window.tasksPerWorker })).extract(article);
  const t0 = performance.now();
  let s;
  try {
    s = await dyad.ingest(firstArticles(), { store: timedStore, extract: workers > 1 ? pooled : inProcess, concurrency: workers > 1 ? window.concurrency : 1, batchSize });
  } finally {
    await pool?.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  const counts = await store.counts();
  await store.close();
  const size = statSync(dbPath).size + (statSync(dbPath + "-wal", { throwIfNoEntry: false })?.size ?? 0);
  return { label, workers, seconds, engineSeconds, extractSeconds, storeSeconds, summary: s, counts, size };
}

const results = [];
const startups = [];
for (const workers of workerCounts) {
  if (workers > 1) startups.push({ workers, ...(await poolStartup(workers)) });
  const dbPath = join(dir, `bench-w${workers}.db`);
  const first = await run("first", workers, dbPath);
  const again = await run("again", workers, dbPath);
  results.push({ workers, dbPath, first, again });
}

const cpu = (r) => (r.workers > 1 ? "-" : r.extractSeconds.toFixed(2));
const rows = [
  ["workers", "run", "read", "stored", "dups", "failed", "events", "merged", "quotes", "seconds", "articles/s", "engine s", "extract s", "store s"],
  ...results.flatMap(({ first, again }) =>
    [first, again].map((r) =>
      [
        String(r.workers),
        r.label,
        r.summary.read,
        r.summary.stored,
        r.summary.duplicates,
        r.summary.failed,
        r.summary.events,
        r.summary.merged,
        r.summary.quotes,
        r.seconds.toFixed(2),
        (r.summary.read / r.seconds).toFixed(1),
        r.workers > 1 ? "-" : r.engineSeconds.toFixed(2),
        cpu(r),
        r.storeSeconds.toFixed(2),
      ].map(String),
    ),
  ),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i <= 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`dyad ingest bench: first ${limit} articles of ${basename(file)} into a fresh SQLite store per worker count (batch ${batchSize}); Node ${process.version}, ${availableParallelism()} cores (shared: other processes may take some)`);
console.log("");
console.log(line(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows.slice(1)) console.log(line(r));
console.log("");
for (const s of startups) console.log(`pool of ${s.workers}: start-up (each worker loads wink-nlp and the dictionaries, in parallel) ${s.seconds.toFixed(2)} s; memory ≈ ${(s.rssPerWorker / 1e6).toFixed(0)} MB resident per worker`);
for (const { workers, first, again } of results) {
  const target = first.seconds <= 60 && again.seconds <= 10 ? "within" : "outside";
  console.log(
    `workers ${workers}: ${again.counts.articles} articles, ${again.counts.actors} actors, ${again.counts.events} events (${again.counts.eventSources} reports), ${again.counts.quotes} quotes; ${(again.size / 1e6).toFixed(1)} MB; ` +
      `the second run added ${again.counts.articles - first.counts.articles} articles and ${again.counts.events - first.counts.events} events; ${target} the targets (first ≤ 60 s, again ≤ 10 s)`,
  );
  if (first.summary.failed) {
    const codes = new Map();
    for (const f of first.summary.failures) codes.set(f.error.code, (codes.get(f.error.code) ?? 0) + 1);
    console.log(`  failed: ${[...codes].map(([c, n]) => `${c} ×${n}`).join(", ")}`);
  }
}
if (results.length > 1) {
  const [a, b] = results;
  console.log(`speed-up of ${b.workers} workers over ${a.workers}: ×${(a.first.seconds / b.first.seconds).toFixed(2)} on the first run`);
}
if (args.keep) console.log(`stores kept: ${results.map((r) => r.dbPath).join(", ")}`);
else rmSync(dir, { recursive: true, force: true });
