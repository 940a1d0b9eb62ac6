// Feed state (store/feed-state.ts) in a ClickHouse store: table feed_state, created by the store's
// migrate() (schema version 3). Each put writes a new version of the feed's row; a get reads the
// newest version, so that it is right whether or not the server has merged the old ones away.
import { feedStateFromRow, type FeedState, type FeedStateRow, type FeedStateStore } from "../feed-state.js";
import { connectClickhouse } from "./connection.js";
import { sqlString } from "./sql-literal.js";
import type { ClickhouseStoreOptions } from "./store-url.js";

export function openClickhouseFeedState(options: ClickhouseStoreOptions): FeedStateStore {
  const c = connectClickhouse(options);
  let version = 0;
  return {
    async get(url) {
      const rows = await c.select<FeedStateRow>(
        "feed state",
        `SELECT url, etag, last_modified, checked_at, status, error FROM ${c.t("feed_state")} WHERE url = ${sqlString(url)} ORDER BY version DESC LIMIT 1`,
      );
      return rows[0] ? feedStateFromRow(rows[0]) : null;
    },
    async put(s: FeedState) {
      // later than every version this process wrote, even within one millisecond
      version = Math.max(version + 1, Date.now());
      await c.insert("feed state", "feed_state", [
        { url: s.url, etag: s.etag, last_modified: s.lastModified, checked_at: s.checkedAt, status: s.status, error: s.error, version },
      ]);
    },
    async close() {
      await c.close();
    },
  };
}
