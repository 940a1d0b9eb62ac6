// Benchmark: the JSON API under load while an ingest writes into the same store. Fills a SQLite
// store with the first N articles of a corpus (dyad ingest), serves it (dyad serve, its own
// process), starts a second dyad ingest of the next articles into the same file (another process,
// a real concurrent writer), and hits a mix of the GET routes at a fixed rate with autocannon.
// Prints the achieved requests/s, latency percentiles, errors and how much the writer wrote.
// Targets: 500 requests/s, p99 < 100 ms, no errors. Missed latency or rate targets are reported
// (exit code 0); a failure is not: a missing input, a store or server that does not start, an
// ingest that fails, or any request answered with an error exits 1.
// Needs the corpus ../shared/corpus/intl-politics-2012-2020.jsonl beside the repo, or --file PATH
// (not read with --db naming an existing store and --writes 0); without it, it says so and exits 2.
// Before the counted load, --warmup S seconds (default 10) of the same load, before the writer
// starts: the figures are those of a server that has been up, whose caches hold what the mix asks.
// Run after the build: `npm run bench:api` (or node bench/api.mjs [--limit N] [--rate R] [--duration S] [--warmup S] [--db PATH]).
import { spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { CORPUS, requireInput } from "./_inputs.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(repo, "bin", "dyad.js");
const { values: args } = parseArgs({
  options: {
    file: { type: "string", default: CORPUS },
    limit: { type: "string", default: "2000" },
    writes: { type: "string", default: "3000" },
    rate: { type: "string", default: "500" },
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "10" },
    db: { type: "string" },
    readers: { type: "string" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log(
    "node bench/api.mjs [--file ARTICLES.jsonl (../shared/corpus/intl-politics-2012-2020.jsonl)] [--limit N (2000) articles served] [--writes N (3000) articles the concurrent ingest writes (enough to last the load here); 0: none]\n" +
      "                   [--rate R (500) requests/s] [--duration S (30)] [--connections C (32)] [--warmup S (10) seconds of the same load first, not counted]\n" +
      "                   [--db PATH (reuse or keep a store)] [--keep]\n" +
      "                   [--readers N (dyad serve's default: the number of cores; 0: reads on the server's main thread)]",
  );
  process.exit(0);
}
const num = (name, min = 1) => {
  const v = Number.parseInt(args[name], 10);
  if (!Number.isInteger(v) || v < min) {
    console.error(`bench: --${name} is a whole number ≥ ${min}`);
    process.exit(2);
  }
  return v;
};
const limit = num("limit");
// 0: no concurrent writer (to see what the reads alone cost)
const writes = num("writes", 0);
const rate = num("rate");
const duration = num("duration");
const connections = num("connections");
const file = resolve(args.file);
// the corpus fills the store (unless --db names one that exists) and feeds the concurrent writer
if (!(args.db && existsSync(resolve(args.db))) || writes > 0) {
  requireInput(file, { what: "a JSON-lines corpus (../shared/corpus beside the repo by default)", flag: "--file", alternative: "examples/demo/articles.jsonl has 39 articles" });
}
if (!existsSync(join(repo, "dist", "cli", "run-cli.js"))) {
  console.error("bench: run `npm run build` first (or npm run bench:api, which builds)");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "dyad-bench-api-"));
const dbPath = args.db ? resolve(args.db) : join(dir, "api.db");
const children = new Set();

/** Lines [from, to) of the corpus into a file of their own. */
async function slice(from, to, out) {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const kept = [];
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (n >= from && n < to) kept.push(line);
    if (++n >= to) break;
  }
  lines.close();
  writeFileSync(out, kept.join("\n") + "\n");
  return kept.length;
}

function dyad(argv, { onStdout } = {}) {
  const child = spawn(process.execPath, [bin, ...argv], { stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += d;
    onStdout?.(out);
  });
  child.stderr.on("data", (d) => (err += d));
  const done = new Promise((res) => child.on("exit", (code) => (children.delete(child), res({ code, out, err }))));
  return { child, done };
}

/** A process's CPU seconds so far (Linux /proc; null elsewhere): what the server spent, whatever the
 * other processes on a shared machine left it. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function cleanup() {
  for (const c of children) c.kill("SIGTERM");
  // the folder holds the corpus slices, and the store unless --db put it elsewhere
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
}
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

try {
  // 1. the store: the first `limit` articles (skipped when --db names a store that exists)
  if (!(args.db && existsSync(dbPath))) {
    const first = join(dir, "first.jsonl");
    const n = await slice(0, limit, first);
    const t = performance.now();
    const { code, err } = await dyad(["ingest", "--db", dbPath, "-q", first]).done;
    if (code !== 0 && code !== 1) throw new Error(`ingest failed (${code}): ${err}`);
    console.log(`store: ${n} articles of ${basename(file)} ingested in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }

  // 2. the server, in its own process
  const server = dyad(["serve", "--db", dbPath, "--port", "0", ...(args.readers === undefined ? [] : ["--readers", args.readers])]);
  const url = await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error("the server did not start in 30 s")), 30_000);
    server.child.stdout.on("data", (d) => {
      const m = /listening on (http:\/\/\S+\/)/.exec(String(d));
      if (m) {
        clearTimeout(timer);
        res(m[1]);
      }
    });
    server.done.then(({ code, err }) => rej(new Error(`the server stopped (${code}): ${err}`)));
  });
  const json = async (path) => (await fetch(url + path.replace(/^\//, ""))).json();
  const before = await json("/api/stats");
  console.log(`serving ${url}: ${before.articles} articles, ${before.actors} actors, ${before.events} events, ${before.quotes} quotes`);

  // 3. what to ask for: real ids and codes from the store
  const articles = (await json("/api/articles?limit=200")).items.map((a) => a.id);
  const countries = (await json("/api/actors?kind=country&limit=30")).items.map((a) => a.code ?? a.id);
  const persons = (await json("/api/actors?kind=person&limit=30")).items.map((a) => a.id);
  const words = ["treaty", "sanctions", "missile", "election", "talks", "nuclear", "border", "refugees", "ceasefire", "embassy"];
  const types = ["AGREE", "ASSAULT", "CONSULT", "ACCUSE", "THREATEN", "AID", "SANCTION"];
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const e = encodeURIComponent;
  // weights: the lists and single items a UI asks for most; graph and blocs (whole-store aggregates) least
  const mix = [
    [10, "article", () => `/api/articles/${e(pick(articles))}`],
    [10, "events by actor", () => `/api/events?limit=50&actor=${pick(countries)}`],
    [8, "events by type", () => `/api/events?limit=50&type=${pick(types)}&offset=${Math.floor(Math.random() * 5) * 50}`],
    [8, "quotes by words", () => `/api/quotes?limit=50&search=${pick(words)}`],
    [6, "quotes by speaker", () => `/api/quotes?limit=50&speaker=${e(pick(persons))}`],
    [8, "articles by words", () => `/api/articles?limit=20&search=${pick(words)}`],
    [6, "actors by name", () => `/api/actors?limit=20&search=${e(pick(["rus", "iran", "trump", "minister", "un", "nato", "china"]))}`],
    [6, "actor profile", () => `/api/actors/${e(pick([...countries, ...persons]))}`],
    [8, "dyad", () => `/api/dyad/${pick(countries)}/${pick(countries)}`],
    [6, "stats", () => "/api/stats"],
    [2, "graph", () => `/api/graph?since=${2012 + Math.floor(Math.random() * 8)}`],
    [2, "blocs", () => `/api/blocs?since=${2012 + Math.floor(Math.random() * 8)}`],
  ];
  const total = mix.reduce((s, [w]) => s + w, 0);
  /** The next request of the mix: [route name, path]. */
  const nextRequest = () => {
    let r = Math.random() * total;
    for (const [w, name, f] of mix) if ((r -= w) < 0) return [name, f()];
    return [mix[0][1], mix[0][2]()];
  };

  // 4. warm-up: the same load for --warmup seconds before the writer starts and before anything
  // is counted, so that the figures are those of a server that has been up (its caches hold what
  // the mix asks for), not of its first seconds; its own figures are printed too
  const warmup = num("warmup", 0);
  if (warmup > 0) {
    const w = await autocannon({ url, connections, overallRate: rate, duration: warmup, timeout: 10, requests: [{ setupRequest: (req) => ((req.path = nextRequest()[1]), req) }] });
    console.log(`warm-up:    ${warmup} s at ${rate} req/s before the writer starts (not counted): ${w.requests.average.toFixed(1)} req/s, p50 ${w.latency.p50} ms, p99 ${w.latency.p99} ms, max ${w.latency.max} ms, ${w.errors + w.non2xx} errors`);
  }

  // 5. the concurrent writer: the next `writes` articles, another process, the same file
  const next = join(dir, "next.jsonl");
  const nWrites = await slice(limit, limit + writes, next);
  const writer = nWrites ? dyad(["ingest", "--db", dbPath, "-q", "--batch-size", "10", next]) : null;
  const writerStart = performance.now();
  let writerSeconds = null;
  writer?.done.then(() => (writerSeconds = (performance.now() - writerStart) / 1000));

  // 6. the load
  const byRoute = new Map();
  // each response's latency by route: a connection has one request in flight, and autocannon
  // calls onResponse (which knows the route) just before it emits the response's latency
  const latencies = new Map(mix.map(([, name]) => [name, []]));
  let answered = null;
  const serverCpu0 = cpuSeconds(server.child.pid);
  const load0 = loadavg()[0];
  const result = await autocannon({
    url,
    connections,
    overallRate: rate,
    duration,
    timeout: 10,
    requests: [
      {
        setupRequest: (req, context) => {
          [context.route, req.path] = nextRequest();
          return req;
        },
        onResponse: (_status, _body, context) => {
          answered = context.route;
        },
      },
    ],
    setupClient: (client) => {
      client.on("response", (status, _bytes, ms) => {
        byRoute.set(status, (byRoute.get(status) ?? 0) + 1);
        if (answered) latencies.get(answered)?.push(ms);
        answered = null;
      });
    },
  });
  const serverCpu = serverCpu0 === null ? null : cpuSeconds(server.child.pid) - serverCpu0;
  const after = await json("/api/stats");
  const writerRunning = writer !== null && writerSeconds === null;
  for (const c of children) c.kill("SIGTERM");
  await server.done;
  // exit 1 is an ingest that stored the rest around a bad item; 2 stored nothing
  const writerExit = (await writer?.done)?.code;
  if (writerExit >= 2) throw new Error(`the concurrent ingest failed (exit ${writerExit})`);

  // autocannon's errors include its timeouts
  const errors = result.errors + result.non2xx;
  const ok = result.requests.average >= rate * 0.98 && result.latency.p99 < 100 && errors === 0;
  console.log("");
  console.log(
    `dyad API bench: ${duration} s at ${rate} requests/s (${connections} connections) over a mix of ${mix.length} GET routes, ${nWrites ? "while dyad ingest writes into the same store" : "no concurrent writer"}; dyad serve ${args.readers === undefined ? "with its default readers" : `--readers ${args.readers}`}`,
  );
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), shared with the server, the writer and the load generator; load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end; Node ${process.version}`,
  );
  console.log("");
  console.log(`requests:   ${result.requests.total} sent in ${result.duration.toFixed(1)} s, ${result.requests.average.toFixed(1)} req/s on average (target ${rate})`);
  console.log(`latency:    p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (target p99 < 100 ms)`);
  if (serverCpu !== null) {
    console.log(
      `server CPU: ${serverCpu.toFixed(1)} s in ${result.duration.toFixed(1)} s (${((100 * serverCpu) / result.duration).toFixed(0)}% of one core), ${((1000 * serverCpu) / Math.max(result.requests.total, 1)).toFixed(2)} ms per request → about ${(result.requests.total / Math.max(serverCpu, 1e-9)).toFixed(0)} requests/s per core it gets`,
    );
  }
  console.log(`errors:     ${errors} (${result.errors} request errors, of which ${result.timeouts} timeouts of 10 s; ${result.non2xx} non-2xx); statuses ${JSON.stringify(Object.fromEntries(byRoute))}`);
  console.log(
    `writer:     ${!nWrites ? "none (--writes 0)" : `${after.articles - before.articles} of ${nWrites} articles`} stored during the load (${after.events - before.events} new events)${!writer ? "" : writerRunning ? ", still running when the load ended" : `, done in ${writerSeconds.toFixed(1)} s`}`,
  );
  console.log("");
  console.log("route               weight  requests  p50 ms  p90 ms  p99 ms  max ms");
  const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);
  const row = (name, weight, ms) => {
    ms.sort((a, b) => a - b);
    const cols = [0.5, 0.9, 0.99].map((p) => pct(ms, p).toFixed(0).padStart(7));
    console.log(`${name.padEnd(18)} ${String(weight).padStart(7)} ${String(ms.length).padStart(9)} ${cols.join(" ")} ${(ms.at(-1) ?? NaN).toFixed(0).padStart(7)}`);
  };
  for (const [weight, name] of mix) row(name, weight, latencies.get(name));
  // autocannon's own percentiles (above) correct for coordinated omission at a fixed rate, adding
  // values it expects a request sent on time would have had; these are the measured ones only
  row("all (measured)", total, [...latencies.values()].flat());
  console.log("");
  console.log(`verdict:    ${ok ? "meets" : "misses"} the targets`);
  // errors are failures, not figures: the bench must not pass over them with exit 0
  if (errors > 0) {
    console.error(`bench: ${errors} requests failed (see errors above)`);
    process.exitCode = 1;
  }
} catch (e) {
  console.error(`bench: ${e.message}`);
  process.exitCode = 1;
} finally {
  cleanup();
}
