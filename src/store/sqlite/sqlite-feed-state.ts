// Feed state in the SQLite store's file: table feed_state (migration 3), through a connection of
// its own, so that the Store interface stays as it is. Open it after the store has migrated.
// A write waits its turn as the store's batches do (sqlite-store.ts): another process (a manual
// dyad ingest beside dyad watch) may hold the file's write lock.
import Database from "better-sqlite3";
import { DyadError } from "../../errors.js";
import { feedStateFromRow, type FeedState, type FeedStateRow, type FeedStateStore } from "../feed-state.js";
import { BUSY_TIMEOUT_MS, whenSqliteFree } from "./sqlite-store.js";

export function openSqliteFeedState(path: string, options: { writeWaitMs?: number } = {}): FeedStateStore {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
    // short, since it blocks the thread; the rest of the wait is put's retry from the event loop
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.prepare("SELECT 1 FROM feed_state LIMIT 1").get();
  } catch (e) {
    throw new DyadError("E_STORE_OPEN", `${path}: no feed state (${(e as Error).message}); migrate the store first`, { path }, e);
  }
  const get = db.prepare("SELECT url, etag, last_modified, checked_at, status, error FROM feed_state WHERE url = ?");
  const put = db.prepare(
    `INSERT INTO feed_state (url, etag, last_modified, checked_at, status, error) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       checked_at = excluded.checked_at, status = excluded.status, error = excluded.error`,
  );
  return {
    async get(url) {
      const r = get.get(url) as FeedStateRow | undefined;
      return r ? feedStateFromRow(r) : null;
    },
    async put(s: FeedState) {
      await whenSqliteFree(() => put.run(s.url, s.etag, s.lastModified, s.checkedAt, s.status, s.error), options.writeWaitMs);
    },
    async close() {
      db.close();
    },
  };
}
