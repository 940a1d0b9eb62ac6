// Reads go on while a large POST /api/ingest runs. Regression: 100 articles of 290 KB (30 MB) in
// one POST held `dyad serve` for 48 s, and a GET /api/stats sent meanwhile waited 47.5 s, since
// extraction (and the store's write) ran on the server's own thread. Here the same 30 MB body goes
// to a listening server set up as dyad serve sets it up (engine pool, writer thread); GETs are
// timed from the upload until two batches are stored, then the server is stopped, which ends the
// ingest: it answers what it stored. bench/api-ingest.mjs measures the whole POST.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startServer, type RunningServer } from "../../src/api/start-server.js";
import { makeFixture, type Fixture } from "./_fixture.js";

let fx: Fixture;
let server: RunningServer | null = null;
beforeAll(async () => {
  fx = await makeFixture();
});
afterAll(async () => {
  await server?.close();
  await fx.close();
});

/** n articles of about `chars` characters, each a different rotation of the demo sample's texts. */
function bigArticles(n: number, chars: number) {
  const texts = readFileSync(new URL("../../examples/demo/articles.jsonl", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return Array.from({ length: n }, (_, i) => {
    let text = `Latency article ${i}.\n\n`;
    for (let k = 0; text.length < chars; k++) text += texts[(i + k) % texts.length] + "\n\n";
    return { id: `latency-${i}`, text: text.slice(0, chars), published: "2025-01-17" };
  });
}

describe("GET /api/stats during a 30 MB POST /api/ingest", () => {
  it("answers within a second, every time", async () => {
    server = await startServer({ store: fx.store, port: 0, uiDir: null, ingestPool: { workers: 1 }, storeSpec: join(fx.dir, "api.db") });
    const stats = async (probe: number) => {
      const t = performance.now();
      // a URL of its own each time: a real read, not the answer cache
      const r = await fetch(`${server!.url}api/stats?probe=${probe}`);
      const body = (await r.json()) as { articles: number };
      expect(r.status).toBe(200);
      return { ms: performance.now() - t, articles: body.articles };
    };
    const before = (await stats(0)).articles;
    const body = JSON.stringify({ articles: bigArticles(100, 290_000) });
    expect(body.length).toBeGreaterThan(29_000_000);

    const answer = fetch(`${server.url}api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const latencies: number[] = [];
    const started = performance.now();
    // until two batches of four are stored (parse, extraction and writes all seen), at most 120 s
    for (let probe = 1; performance.now() - started < 120_000; probe++) {
      const t = performance.now();
      const { ms, articles } = await stats(probe);
      latencies.push(ms);
      if (articles >= before + 8) break;
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (performance.now() - t))));
    }
    // stopping the server ends the ingest; the POST is answered with what was stored
    await server.close();
    server = null;
    const { status, body: result } = await answer;
    expect(status).toBe(200);
    expect(result.stored).toBeGreaterThanOrEqual(8);
    expect(result.aborted).toBe(true);

    const sorted = [...latencies].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    console.log(`GET /api/stats during the POST: ${latencies.length} requests, p50 ${pct(0.5).toFixed(0)} ms, p90 ${pct(0.9).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
    expect(latencies.length).toBeGreaterThan(10);
    expect(sorted.at(-1)).toBeLessThan(1000);
  }, 180_000);
});
