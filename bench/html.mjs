// HTML main-text quality and speed over the Scrapinghub article-extraction benchmark
// (../shared/fixtures/html/scrapinghub-article-extraction-benchmark): for each page, our text vs
// the ground-truth articleBody. Prints the benchmark's own metric (its evaluate.py: \w+ tokens,
// 4-gram shingles, per-page normalised counts, F1 of mean precision and mean recall) and the mean
// per-page F1 of lower-case word tokens (bag of words), then pages/s of htmlToArticle alone: the
// best of --runs timed passes, as wall-clock and as CPU time (CPU time is the steadier figure on a
// shared machine); then pages/s of the reader `dyad ingest` uses, files from disk, in one thread and with
// --workers N on the engine pool's N worker threads.
// Usage: node bench/html.mjs [--dir PATH] [--verbose] [--runs N] [--workers N]
// (run `npx tsc` first: it loads dist/)
// Needs the benchmark (its ground-truth.json and html/) in ../shared beside the repo, or --dir PATH;
// without it, it says so and exits 2. test/fixtures/html/scrapinghub-article-extraction-benchmark
// holds three of its pages, enough to try it.
import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { repo, requireInput } from "./_inputs.mjs";

const USAGE = "node bench/html.mjs [--dir PATH (../shared/fixtures/html/scrapinghub-article-extraction-benchmark)] [--verbose] [--runs N (3)] [--workers N (0)]";
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const dirArg = args.indexOf("--dir");
if (dirArg >= 0 && !args[dirArg + 1]) {
  console.error(`bench: --dir needs a path; ${USAGE}`);
  process.exit(2);
}
const dir = requireInput(dirArg >= 0 ? resolve(args[dirArg + 1]) : join(repo, "..", "shared", "fixtures", "html", "scrapinghub-article-extraction-benchmark"), {
  what: "the Scrapinghub article-extraction benchmark (ground-truth.json and html/*.html.gz)",
  flag: "--dir",
  needs: ["ground-truth.json", "html"],
  alternative: "test/fixtures/html/scrapinghub-article-extraction-benchmark has 3 of its pages",
});
let htmlToArticle, readSources, createEnginePool;
try {
  ({ htmlToArticle } = await import("../dist/sources/read-html.js"));
  ({ readSources } = await import("../dist/sources/read-sources.js"));
  ({ createEnginePool } = await import("../dist/engine-pool.js"));
} catch (e) {
  console.error(`bench: cannot load ../dist (${e.message}); run \`npm run build\` first`);
  process.exit(2);
}
const verbose = args.includes("--verbose");
const num = (flag, dflt) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : dflt);
const runs = num("--runs", 3);
const workers = num("--workers", 0);

try {
  await main();
} catch (e) {
  // a page or the pool that fails: one line, not a stack
  console.error(`bench: ${e.message}`);
  process.exit(1);
}

async function main() {
const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
const pages = readdirSync(join(dir, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .map((f) => ({ id: f.replace(/\.html\.gz$/, ""), html: gunzipSync(readFileSync(join(dir, "html", f))).toString("utf8") }));

function tokens(text) {
  return (text ?? "").match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Per-page precision/recall over multisets of items, as evaluate.py's string_shingle_matching. */
function prf(trueItems, predItems) {
  const count = (xs) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
  const t = count(trueItems), p = count(predItems);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(k) ?? 0, b = p.get(k) ?? 0;
    tp += Math.min(a, b); fp += Math.max(0, b - a); fn += Math.max(0, a - b);
  }
  const precision = fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, hasPred: tp + fp > 0, hasTrue: tp + fn > 0 };
}
const shingles = (text) => {
  const t = tokens(text), out = [];
  for (let i = 0; i < Math.max(1, t.length - 3); i++) { const s = t.slice(i, i + 4); if (s.length) out.push(s.join("\u0001")); }
  return out;
};

// warm-up, then time extraction alone, best of `runs` passes
for (const p of pages.slice(0, 10)) { try { htmlToArticle(p.html, { id: p.id }); } catch {} }
const outputs = new Map();
let failures = 0, seconds = Infinity, cpuSeconds = Infinity;
for (let r = 0; r < runs; r++) {
  failures = 0;
  const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
  for (const p of pages) {
    try { outputs.set(p.id, htmlToArticle(p.html, { id: p.id, url: truth[p.id]?.url }).text); }
    catch { outputs.set(p.id, ""); failures++; }
  }
  const c = process.cpuUsage(c0);
  seconds = Math.min(seconds, Number(process.hrtime.bigint() - t0) / 1e9);
  cpuSeconds = Math.min(cpuSeconds, (c.user + c.system) / 1e6);
}

const sh = [], bag = [];
for (const p of pages) {
  const gold = truth[p.id]?.articleBody ?? "", ours = outputs.get(p.id);
  sh.push(prf(shingles(gold), shingles(ours)));
  const b = prf(tokens(gold.toLowerCase()), tokens(ours.toLowerCase()));
  bag.push(b);
  if (verbose) console.log(`${b.f1.toFixed(3)}  ${p.id}  ${truth[p.id]?.url ?? ""}`);
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const P = mean(sh.filter((x) => x.hasPred).map((x) => x.precision)), R = mean(sh.filter((x) => x.hasTrue).map((x) => x.recall));
console.log(`pages: ${pages.length}  no article: ${failures}`);
console.log(`token F1 (lower-case word tokens, mean per page): ${mean(bag.map((x) => x.f1)).toFixed(3)}  (P ${mean(bag.map((x) => x.precision)).toFixed(3)}, R ${mean(bag.map((x) => x.recall)).toFixed(3)})`);
console.log(`benchmark F1 (evaluate.py: 4-gram shingles): ${((2 * P * R) / (P + R)).toFixed(3)}  (P ${P.toFixed(3)}, R ${R.toFixed(3)})`);
const bytes = pages.reduce((a, p) => a + p.html.length, 0);
console.log(`speed, one thread (best of ${runs}): ${(pages.length / seconds).toFixed(0)} pages/s wall-clock (${((seconds / pages.length) * 1000).toFixed(1)} ms/page), ${(pages.length / cpuSeconds).toFixed(0)} pages/s of CPU time (${((cpuSeconds / pages.length) * 1000).toFixed(1)} ms/page); ${(bytes / 1e6 / seconds).toFixed(1)} MB/s of HTML`);
// The path `dyad ingest` takes: the files read from disk (gunzipped, decoded) by readSources, in
// this thread, and with --workers N on the engine pool's workers (engine-pool.ts readPage), N × 4
// pages read ahead, items in input order.
const htmlDir = join(dir, "html");
async function readAll(options) {
  let n = 0;
  for await (const item of readSources([htmlDir], {}, options)) if ("article" in item) n++;
  return n;
}
{
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    await readAll({});
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  console.log(`speed, dyad ingest's reader in one thread (files from disk, best of ${runs}): ${(pages.length / best).toFixed(0)} pages/s wall-clock`);
}
if (workers > 0) {
  const pool = createEnginePool({ workers });
  try {
    const options = { readPage: (page) => pool.readPage(page), readAhead: workers * 4 };
    // a first pass starts the threads and compiles their code, as the one-thread figure's warm-up does
    await readAll(options);
    let best = Infinity, n = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      n = await readAll(options);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    }
    console.log(`speed, dyad ingest's reader on ${workers} pool workers (files from disk, best of ${runs}): ${(pages.length / best).toFixed(0)} pages/s wall-clock (${n} articles)`);
  } finally {
    await pool.close();
  }
}
}
