// A connection to a ClickHouse store's servers: one client per server with dyad's settings, and
// the select / command / insert helpers that turn a server's error into a DyadError (with the
// server's error code, which the client leaves in the message for 18.16). Shared by the store
// (clickhouse-store.ts) and the feed state of `dyad watch` (clickhouse-feed-state.ts).
import { ClickHouseLogLevel, createClient, type ClickHouseClient, type ClickHouseSettings } from "@clickhouse/client";
import { DyadError } from "../../errors.js";
import { sqlIdent } from "./sql-literal.js";
import type { ClickhouseStoreOptions } from "./store-url.js";

export interface ClickhouseConnection {
  /** one client per server, in the URL's order; the first takes the queries */
  clients: ClickHouseClient[];
  /** the database, as an identifier fit for query text */
  db: string;
  /** a table of the database, qualified */
  t(name: string): string;
  fail(what: string, e: unknown): never;
  select<T>(what: string, query: string, on?: ClickHouseClient): Promise<T[]>;
  command(what: string, query: string, on?: ClickHouseClient): Promise<void>;
  insert(what: string, table: string, values: object[]): Promise<void>;
  close(): Promise<void>;
}

export function connectClickhouse(options: ClickhouseStoreOptions): ClickhouseConnection {
  const db = sqlIdent(options.database);
  const timeout = options.timeoutSeconds ?? 60;
  if (!options.hosts.length) throw new DyadError("E_STORE_OPEN", "no ClickHouse server given", {});
  const settings: ClickHouseSettings = {
    max_execution_time: timeout,
    // reads follow writes: an insert through a Distributed table returns once every shard has its rows
    insert_distributed_sync: 1,
    output_format_json_quote_64bit_integers: 0,
  };
  const clients = options.hosts.map((url) =>
    createClient({
      url,
      username: options.username ?? "default",
      password: options.password ?? "",
      request_timeout: (timeout + 5) * 1000,
      clickhouse_settings: settings,
      // the client logs every server error itself; dyad reports them as DyadErrors
      log: { level: ClickHouseLogLevel.OFF },
    }),
  );
  const client = clients[0];
  const t = (name: string) => `${db}.${name}`;

  const fail = (what: string, e: unknown): never => {
    if (e instanceof DyadError) throw e;
    const msg = (e as Error)?.message ?? String(e);
    // the client does not parse 18.16's errors: the code is in the message
    const code = Number(/Code: (\d+)/.exec(msg)?.[1] ?? NaN);
    const hint = code === 60 || code === 81 ? " (the store has no schema: run dyad ingest, or migrate())" : "";
    throw new DyadError("E_STORE", `${what}: ${msg.split("\n")[0]}${hint}`, { what, host: options.hosts[0], database: db, ...(Number.isNaN(code) ? {} : { clickhouseCode: code }) }, e);
  };

  return {
    clients,
    db,
    t,
    fail,
    async select<T>(what: string, query: string, on: ClickHouseClient = client): Promise<T[]> {
      try {
        const rs = await on.query({ query, format: "JSONEachRow" });
        return await rs.json<T>();
      } catch (e) {
        return fail(what, e);
      }
    },
    async command(what: string, query: string, on: ClickHouseClient = client): Promise<void> {
      try {
        await on.command({ query });
      } catch (e) {
        fail(what, e);
      }
    },
    async insert(what: string, table: string, values: object[]): Promise<void> {
      if (!values.length) return;
      try {
        await client.insert({ table: t(table), values, format: "JSONEachRow" });
      } catch (e) {
        fail(what, e);
      }
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
    },
  };
}
