// What only SQLite has: WAL, the migrations table, a file that outlives the process, and a
// transaction that rolls back when the database itself refuses a row midway through a batch.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { DyadError } from "../../src/errors.js";
import { textHash } from "../../src/store/article-key.js";
import { MIGRATIONS } from "../../src/store/sqlite/migrations.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { openStore } from "../../src/store/open-store.js";
import { doc, event, quote } from "../contract/_records.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-sqlite-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("openSqliteStore", () => {
  it("uses WAL and records each migration once", async () => {
    const store = openSqliteStore(join(dir, "a.db"));
    await store.migrate();
    await store.migrate();
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.prepare("SELECT version FROM schema_migrations ORDER BY version").all()).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    expect(store.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
    await store.close();
  });

  it("applies a later migration to an existing store, once, keeping its data", async () => {
    const path = join(dir, "a.db");
    const v1 = openSqliteStore(path);
    await v1.migrate();
    await v1.putDocuments([doc({ id: "a1" })]);
    await v1.close();
    const next = MIGRATIONS.at(-1)!.version + 1;
    const v2 = openSqliteStore(path, { migrations: [...MIGRATIONS, { version: next, name: "test: a note column", sql: "ALTER TABLE articles ADD COLUMN note TEXT" }] });
    await v2.migrate();
    await v2.migrate();
    expect(v2.schemaVersion()).toBe(next);
    expect((await v2.counts()).articles).toBe(1);
    expect(v2.db.prepare("SELECT note FROM articles").all()).toEqual([{ note: null }]);
    await v2.close();
  });

  it("stores the byline of the record (schema version 2) and gives it back with the article", async () => {
    const store = openSqliteStore(":memory:");
    await store.migrate();
    const d = doc({ id: "a1", title: "Treaty signed" });
    d.record.document.byline = "Jane Doe, John Roe";
    await store.putDocuments([d, doc({ id: "a2", title: "Treaty two" })]);
    expect(store.db.prepare("SELECT doc_id, byline FROM articles ORDER BY id").all()).toEqual([
      { doc_id: "a1", byline: "Jane Doe, John Roe" },
      { doc_id: "a2", byline: null },
    ]);
    expect((await store.searchArticles({ search: "treaty" })).map((a) => [a.id, a.byline])).toEqual([
      ["a1", "Jane Doe, John Roe"],
      ["a2", null],
    ]);
    await store.close();
  });

  it("a version-1 store gains the byline column and keeps its articles", async () => {
    const path = join(dir, "old.db");
    const v1 = openSqliteStore(path, { migrations: MIGRATIONS.filter((m) => m.version === 1) });
    await v1.migrate();
    // written as version 1 wrote it: the store of today writes the column it lacks
    v1.db.prepare("INSERT INTO articles (doc_id, text_hash, text) VALUES ('old', 'h', 'An old article.')").run();
    await v1.close();
    const now = openSqliteStore(path);
    await now.migrate();
    expect(now.db.prepare("SELECT doc_id, byline FROM articles").all()).toEqual([{ doc_id: "old", byline: null }]);
    await now.close();
  });

  it("migration 4 (stories) gives each article stored before it a story of its own", async () => {
    const path = join(dir, "old.db");
    const v1 = openSqliteStore(path, { migrations: MIGRATIONS.filter((m) => m.version === 1) });
    await v1.migrate();
    const id = v1.db.prepare("INSERT INTO articles (doc_id, text_hash, text) VALUES ('old', 'abc123', 'Old text.')").run().lastInsertRowid;
    v1.db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, NULL, 'Old text.')").run(id);
    await v1.close();
    const v2 = openSqliteStore(path);
    await v2.migrate();
    expect(v2.db.prepare("SELECT story, minhash FROM articles").all()).toEqual([{ story: "abc123", minhash: null }]);
    expect(await v2.searchArticles({ search: "old" })).toMatchObject([{ id: "old", story: "abc123", copies: 1 }]);
    await v2.close();
  });

  it("migration 9 adds when an article was stored and whether a report is in its lead; rows stored before it have neither", async () => {
    const path = join(dir, "v8.db");
    const v8 = openSqliteStore(path, { migrations: MIGRATIONS.filter((m) => m.version <= 8) });
    await v8.migrate();
    await v8.close();
    const v9 = openSqliteStore(path);
    await v9.migrate();
    const columns = (table: string) => (v9.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns("articles")).toContain("ingested");
    expect(columns("event_sources")).toContain("lead");
    await v9.putDocuments([doc({ id: "old", events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-10")] })]);
    // as a row written before the migration: nothing kept
    v9.db.exec("UPDATE articles SET ingested = NULL; UPDATE event_sources SET lead = NULL;");
    expect((await v9.queryEvents())[0].firstReport).toMatchObject({ added: null, lead: null });
    await v9.close();
  });

  it("migration 5 (event dyads) fills the pairs of events stored before it, and the series reads them", async () => {
    const path = join(dir, "v2.db");
    const v2 = openSqliteStore(path, { migrations: MIGRATIONS.filter((m) => m.version <= 4) });
    await v2.migrate();
    // written as the store wrote before migration 5: events and their actors, no pairs
    v2.db.exec(`INSERT INTO events (id, type, status, date, day, month, source_key, target_key, sources) VALUES (1, 'AGREE', 'occurred', '2024-01-10', 19732, '2024-01', 'RUS', 'IRN', 1);
      INSERT INTO event_actors (actor, side, event_id) VALUES ('RUS', 'source', 1), ('person:sergei-lavrov', 'source', 1), ('IRN', 'target', 1);`);
    await v2.close();
    // a reader cannot migrate: it asks for an ingest instead of failing on a missing table
    expect(() => openStore(path, { readonly: true })).toThrow(/schema version 4, this dyad reads \d+: run dyad ingest/);
    const v3 = openSqliteStore(path);
    await v3.migrate();
    expect(v3.db.prepare("SELECT source, target FROM event_dyads ORDER BY source").all()).toEqual([
      { source: "RUS", target: "IRN" },
      { source: "person:sergei-lavrov", target: "IRN" },
    ]);
    expect(await v3.dyadSeries("IRN", "person:sergei-lavrov", { by: "month" })).toEqual([{ period: "2024-01", type: "AGREE", count: 1 }]);
    await v3.close();
  });

  it("a later report that names new actors of an event, or raises its status, reaches its pairs", async () => {
    const store = openSqliteStore(join(dir, "pairs.db"));
    await store.migrate();
    const lavrov = { id: "person:sergei-lavrov", kind: "person", name: "Sergei Lavrov", code: "RUS", mentions: [] };
    const araghchi = { id: "person:abbas-araghchi", kind: "person", name: "Abbas Araghchi", code: "IRN", mentions: [] };
    const base = doc({ id: "p1", events: [event("AGREE", ["person:sergei-lavrov"], ["IRN"], "2024-01-10", { status: "planned" })] });
    base.record.actors.push(lavrov);
    const later = doc({ id: "p2", events: [event("AGREE", ["RUS"], ["person:abbas-araghchi"], "2024-01-10")] });
    later.record.actors.push(araghchi);
    await store.putDocuments([base]);
    expect(await store.dyadSeries("person:sergei-lavrov", "person:abbas-araghchi", { by: "month" })).toEqual([]);
    await store.putDocuments([later]);
    // one event: Lavrov (from the first report) and Araghchi (from the second) are now its pair
    expect((await store.counts()).events).toBe(1);
    expect(await store.dyadSeries("person:sergei-lavrov", "person:abbas-araghchi", { by: "month", statuses: ["occurred"] })).toEqual([{ period: "2024-01", type: "AGREE", count: 1 }]);
    expect(await store.queryEvents({ actor: "person:sergei-lavrov", target: "person:abbas-araghchi", status: "occurred" })).toHaveLength(1);
    await store.close();
  });

  it("an actor with many events (read in page order) and one with few (listed first) filter alike", async () => {
    const store = openSqliteStore(join(dir, "many.db"));
    await store.migrate();
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
    const statuses = ["occurred", "claimed", "planned"] as const;
    // 6,000 RUS→IRN events (more than the store lists first), 30 UKR→IRN
    const events = Array.from({ length: 6000 }, (_, i) => event(i % 200 === 0 ? "ACCUSE" : "AGREE", [i % 200 === 0 ? "UKR" : "RUS"], ["IRN"], day(i), { status: statuses[i % 3] }));
    await store.putDocuments([doc({ id: "bulk", events })]);
    const expected = (code: string) =>
      events
        .filter((e) => e.source[0] === code && e.status === "claimed" && e.date! >= "2010-06")
        .map((e) => e.date)
        .slice(0, 100);
    for (const code of ["RUS", "UKR"]) {
      const got = await store.queryEvents({ actor: code, since: "2010-06", status: "claimed", limit: 100 });
      expect(got.map((e) => e.date)).toEqual(expected(code));
    }
    expect((await store.queryEvents({ target: "IRN", type: "ACCUSE", limit: 1000 })).length).toBe(30);
    await store.close();
  });

  it("what is stored is there after reopening the file", async () => {
    const path = join(dir, "a.db");
    const first = openSqliteStore(path);
    await first.migrate();
    await first.putDocuments([doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })]);
    await first.close();
    const again = openSqliteStore(path, { readonly: true });
    expect(await again.counts()).toMatchObject({ articles: 1, events: 1 });
    expect(await again.hasArticle("https://news.example/a1")).toBe(true);
    await again.close();
  });

  it("a missing file opened for reading is an E_STORE_OPEN error naming it", () => {
    const path = join(dir, "missing.db");
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(DyadError);
    try {
      openSqliteStore(path, { readonly: true });
    } catch (e) {
      expect((e as DyadError).code).toBe("E_STORE_OPEN");
      expect((e as DyadError).message).toContain("missing.db");
    }
  });

  it("a query before migrate is an E_STORE error that says what to do", async () => {
    const store = openSqliteStore(join(dir, "a.db"));
    const err = await store.queryEvents().catch((e: unknown) => e);
    expect((err as DyadError).code).toBe("E_STORE");
    expect((err as DyadError).message).toMatch(/dyad ingest/);
    await store.close();
  });
});

describe("queryEvents", () => {
  it("a page larger than SQLite's parameter chunk (5,000 events) comes back whole and in order", async () => {
    const store = openSqliteStore(join(dir, "a.db"));
    await store.migrate();
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
    await store.putDocuments([doc({ id: "many", events: Array.from({ length: 5_200 }, (_, i) => event("ACCUSE", ["UKR"], ["RUS"], day(i))) })]);
    const events = await store.queryEvents({ limit: 6_000 });
    expect(events).toHaveLength(5_200);
    expect(events.map((e) => e.date)).toEqual(Array.from({ length: 5_200 }, (_, i) => day(i)));
    await store.close();
  });
});

describe("crash safety: a batch is one transaction", () => {
  it("a row the database refuses midway leaves no half-written article: the whole batch rolls back", async () => {
    const path = join(dir, "a.db");
    const store = openSqliteStore(path);
    await store.migrate();
    await store.putDocuments([doc({ id: "before" })]);
    // the database itself refuses the third article's quote, after its article row, actors and
    // events (and the first two articles) were written within the transaction
    store.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON quotes WHEN NEW.text = 'BOOM' BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    const batch = [
      doc({ id: "b1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")], quotes: [quote("RUS", "Russia", "fine")] }),
      doc({ id: "b2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] }),
      doc({ id: "b3", events: [event("ASSAULT", ["RUS"], ["UKR"], "2025-01-17")], quotes: [quote("RUS", "Russia", "BOOM")] }),
    ];
    const before = await store.counts();
    const err = await store.putDocuments(batch).catch((e: unknown) => e);
    expect((err as DyadError).code).toBe("E_STORE");
    expect((err as DyadError).message).toContain("refused by test");
    expect(await store.counts()).toEqual(before);
    for (const d of batch) expect(await store.hasArticle(textHash(d.article.text))).toBe(false);
    // nothing dangles: no event without a source, no row of an article that is not there
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM articles_fts").get()).toEqual({ n: 1 });
    db.close();
    // and the same batch goes in whole once the fault is gone
    store.db.exec("DROP TRIGGER refuse");
    expect(await store.putDocuments(batch)).toMatchObject({ stored: 3, duplicates: 0 });
    expect((await store.queryEvents({ type: "AGREE" }))[0].sourceCount).toBe(2);
    await store.close();
  });
});
