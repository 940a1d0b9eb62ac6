// A second writer on one SQLite file (another connection, as another process has): it waits for
// the first to commit instead of failing, sees what the first committed (an article stored
// meanwhile is a duplicate; a report of a stored event merges into it), and gives up with E_STORE
// only after its total wait. In one process: the first writer holds the file's write lock in a
// transaction that a timer ends.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { DyadError } from "../../src/errors.js";
import { openSqliteFeedState } from "../../src/store/sqlite/sqlite-feed-state.js";
import { isSqliteBusy, openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { doc, event, quote } from "../contract/_records.js";

let dir: string;
let path: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-writers-"));
  path = join(dir, "store.db");
  const s = openSqliteStore(path);
  await s.migrate();
  await s.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Another connection takes the file's write lock and holds it for `ms` (resolves when it lets go). */
function holdLock(ms: number): Promise<number> {
  const other = new Database(path);
  other.exec("BEGIN IMMEDIATE");
  return new Promise((resolve) =>
    setTimeout(() => {
      other.exec("COMMIT");
      other.close();
      resolve(Date.now());
    }, ms),
  );
}

describe("two writers on one SQLite file", () => {
  it("the second waits for the first to commit, then writes its batch whole", async () => {
    const released = holdLock(400);
    const store = openSqliteStore(path);
    const t0 = Date.now();
    const r = await store.putDocuments([doc({ id: "w1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")], quotes: [quote("RUS", "Russia", "Yes.")] })]);
    const releasedAt = await released;
    expect(r).toMatchObject({ stored: 1, events: 1, quotes: 1 });
    expect(Date.now()).toBeGreaterThanOrEqual(releasedAt);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(350);
    expect(await store.counts()).toMatchObject({ articles: 1, events: 1, quotes: 1 });
    await store.close();
  });

  it("an article the other writer stored while it waited is a duplicate; a report of the other's event merges into it", async () => {
    const first = openSqliteStore(path);
    const second = openSqliteStore(path);
    const a = doc({ id: "a", text: "Russia and Iran signed a treaty.", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] });
    const b = doc({ id: "b", text: "Moscow and Tehran signed a pact.", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-18")] });
    // the second writer's batch (a copy of a, and b) is computed before the first commits a
    const released = holdLock(100);
    const pending = second.putDocuments([a, b]);
    await released;
    // the first writer now stores a before the second gets the lock (its retry waits up to 250 ms)
    expect(await first.putDocuments([a])).toMatchObject({ stored: 1, events: 1 });
    const r = await pending;
    expect(r).toMatchObject({ stored: 1, duplicates: 1, events: 0, merged: 1 });
    expect(await second.counts()).toMatchObject({ articles: 2, events: 1, eventSources: 2 });
    expect((await second.queryEvents())[0].sourceCount).toBe(2);
    await Promise.all([first.close(), second.close()]);
  });

  it("gives up with E_STORE after its total wait (writeWaitMs), the store unchanged", async () => {
    const lock = new Database(path);
    lock.exec("BEGIN IMMEDIATE");
    const store = openSqliteStore(path, { writeWaitMs: 300 });
    const t0 = Date.now();
    const e = await store.putDocuments([doc({ id: "late" })]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DyadError);
    expect((e as DyadError).code).toBe("E_STORE");
    expect((e as DyadError).message).toMatch(/locked/);
    expect(isSqliteBusy(e)).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    lock.exec("ROLLBACK");
    lock.close();
    expect(await store.counts()).toMatchObject({ articles: 0 });
    await store.close();
  });

  it("dyad watch's feed state waits too: its write goes in once the other writer commits", async () => {
    const state = openSqliteFeedState(path);
    const released = holdLock(600);
    const t0 = Date.now();
    const feed = { url: "https://wire.test/feed.xml", etag: '"v1"', lastModified: null, checkedAt: "2025-01-17T10:00:00.000Z", status: 200, error: null };
    await state.put(feed);
    expect(Date.now()).toBeGreaterThanOrEqual(await released);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(550);
    expect(await state.get(feed.url)).toMatchObject({ etag: '"v1"', status: 200 });
    await state.close();
  });
});
