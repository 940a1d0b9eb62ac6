// A connection to a ClickHouse store's servers: one client per server with dyad's settings, and
// the select / command / insert helpers that turn a server's error into a DyadError (with the
// server's error code, which the client leaves in the message for 18.16). Shared by the store
// (clickhouse-store.ts) and the feed state of `dyad watch` (clickhouse-feed-state.ts).
// Each query is retried, a few times with backoff, on the errors a server restart leaves behind
// (isTransientClickhouseError): a retried insert sends the same rows again, which every table
// keys by their content or by ids fixed before the first try (ReplacingMergeTree), so reads (FINAL)
// see them once even when the first try did land.
import { ClickHouseLogLevel, createClient, type ClickHouseClient, type ClickHouseSettings } from "@clickhouse/client";
import { DyadError } from "../../errors.js";
import { retry } from "../retry.js";
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

/** Server errors that a restart of a server of the cluster leaves behind, by code: 101 "Unexpected
 * packet Data received from client" (a Distributed table's pooled connection to a shard that
 * restarted), 209 socket timeout, 210 network error, 279 all connection tries failed (a shard down),
 * 32 and 33 a connection cut off while reading. */
const TRANSIENT_CODES = new Set([32, 33, 101, 209, 210, 279]);
/** The client's own: the server is down or restarting (refused), or went away mid-request. */
const TRANSIENT_NET = /^(ECONNREFUSED|ECONNRESET|EPIPE|ECONNABORTED|EHOSTUNREACH|UND_ERR_SOCKET)$/;

/** Whether a query that failed with `e` may succeed if sent again once the server is back. */
export function isTransientClickhouseError(e: unknown): boolean {
  for (let x = e as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; x && depth < 4; x = x.cause as typeof x, depth++) {
    if (typeof x.code === "string" && TRANSIENT_NET.test(x.code)) return true;
    const msg = typeof x.message === "string" ? x.message : "";
    if (/socket hang up|Unexpected packet Data received from client/i.test(msg)) return true;
    const code = Number(/Code: (\d+)/.exec(msg)?.[1] ?? NaN);
    if (TRANSIENT_CODES.has(code)) return true;
  }
  return false;
}

/** How a query is retried: 12 tries over 14-30 s. A server of the test cluster comes back 1-3 s
 * after a crash, but a clean stop (SIGTERM) waits for its open connections: 7-9 s under load here. */
export const CLICKHOUSE_RETRY = { tries: 12, firstDelayMs: 200, maxDelayMs: 3000, totalMs: 30_000 };

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
  const again = <T>(fn: () => Promise<T>): Promise<T> => retry(fn, { transient: isTransientClickhouseError, ...CLICKHOUSE_RETRY, ...options.retry });

  const fail = (what: string, e: unknown): never => {
    if (e instanceof DyadError) throw e;
    const msg = (e as Error)?.message ?? String(e);
    // the client does not parse 18.16's errors: the code is in the message
    const code = Number(/Code: (\d+)/.exec(msg)?.[1] ?? NaN);
    const hint = code === 60 || code === 81 ? " (the store has no schema: run dyad ingest, or migrate())" : "";
    // transient: still failing after the retries (a server down): ingest then fails the batch whole
    const transient = isTransientClickhouseError(e) ? { transient: true } : {};
    throw new DyadError("E_STORE", `${what}: ${msg.split("\n")[0]}${hint}`, { what, host: options.hosts[0], database: db, ...(Number.isNaN(code) ? {} : { clickhouseCode: code }), ...transient }, e);
  };

  return {
    clients,
    db,
    t,
    fail,
    async select<T>(what: string, query: string, on: ClickHouseClient = client): Promise<T[]> {
      try {
        return await again(async () => {
          const rs = await on.query({ query, format: "JSONEachRow" });
          return await rs.json<T>();
        });
      } catch (e) {
        return fail(what, e);
      }
    },
    async command(what: string, query: string, on: ClickHouseClient = client): Promise<void> {
      try {
        await again(() => on.command({ query }));
      } catch (e) {
        fail(what, e);
      }
    },
    async insert(what: string, table: string, values: object[]): Promise<void> {
      if (!values.length) return;
      try {
        await again(() => client.insert({ table: t(table), values, format: "JSONEachRow" }));
      } catch (e) {
        fail(what, e);
      }
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
    },
  };
}
