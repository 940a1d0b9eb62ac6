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
    expect(store.db.prepare("SELECT version FROM schema_migrations").all()).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
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
