// --db PATH (or, later, --store clickhouse://...) → a Store. The one place that picks a driver.
import { DyadError } from "../errors.js";
import { MIGRATIONS } from "./sqlite/migrations.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "./dyad.db";

export interface OpenStoreOptions {
  /** for queries: the store must exist, and is opened for reading only */
  readonly?: boolean;
}

export function openStore(spec: string = DEFAULT_DB, options: OpenStoreOptions = {}): Store {
  if (/^clickhouse:\/\//i.test(spec)) throw new DyadError("E_STORE_OPEN", `${spec}: the ClickHouse store is not built yet; use a SQLite file`, { spec });
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
