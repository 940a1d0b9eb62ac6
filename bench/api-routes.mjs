// Benchmark: the CPU each GET route of the JSON API costs, route by route, in one process (no
// HTTP socket: Fastify's inject), over a SQLite store. Each route of bench/api.mjs's mix is asked
// `--requests` times with varied parameters; the aggregate cache is bypassed (a fresh app per
// round, "cold") and used ("warm"), so that the table says what a request costs when the
// whole-store aggregates must be recomputed (after a write) and when they need not.
// Run after the build: node bench/api-routes.mjs --db STORE [--requests N]
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({ options: { db: { type: "string" }, requests: { type: "string", default: "200" }, seed: { type: "string", default: "1" } } });
if (!args.db) {
  console.error("node bench/api-routes.mjs --db STORE [--requests N (200)]");
  process.exit(2);
}
// a SQLite file must exist (opened read-only); a clickhouse:// URL is the server's to answer
if (!/^clickhouse:\/\//.test(args.db) && !existsSync(args.db)) {
  console.error(`bench: needs a store made by dyad ingest, and ${args.db} is missing: pass --db PATH`);
  process.exit(2);
}
const { openStore } = await import(join(repo, "dist", "store", "open-store.js"));
const { buildApp } = await import(join(repo, "dist", "api", "build-app.js"));
const store = openStore(args.db, { readonly: true });
const n = Number(args.requests);

// a seeded generator, so that two runs (before and after a change) ask the same things
let s = Number(args.seed) >>> 0;
const random = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const e = encodeURIComponent;

let app = await buildApp({ store, uiDir: null });
const json = async (url) => (await app.inject({ url })).json();
const articles = (await json("/api/articles?limit=200")).items.map((a) => a.id);
const countries = (await json("/api/actors?kind=country&limit=30")).items.map((a) => a.code ?? a.id);
const persons = (await json("/api/actors?kind=person&limit=30")).items.map((a) => a.id);
const words = ["treaty", "sanctions", "missile", "election", "talks", "nuclear", "border", "refugees", "ceasefire", "embassy"];
const types = ["AGREE", "ASSAULT", "CONSULT", "ACCUSE", "THREATEN", "AID", "SANCTION"];
// the mix of bench/api.mjs, with its weights
const routes = [
  ["article", 10, () => `/api/articles/${e(pick(articles))}`],
  ["events actor", 10, () => `/api/events?limit=50&actor=${pick(countries)}`],
  ["events type", 8, () => `/api/events?limit=50&type=${pick(types)}&offset=${Math.floor(random() * 5) * 50}`],
  ["quotes search", 8, () => `/api/quotes?limit=50&search=${pick(words)}`],
  ["quotes speaker", 6, () => `/api/quotes?limit=50&speaker=${e(pick(persons))}`],
  ["articles search", 8, () => `/api/articles?limit=20&search=${pick(words)}`],
  ["actors search", 6, () => `/api/actors?limit=20&search=${e(pick(["rus", "iran", "trump", "minister", "un", "nato", "china"]))}`],
  ["actor profile", 6, () => `/api/actors/${e(pick([...countries, ...persons]))}`],
  ["dyad", 8, () => `/api/dyad/${pick(countries)}/${pick(countries)}`],
  ["stats", 6, () => "/api/stats"],
  ["graph", 2, () => `/api/graph?since=${2012 + Math.floor(random() * 8)}`],
  ["blocs", 2, () => `/api/blocs?since=${2012 + Math.floor(random() * 8)}`],
];
const total = routes.reduce((t, [, w]) => t + w, 0);

async function measure(url, cold) {
  if (cold) app = await buildApp({ store, uiDir: null });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const res = await app.inject({ url });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return { ms, cpu: (c.user + c.system) / 1000, bytes: res.rawPayload.length };
}

console.log(`per-route cost over ${args.db} (${n} requests a route, Node ${process.version})`);
console.log("route              weight  warm cpu ms (mean, p99)  cold cpu ms (mean)  bytes (mean)");
let mixWarm = 0;
let mixCold = 0;
for (const [name, weight, make] of routes) {
  // warm-up: the JIT and the statement cache
  for (let i = 0; i < 20; i++) await measure(make(), false);
  const warm = [];
  for (let i = 0; i < n; i++) warm.push(await measure(make(), false));
  const cold = [];
  const nCold = ["graph", "blocs"].includes(name) ? Math.min(n, 10) : Math.min(n, 50);
  for (let i = 0; i < nCold; i++) cold.push(await measure(make(), true));
  const mean = (xs, k) => xs.reduce((t, x) => t + x[k], 0) / xs.length;
  const p99 = (xs, k) => xs.map((x) => x[k]).sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];
  mixWarm += (weight / total) * mean(warm, "cpu");
  mixCold += (weight / total) * mean(cold, "cpu");
  console.log(
    `${name.padEnd(18)} ${String(weight).padStart(6)}  ${mean(warm, "cpu").toFixed(2).padStart(10)} ${p99(warm, "cpu").toFixed(2).padStart(10)}     ${mean(cold, "cpu").toFixed(2).padStart(14)}    ${mean(warm, "bytes").toFixed(0).padStart(10)}`,
  );
}
console.log(`weighted mix: ${mixWarm.toFixed(2)} ms a request warm, ${mixCold.toFixed(2)} ms cold`);
await store.close();
