// `dyad serve`: flags → a store and the HTTP app (src/api/), listening until stopped. Nothing else.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from "../api/start-server.js";
import { DEFAULT_DB, openAlertStore, openStore } from "../store/open-store.js";
import type { AlertStore } from "../store/alert-store.js";
import { defaultReaders, readerModuleBuilt } from "../store/sqlite/sqlite-reader-pool.js";
import type { Store } from "../store/store.js";
import type { CliIO } from "./run-cli.js";
import { printable } from "./printable.js";

export interface ServeCommandOptions {
  db?: string;
  store?: string;
  port?: number;
  host?: string;
  token?: string;
  /** reader threads for a SQLite store (default: the number of cores, where the built reader
   * module is there; 0: read on the main thread, beside HTTP) */
  readers?: number;
  /** seconds an answer may be served after another process wrote to the store (default 5; 0:
   * always fresh; src/api/aggregate-cache.ts) */
  maxStale?: number;
}

/** What tests replace: the environment (DYAD_TOKEN) and how long to serve (default: until SIGINT or SIGTERM). */
export interface ServeDeps {
  env?: Record<string, string | undefined>;
  /** resolves when the server should stop; it gets the running server (tests query it, then resolve) */
  until?: (server: RunningServer) => Promise<void>;
}

/** The built web UI: dist/ui/ at the package root (this file is in src/cli/ or dist/cli/). */
export function defaultUiDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "ui");
}

export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export async function runServe(opts: ServeCommandOptions, io: CliIO, deps: ServeDeps = {}): Promise<number> {
  const spec = opts.store ?? opts.db ?? DEFAULT_DB;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(spec) && !existsSync(spec)) {
    io.stderr.write(`dyad serve: no store at ${printable(spec)} (make one with dyad ingest, or try dyad demo)\n`);
    return 2;
  }
  let store: Store;
  try {
    // reads on threads of their own, so that HTTP has the main thread to itself and a slow read
    // does not hold up the others (a ClickHouse store reads over the network: no threads)
    store = openStore(spec, { readers: opts.readers ?? (readerModuleBuilt() ? defaultReaders() : 0) });
    // brings an older store's schema up to date (the article view needs migration 6)
    await store.migrate();
  } catch (e) {
    io.stderr.write(`dyad serve: ${printable((e as Error).message)}\n`);
    return 2;
  }
  const token = opts.token ?? deps.env?.DYAD_TOKEN ?? process.env.DYAD_TOKEN;
  const staleMs = opts.maxStale === undefined ? undefined : opts.maxStale * 1000;
  return serveStore(store, { host: opts.host, port: opts.port, token: token || undefined, staleMs, storeSpec: spec }, io, deps, "dyad serve");
}

/** Serves an open store until `until` resolves, then closes both; shared by serve and demo. */
export async function serveStore(
  store: Store,
  /** storeSpec: where `store` is, for the ingest's writer thread (start-server.ts) */
  opts: { host?: string; port?: number; token?: string; uiDir?: string; staleMs?: number; storeSpec?: string },
  io: CliIO,
  deps: ServeDeps,
  name: string,
  onListening?: (server: RunningServer) => void,
): Promise<number> {
  // the watch rules' alerts, kept in the store (GET /api/alerts; rules fire on POST /api/ingest)
  let alerts: AlertStore | undefined;
  if (opts.storeSpec) {
    try {
      alerts = openAlertStore(opts.storeSpec);
    } catch (e) {
      io.stderr.write(`${name}: warning: no alerts: ${printable((e as Error).message)}\n`);
    }
  }
  let server: RunningServer;
  try {
    server = await startServer({
      alerts,
      webhookSecret: (deps.env?.DYAD_WEBHOOK_SECRET ?? process.env.DYAD_WEBHOOK_SECRET) || undefined,
      onAlertError: (m) => io.stderr.write(`${name}: ${printable(m)}\n`),
      store,
      host: opts.host ?? DEFAULT_HOST,
      port: opts.port ?? DEFAULT_PORT,
      token: opts.token,
      uiDir: opts.uiDir ?? defaultUiDir(),
      staleMs: opts.staleMs,
      storeSpec: opts.storeSpec,
      onInternalError: (e) => io.stderr.write(`${name}: internal error: ${(e as Error)?.stack ?? String(e)}\n`),
    });
  } catch (e) {
    io.stderr.write(`${name}: ${(e as Error).message}\n`);
    await alerts?.close();
    await store.close();
    return 2;
  }
  io.stdout.write(`${name}: listening on ${server.url} (API under ${server.url}api/, description at ${server.url}api/openapi.json); Ctrl-C stops\n`);
  onListening?.(server);
  await (deps.until ?? untilSignal)(server);
  await server.close();
  await alerts?.close();
  await store.close();
  return 0;
}
