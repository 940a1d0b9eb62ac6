// Benchmark: `dyad ingest` into a fresh SQLite store, twice. The first run extracts and stores the
// first N articles of a corpus; the second run over the same input must find every article
// already stored and do almost nothing. One engine, in-process, one thread (no worker pool yet).
// Run after the build: `npm run build && node bench/ingest.mjs [--limit N] [--file PATH] [--batch N] [--keep]`.
// It reports, it never fails: the exit code is 0 whatever the figures.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    file: { type: "string", default: join(repo, "..", "shared", "corpus", "intl-politics-2012-2020.jsonl") },
    limit: { type: "string", default: "2000" },
    batch: { type: "string", default: "200" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log("node bench/ingest.mjs [--file ARTICLES.jsonl] [--limit N (2000)] [--batch N (200)] [--keep (keep the store)]");
  process.exit(0);
}
const limit = Number.parseInt(args.limit, 10);
const batchSize = Number.parseInt(args.batch, 10);
if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(batchSize) || batchSize < 1) {
  console.error("bench: --limit and --batch are positive whole numbers");
  process.exit(2);
}

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
const dbPath = join(dir, "bench.db");

async function run(label) {
  const store = dyad.openSqliteStore(dbPath);
  await store.migrate();
  let engine = null;
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
  const extract = (article) => {
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
  const t0 = performance.now();
  const s = await dyad.ingest(firstArticles(), { store: timedStore, extract, batchSize });
  const seconds = (performance.now() - t0) / 1000;
  const counts = await store.counts();
  await store.close();
  return { label, seconds, engineSeconds, extractSeconds, storeSeconds, summary: s, counts };
}

const first = await run("first");
const second = await run("again");
const size = statSync(dbPath).size + (statSync(dbPath + "-wal", { throwIfNoEntry: false })?.size ?? 0);

const rows = [
  ["run", "read", "stored", "dups", "failed", "events", "merged", "quotes", "seconds", "articles/s", "engine s", "extract s", "store s"],
  ...[first, second].map((r) => [
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
    r.engineSeconds.toFixed(2),
    r.extractSeconds.toFixed(2),
    r.storeSeconds.toFixed(2),
  ].map(String)),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`dyad ingest bench: first ${limit} articles of ${basename(file)} into a fresh SQLite store (batch ${batchSize}); Node ${process.version}, one thread`);
console.log("");
console.log(line(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows.slice(1)) console.log(line(r));
console.log("");
console.log(`store after both runs: ${second.counts.articles} articles, ${second.counts.actors} actors, ${second.counts.events} events (${second.counts.eventSources} reports), ${second.counts.quotes} quotes; ${(size / 1e6).toFixed(1)} MB`);
console.log(`second run added ${second.counts.articles - first.counts.articles} articles and ${second.counts.events - first.counts.events} events`);
if (first.summary.failed) {
  const codes = new Map();
  for (const f of first.summary.failures) codes.set(f.error.code, (codes.get(f.error.code) ?? 0) + 1);
  console.log(`failed: ${[...codes].map(([c, n]) => `${c} ×${n}`).join(", ")}`);
}
if (args.keep) console.log(`store kept at ${dbPath}`);
else rmSync(dir, { recursive: true, force: true });
