// Benchmark: reads while one large POST /api/ingest runs. Serves a store of the demo sample (dyad
// serve, its own process), POSTs N articles of about C characters each in one request (built from
// examples/demo/articles.jsonl, each a different rotation of its texts), and meanwhile sends one
// GET /api/stats at a time, every 100 ms, each with a URL of its own so that no answer comes from
// the cache. Prints the GET latencies before the POST (baseline) and during it, and the POST's own
// time and answer. Target: every GET during the POST under 1 s. It reports, it never fails.
// Run after the build: node bench/api-ingest.mjs [--articles 100] [--chars 290000]
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(repo, "bin", "dyad.js");
const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "100" },
    chars: { type: "string", default: "290000" },
    baseline: { type: "string", default: "3" },
  },
});
const n = Number(args.articles);
const chars = Number(args.chars);

const dir = mkdtempSync(join(tmpdir(), "dyad-bench-api-ingest-"));
const db = join(dir, "bench.db");
const demo = join(repo, "examples", "demo", "articles.jsonl");
const filled = spawnSync(process.execPath, [bin, "ingest", demo, "--db", db], { encoding: "utf8" });
if (filled.status !== 0) {
  console.error(filled.stderr);
  process.exit(1);
}

const texts = readFileSync(demo, "utf8").trim().split("\n").map((l) => JSON.parse(l).text);
const articles = Array.from({ length: n }, (_, i) => {
  let text = `Bench article ${i}.\n\n`;
  for (let k = 0; text.length < chars; k++) text += texts[(i + k) % texts.length] + "\n\n";
  return { id: `bench-${i}`, text: text.slice(0, chars), published: "2025-01-17", outlet: "Bench" };
});
const body = JSON.stringify({ articles });

const server = spawn(process.execPath, [bin, "serve", "--db", db, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    const m = /listening on (http:\/\/\S+\/) /.exec(out);
    if (m) resolve(m[1]);
  });
  server.on("exit", (code) => reject(new Error(`dyad serve exited ${code}`)));
});

let probe = 0;
async function timedGet() {
  const t = performance.now();
  const r = await fetch(`${url}api/stats?probe=${probe++}`);
  await r.text();
  if (r.status !== 200) throw new Error(`GET /api/stats: ${r.status}`);
  return performance.now() - t;
}
/** One GET at a time, each at least 100 ms after the last began, until `until()` is true. */
async function sample(until) {
  const ms = [];
  while (!until()) {
    const started = performance.now();
    ms.push(await timedGet());
    const wait = 100 - (performance.now() - started);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return ms;
}
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const show = (name, xs) =>
  console.log(`${name}: ${xs.length} GETs, p50 ${pct(xs, 50).toFixed(1)} ms, p90 ${pct(xs, 90).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`);

console.log(`${cpus().length} cores; POST of ${n} articles of ${chars} characters (${(body.length / 1e6).toFixed(1)} MB)`);
const baseEnd = performance.now() + Number(args.baseline) * 1000;
show("before the POST", await sample(() => performance.now() > baseEnd));

let done = false;
const t0 = performance.now();
const post = fetch(`${url}api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body }).then(async (r) => {
  const answer = await r.json();
  done = true;
  return { status: r.status, answer, ms: performance.now() - t0 };
});
const during = await sample(() => done);
const { status, answer, ms } = await post;
show("during the POST", during);
console.log(`POST: ${status} in ${(ms / 1000).toFixed(1)} s: stored ${answer.stored}, duplicates ${answer.duplicates}, failed ${answer.failed}, events ${answer.events}`);
console.log(`GETs over 1 s during the POST: ${during.filter((x) => x > 1000).length}`);
server.kill("SIGTERM");
await new Promise((r) => server.on("exit", r));
rmSync(dir, { recursive: true, force: true });
