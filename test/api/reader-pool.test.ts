// The API over the SQLite reader pool answers every route as it does over the direct store (the
// same file), and the pool's readers never see SQLITE_BUSY while a writer commits batch after
// batch beside them. The readers run the built module (dist/): run `npm run build` first, else
// this is skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/build-app.js";
import { inBackground } from "../../src/store/read-priority.js";
import { openSqliteReaderPool } from "../../src/store/sqlite/sqlite-reader-pool.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { doc, event, quote } from "../contract/_records.js";
import { makeFixture, type Fixture } from "./_fixture.js";

const workerFile = fileURLToPath(new URL("../../dist/store/sqlite/sqlite-reader-worker.js", import.meta.url));

// every GET route, with and without its filters, and a few that fail (their errors must match too)
const URLS = [
  "/api/stats",
  "/api/actors",
  "/api/actors?search=putin",
  "/api/actors?search=rus&limit=3",
  "/api/actors?kind=country&limit=2",
  "/api/actors/person:vladimir-putin",
  "/api/actors/rus",
  "/api/actors/XYZ",
  "/api/events?limit=500",
  "/api/events?type=agree",
  "/api/events?limit=2&offset=1",
  "/api/events?since=2024&until=2024",
  "/api/events?actor=RUS&status=occurred",
  "/api/events?actor=RUS&target=IRN",
  "/api/events?type=NOPE",
  "/api/quotes",
  "/api/quotes?speaker=Lavrov",
  "/api/quotes?state=RUS",
  "/api/quotes?search=lectured",
  "/api/quotes?search=iran&limit=1&offset=1",
  "/api/dyad/RUS/IRN",
  "/api/dyad/RUS/IRN?since=2025",
  "/api/graph",
  "/api/graph?since=2030",
  "/api/blocs",
  "/api/blocs?since=2025",
  "/api/articles",
  "/api/articles?search=kharkiv",
  "/api/articles?limit=1&offset=1",
  "/api/articles/treaty",
  "/api/articles/xss",
  "/api/articles/nope",
];

describe.skipIf(!existsSync(workerFile))("the API over the reader pool", () => {
  let fixture: Fixture;
  let pool: Store;
  let direct: FastifyInstance;
  let pooled: FastifyInstance;
  beforeAll(async () => {
    fixture = await makeFixture();
    pool = openSqliteReaderPool(join(fixture.dir, "api.db"), { readers: 2, workerFile });
    await pool.migrate();
    direct = await fixture.app({ uiDir: null });
    pooled = await buildApp({ store: pool, uiDir: null });
  });
  afterAll(async () => {
    await pooled?.close();
    await pool?.close();
    await fixture?.close();
  });

  it("answers every route as the direct store does: status and body", async () => {
    for (const url of URLS) {
      const [a, b] = await Promise.all([direct.inject({ url }), pooled.inject({ url })]);
      expect({ url, status: b.statusCode, body: b.json() }).toEqual({ url, status: a.statusCode, body: a.json() });
    }
  });

  it("answers requests in parallel, each its own", async () => {
    const many = [...URLS, ...URLS];
    const answers = await Promise.all(many.map((url) => pooled.inject({ url })));
    const expected = await Promise.all(many.map((url) => direct.inject({ url })));
    expect(answers.map((r) => r.json())).toEqual(expected.map((r) => r.json()));
  });

  it("answers background reads as it answers the others, many at once (they wait their turn)", async () => {
    const reads = (s: Store) => [s.findActors({ kind: "country", limit: 50 }), s.relationCounts({}), s.actorRelationCounts({}), s.counts(), s.queryEvents({ limit: 5 })];
    const expected = await Promise.all(reads(fixture.store));
    const background = await inBackground(() => Promise.all([...reads(pool), ...reads(pool)]));
    expect(background).toEqual([...expected, ...expected]);
  });
});

describe.skipIf(!existsSync(workerFile))("the reader pool beside a writer", () => {
  it("reads while another connection commits batch after batch: no SQLITE_BUSY, counts only grow", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "dyad-pool-busy-"));
    const path = join(dir, "busy.db");
    const pool = openSqliteReaderPool(path, { readers: 2, workerFile });
    await pool.migrate();
    // the readers started and their connections open before the writer begins
    await Promise.all([pool.counts(), pool.counts(), pool.counts()]);
    // the writer: another connection, as dyad ingest in another process would be
    const writer = openSqliteStore(path);
    let written = 0;
    let writing = true;
    const writes = (async () => {
      for (let b = 0; b < 40; b++) {
        const docs = Array.from({ length: 10 }, (_, i) => {
          const n = b * 10 + i;
          return doc({ id: `w${n}`, text: `Article ${n}: Russia and Iran met again and talked.`, events: [event("CONSULT", ["RUS"], ["IRN"], `2025-01-${String((n % 28) + 1).padStart(2, "0")}`)], quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", `Statement ${n}.`)] });
        });
        written += (await writer.putDocuments(docs)).stored;
        // let the readers' replies in between batches
        await new Promise((r) => setTimeout(r, 10));
      }
      writing = false;
    })();
    const errors: unknown[] = [];
    let reads = 0;
    let last = 0;
    while (writing) {
      const answers = await Promise.allSettled([pool.counts(), pool.queryEvents({ actor: "RUS", limit: 20 }), pool.queryQuotes({ search: "statement", limit: 5 }), pool.counts()]);
      for (const a of answers) if (a.status === "rejected") errors.push(a.reason);
      const c = answers[0];
      if (c.status === "fulfilled") {
        // each read sees a committed state, never a batch half written, and never an older one
        expect(c.value.articles % 10).toBe(0);
        expect(c.value.articles).toBeGreaterThanOrEqual(last);
        last = c.value.articles;
      }
      reads += answers.length;
    }
    await writes;
    expect(errors).toEqual([]);
    expect(reads).toBeGreaterThan(20);
    expect(written).toBe(400);
    expect((await pool.counts()).articles).toBe(400);
    await writer.close();
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
