// POST /api/ingest off the server's thread: extraction in the engine pool, writes on the writer
// thread, a bounded queue that answers 503 E_BUSY with Retry-After when full, and one bad article
// failing alone with its code. Regression: one article with a bad date answered 500 E_INTERNAL and
// lost the whole request; the pool tests use the built dist/ (npm run build).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { join } from "node:path";
import { createIngestQueue } from "../../src/api/ingest-queue.js";
import { startServer } from "../../src/api/start-server.js";
import { errorBody } from "../../src/api/schemas.js";
import type { Engine } from "../../src/engine.js";
import { DyadError } from "../../src/errors.js";
import { testEngine } from "../helpers.js";
import { makeFixture, type Fixture } from "./_fixture.js";

let fx: Fixture;
beforeAll(async () => {
  fx = await makeFixture();
});
afterAll(() => fx.close());

/** An engine that extracts only once `open` is called: an ingest that takes as long as a test needs. */
function gatedEngine(): { engine: () => Promise<Engine>; open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  return { engine: () => gate.then(() => testEngine()), open };
}

const post = (app: FastifyInstance, articles: unknown[]) => app.inject({ method: "POST", url: "/api/ingest", payload: { articles } });

describe("one bad article fails alone, in the pool and on the writer thread", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // the defaults of dyad serve: a pool (one thread here) and a writer thread on the store's file
    app = await fx.app({ engine: undefined, ingestPool: { workers: 1 }, storeSpec: join(fx.dir, "api.db") });
  });

  it("stores the good articles and lists each bad one with its index and code; never a 500", async () => {
    const r = await post(app, [
      { id: "q-good", text: "Iran and Iraq signed a border agreement in Baghdad on Sunday.", published: "2025-03-02" },
      { id: "q-empty", text: "" },
      { id: "q-date", text: "Turkey and Greece held talks in Athens on Monday.", published: "17/01/2025\u001b[31m\n" },
      { id: "q-type", text: "Egypt hosted talks.", published: 20250302 },
      { id: "q-key", text: "Egypt hosted talks.", extra: true },
      { id: "q-good-2", text: "Japan and South Korea agreed to resume talks in Seoul on Friday.", published: "2025-03-07" },
    ]);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ stored: 2, duplicates: 0, failed: 4, aborted: false });
    expect(body.failures.map((f: { index: number; id: string; code: string }) => [f.index, f.id, f.code])).toEqual([
      [1, "q-empty", "E_EMPTY_TEXT"],
      [2, "q-date", "E_BAD_DATE"],
      [3, "q-type", "E_BAD_REQUEST"],
      [4, "q-key", "E_BAD_REQUEST"],
    ]);
    expect(body.failures[2].error).toContain("body.articles.3.published");
    // one item per article, in the request's order, stored or not
    expect(body.items.map((i: { index: number; id: string; stored: boolean }) => [i.index, i.id, i.stored])).toEqual([
      [0, "q-good", true],
      [1, "q-empty", false],
      [2, "q-date", false],
      [3, "q-type", false],
      [4, "q-key", false],
      [5, "q-good-2", true],
    ]);
    expect(body.items[0].hash).toMatch(/^[0-9a-f]{32}$/);
    // the bad date quoted, its escape and newline escaped
    expect(body.failures[1].error).toMatch(/17\/01\/2025\\u001b\[31m\\(n|u000a)/);
    for (const f of body.failures) expect(f.error).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    // written by the writer thread, read here
    expect((await app.inject({ method: "GET", url: "/api/articles/q-good-2" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/articles/q-date" })).statusCode).toBe(404);
  }, 60_000);

  it("regression: a valid article beside impossible dates is stored; the others fail alone with E_BAD_DATE (was 500 E_INTERNAL, nothing stored)", async () => {
    const r = await post(app, [
      { id: "d-good", text: "Norway and Sweden signed an energy pact in Oslo on Tuesday.", published: "2025-03-04" },
      { id: "d-month", text: "Poland and Lithuania held talks in Vilnius.", published: "2024-13-45" },
      { id: "d-junk", text: "Spain and Portugal agreed on water sharing.", published: "2024-01-01junk" },
    ]);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ stored: 1, failed: 2, failures: [{ index: 1, code: "E_BAD_DATE" }, { index: 2, code: "E_BAD_DATE" }] });
  }, 60_000);

  it("the same articles again are duplicates", async () => {
    const r = await post(app, [{ id: "q-good", text: "Iran and Iraq signed a border agreement in Baghdad on Sunday.", published: "2025-03-02" }]);
    expect(r.json()).toMatchObject({ stored: 0, duplicates: 1, failed: 0, items: [{ index: 0, id: "q-good", stored: false }] });
  }, 60_000);
});

describe("a bounded queue", () => {
  it("answers 503 E_BUSY with Retry-After, in the one shape, while the articles under way fill it; then takes more", async () => {
    const { engine, open } = gatedEngine();
    // over HTTP: app.inject does not answer a second request while the first is held here
    const server = await startServer({ store: fx.store, engine, ingestCapacity: 2, port: 0, uiDir: null });
    try {
      const send = (articles: unknown[]) =>
        fetch(`${server.url}api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articles }) }).then(async (r) => ({ status: r.status, headers: r.headers, body: await r.json() }));
      const first = send([
        { id: "b-1", text: "Chile and Peru signed a fisheries accord in Lima on Tuesday." },
        { id: "b-2", text: "Kenya and Ethiopia held border talks in Nairobi on Wednesday." },
      ]);
      // the first request holds both places once it is under way
      let busy = await send([{ text: "Brazil hosted a summit." }]);
      for (let i = 0; busy.status === 200 && i < 50; i++) busy = await send([{ text: `Brazil hosted summit ${i}.` }]);
      expect(busy.status).toBe(503);
      expect(busy.headers.get("content-type")).toMatch(/^application\/json/);
      expect(errorBody.parse(busy.body)).toMatchObject({ code: "E_BUSY", status: 503 });
      expect(Number(busy.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      open();
      expect((await first).body).toMatchObject({ stored: 2, failed: 0 });
      expect((await send([{ id: "b-3", text: "Brazil and Argentina agreed on a trade deal." }])).body).toMatchObject({ stored: 1 });
    } finally {
      open();
      await server.close();
    }
  });

  it("a request larger than the whole capacity is refused at once", async () => {
    const queue = createIngestQueue({ store: fx.store, engine: testEngine(), capacity: 1 });
    await expect(queue.run([0, 1].map((index) => ({ index, article: { id: `c-${index}`, text: "Mali and Niger held talks." } })))).rejects.toMatchObject({ code: "E_BUSY" });
    expect(() => queue.admit(2)).toThrow(DyadError);
    await queue.close();
    // a closed queue takes nothing more
    expect(() => queue.admit(1)).toThrow(/stopping/);
  });
});
