// --db PATH or --store clickhouse://... → a Store. The one place that picks a driver.
import { DyadError } from "../errors.js";
import { MIGRATIONS } from "./sqlite/migrations.js";
import { openClickhouseStore } from "./clickhouse/clickhouse-store.js";
import { openClickhouseFeedState } from "./clickhouse/clickhouse-feed-state.js";
import type { FeedStateStore } from "./feed-state.js";
import type { AlertStore } from "./alert-store.js";
import { openClickhouseAlertStore } from "./clickhouse/clickhouse-alert-store.js";
import { openSqliteAlertStore } from "./sqlite/sqlite-alert-store.js";
import { openSqliteFeedState } from "./sqlite/sqlite-feed-state.js";
import { isClickhouseUrl, parseClickhouseUrl } from "./clickhouse/store-url.js";
import { openSqliteReaderPool } from "./sqlite/sqlite-reader-pool.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

import { DEFAULT_DB } from "./store-spec.js";

// (in store-spec.ts, which loads no driver: the CLI names them before it opens a store)
export { DEFAULT_DB, storeSpec } from "./store-spec.js";

/** A store spec fit to print: a URL's password replaced by ***. */
export function redactPassword(spec: string): string {
  return spec.replace(/^(clickhouse:\/\/[^:@/]*:)[^@/]*@/i, "$1***@");
}

export interface OpenStoreOptions {
  /** for queries: the store must exist, and is opened for reading only */
  readonly?: boolean;
  /** a SQLite store read by this many threads, each with its own connection
   * (sqlite/sqlite-reader-pool.ts); 0 or absent: read on this thread. Not with `readonly`. */
  readers?: number;
}

/** A SQLite file path, or clickhouse://HOST:PORT[,HOST:PORT]/DATABASE[?cluster=NAME] (HTTP ports).
 * A ClickHouse store is checked on first use: a query on a database without the schema fails
 * with E_STORE and says to run dyad ingest. */
export function openStore(spec: string = DEFAULT_DB, options: OpenStoreOptions = {}): Store {
  if (isClickhouseUrl(spec)) return openClickhouseStore(parseClickhouseUrl(spec));
  if (options.readers && !options.readonly) return openSqliteReaderPool(spec, { readers: options.readers });
  const store = openSqliteStore(spec, { readonly: options.readonly, mustExist: options.readonly });
  if (options.readonly && store.schemaVersion() === 0) {
    void store.close();
    throw new DyadError("E_STORE_OPEN", `${spec} is not a dyad store (run dyad ingest first)`, { spec });
  }
  // a reader cannot migrate: a store from an older dyad lacks tables that the queries read
  const latest = Math.max(...MIGRATIONS.map((m) => m.version));
  if (options.readonly && store.schemaVersion() < latest) {
    const version = store.schemaVersion();
    void store.close();
    throw new DyadError("E_STORE_OPEN", `${spec} has schema version ${version}, this dyad reads ${latest}: run dyad ingest on it once (with any input) to upgrade it`, { spec, version, latest });
  }
  return store;
}

/** The feed state of `dyad watch` kept in the store a spec names (beside its articles). Open it
 * after the store has migrated: the table is part of the store's schema. */
export function openFeedState(spec: string = DEFAULT_DB): FeedStateStore {
  return isClickhouseUrl(spec) ? openClickhouseFeedState(parseClickhouseUrl(spec)) : openSqliteFeedState(spec);
}

/** The watch rules and alerts kept in the store a spec names (store/alert-store.ts). Open it after
 * the store has migrated: the tables are part of the store's schema. */
export function openAlertStore(spec: string = DEFAULT_DB): AlertStore {
  return isClickhouseUrl(spec) ? openClickhouseAlertStore(parseClickhouseUrl(spec)) : openSqliteAlertStore(spec);
}
