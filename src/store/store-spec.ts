// Which store a command names. Apart from open-store.ts so that the CLI can declare its flags
// without loading the SQLite and ClickHouse drivers.

export const DEFAULT_DB = "./dyad.db";

/** The store a command names: --store (a SQLite file or a clickhouse:// URL) before --db. */
export function storeSpec(opts: { db?: string; store?: string }): string {
  return opts.store ?? opts.db ?? DEFAULT_DB;
}
