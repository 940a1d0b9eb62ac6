// dyad serve and dyad demo: flags → a listening server on loopback, until told to stop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemo } from "../../src/cli/demo-command.js";
import { runServe } from "../../src/cli/serve-command.js";
import { isLoopback } from "../../src/api/start-server.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { doc, event } from "../contract/_records.js";
import { memoryIO, ttyStream } from "./_memory-io.js";

/** A SQLite store at `path` with one article: RUS and IRN agree on 2025-01-17. */
async function storeWithOneAgreement(path: string, id: string): Promise<void> {
  const store = openSqliteStore(path);
  await store.migrate();
  await store.putDocuments([doc({ id, events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })]);
  await store.close();
}

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-serve-"));
  db = join(dir, "s.db");
  await storeWithOneAgreement(db, "a1");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad serve", () => {
  it("listens on 127.0.0.1 by default, answers, and stops when told", async () => {
    const m = memoryIO();
    let seen: { address: unknown; stats: unknown; status: number } | null = null;
    const code = await runServe({ db, port: 0 }, m.io, {
      env: {},
      until: async (server) => {
        const r = await fetch(`${server.url}api/stats`);
        seen = { address: server.app.server.address(), stats: await r.json(), status: r.status };
      },
    });
    expect(code).toBe(0);
    expect(seen!.status).toBe(200);
    expect(seen!.address).toMatchObject({ address: "127.0.0.1" });
    expect(seen!.stats).toMatchObject({ articles: 1, events: 1, firstEventDate: "2025-01-17" });
    expect(m.stdout()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\//);
  });

  it.each([0, 2])("--readers %i: the same answers, from the main thread or from reader threads", async (readers) => {
    const m = memoryIO();
    let seen: unknown[] = [];
    const code = await runServe({ db, port: 0, readers }, m.io, {
      env: {},
      until: async (server) => {
        seen = await Promise.all(["api/stats", "api/events?actor=RUS", "api/actors/RUS"].map(async (p) => (await fetch(server.url + p)).json()));
      },
    });
    expect(code).toBe(0);
    expect(seen[0]).toMatchObject({ articles: 1, events: 1 });
    expect(seen[1]).toMatchObject({ items: [{ type: "AGREE", source: ["RUS"], target: ["IRN"] }] });
    expect(seen[2]).toMatchObject({ actor: { id: "RUS" }, partners: [{ code: "IRN", events: 1 }] });
  });

  it("--max-stale: answers may lag a write by another process that long (0: they never do)", async () => {
    const own = join(dir, "stale.db");
    await storeWithOneAgreement(own, "s1");
    const articlesSeen = async (maxStale: number | undefined, id: string): Promise<number[]> => {
      let seen: number[] = [];
      await runServe({ db: own, port: 0, readers: 0, maxStale }, memoryIO().io, {
        env: {},
        until: async (server) => {
          const stats = async () => ((await (await fetch(`${server.url}api/stats`)).json()) as { articles: number }).articles;
          const before = await stats();
          // another process's write: another connection to the same file
          const writer = openSqliteStore(own);
          await writer.putDocuments([doc({ id, events: [] })]);
          await writer.close();
          // past the 250 ms between readings of the store's state
          await new Promise((r) => setTimeout(r, 400));
          seen = [before, await stats()];
        },
      });
      return seen;
    };
    const [fresh0, fresh1] = await articlesSeen(0, "s2");
    expect(fresh1).toBe(fresh0 + 1);
    const [stale0, stale1] = await articlesSeen(undefined, "s3");
    expect(stale1).toBe(stale0);
  });

  it("another address than loopback needs a token", async () => {
    const m = memoryIO();
    const code = await runServe({ db, port: 0, host: "0.0.0.0" }, m.io, { env: {}, until: async () => {} });
    expect(code).toBe(2);
    expect(m.stderr()).toMatch(/not a loopback address.*--token/);
    expect(isLoopback("127.0.0.1") && isLoopback("localhost") && isLoopback("::1")).toBe(true);
    expect(isLoopback("0.0.0.0") || isLoopback("192.168.1.4") || isLoopback("example.org")).toBe(false);
  });

  it("DYAD_TOKEN guards writes when --token is not given", async () => {
    const m = memoryIO();
    let status = 0;
    await runServe({ db, port: 0 }, m.io, {
      env: { DYAD_TOKEN: "from-env" },
      until: async (server) => {
        const r = await fetch(`${server.url}api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articles: [{ text: "x" }] }) });
        status = r.status;
      },
    });
    expect(status).toBe(401);
  });

  it("a missing store is an error that says how to make one", async () => {
    const m = memoryIO();
    expect(await runServe({ db: join(dir, "missing.db"), port: 0 }, m.io, { env: {}, until: async () => {} })).toBe(2);
    expect(m.stderr()).toContain("dyad ingest");
  });
});

describe("dyad demo", () => {
  it("ingests the sample into a temporary store, serves it, opens the URL, and deletes the store", async () => {
    const sample = join(dir, "sample.jsonl");
    writeFileSync(
      sample,
      [
        { id: "d1", text: "Russia and Iran signed a partnership treaty in Moscow on Friday.", published: "2025-01-17", outlet: "Test Wire" },
        { id: "d2", text: "Ukraine accused Russia of shelling Kharkiv on Tuesday.", published: "2024-06-11", outlet: "Test Wire" },
      ]
        .map((a) => JSON.stringify(a))
        .join("\n"),
    );
    const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith("dyad-demo-")));
    const m = memoryIO();
    const opened: string[] = [];
    let stats: { articles?: number } = {};
    const code = await runDemo({ port: 0 }, m.io, {
      sample,
      openUrl: (u) => opened.push(u),
      until: async (server) => {
        stats = await (await fetch(`${server.url}api/stats`)).json();
      },
    });
    expect(code).toBe(0);
    expect(stats.articles).toBe(2);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(m.stdout()).toContain(opened[0]);
    const after = readdirSync(tmpdir()).filter((f) => f.startsWith("dyad-demo-") && !before.has(f));
    expect(after).toEqual([]);
  });

  it("--db keeps the demo store in the file named; a second demo finds the sample already there", async () => {
    const sample = join(dir, "kept.jsonl");
    writeFileSync(sample, JSON.stringify({ id: "k1", text: "Egypt and Jordan held talks in Cairo on Monday.", published: "2025-03-03" }));
    const kept = join(dir, "kept.db");
    for (const round of [1, 2]) {
      const m = memoryIO();
      let stats: { articles?: number } = {};
      const code = await runDemo({ port: 0, open: false, db: kept }, m.io, {
        sample,
        until: async (server) => {
          stats = await (await fetch(`${server.url}api/stats`)).json();
        },
      });
      expect(code).toBe(0);
      expect(stats.articles).toBe(1);
      expect(m.stderr()).toContain(round === 1 ? `1 article, ` : `0 articles (1 already there)`);
      expect(m.stderr()).toContain(kept);
    }
    const store = openSqliteStore(kept, { readonly: true });
    expect((await store.counts()).articles).toBe(1);
    await store.close();
  });

  it("on a terminal, shows the ingest's progress bar while it reads the sample, cleared before the summary", async () => {
    const sample = join(dir, "bar.jsonl");
    writeFileSync(sample, [1, 2, 3].map((i) => JSON.stringify({ id: `b${i}`, text: `Egypt and Jordan held talks in Cairo, round ${i}.`, published: "2025-03-03" })).join("\n"));
    const m = memoryIO();
    const tty = ttyStream();
    const stderr = tty.stream;
    expect(await runDemo({ port: 0, open: false }, { ...m.io, stderr }, { sample, until: async () => {} })).toBe(0);
    const out = tty.text();
    expect(out).toMatch(/100% \| 3\/3 \|/);
    expect(out).toMatch(/dyad demo: 3 articles, \d+ events?, \d+ quotes? stored in a temporary store/);
    // not on a terminal (m.io's stderr): no bar
    const plain = memoryIO();
    expect(await runDemo({ port: 0, open: false }, plain.io, { sample, until: async () => {} })).toBe(0);
    expect(plain.stderr()).not.toMatch(/%/);
  });

  it("--no-open only prints the URL", async () => {
    const sample = join(dir, "one.jsonl");
    writeFileSync(sample, JSON.stringify({ id: "o1", text: "Egypt and Jordan held talks in Cairo.", published: "2025-03-03" }));
    const opened: string[] = [];
    const m = memoryIO();
    expect(await runDemo({ port: 0, open: false }, m.io, { sample, openUrl: (u) => opened.push(u), until: async () => {} })).toBe(0);
    expect(opened).toEqual([]);
    expect(m.stdout()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\//);
  });
});

describe("the demo sample", () => {
  it("is small, and every article says where it comes from and under what licence", async () => {
    const { demoSample } = await import("../../src/cli/demo-command.js");
    const { readFileSync, statSync } = await import("node:fs");
    expect(statSync(demoSample()).size).toBeLessThan(1024 * 1024);
    const rows = readFileSync(demoSample(), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.text.length, r.id).toBeGreaterThan(500);
      expect(r.corpus, r.id).toMatch(/corpus\/|examples\//);
      expect(r.licence, r.id).toBeTruthy();
    }
  });
});
