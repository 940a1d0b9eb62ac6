// `dyad watch FEED...`: polls feeds every --interval seconds into the store, one log line per feed
// per poll (stdout), item failures on stderr; stops cleanly on SIGINT or SIGTERM (the item at hand
// is finished and its batch written, then the store is closed). The round itself is
// store/poll-feeds.ts; this file parses, wires and prints.
import { setTimeout as sleep } from "node:timers/promises";
import { DyadError } from "../errors.js";
import { fetchUrl, type FetchOptions } from "../sources/fetch-url.js";
import { isUrlSource } from "../sources/read-sources.js";
import { resourceItems } from "../sources/read-url.js";
import type { FeedStateStore } from "../store/feed-state.js";
import { ingest, type ExtractFn } from "../store/ingest.js";
import { openFeedState, openStore, storeSpec } from "../store/open-store.js";
import { formatPoll, pollFeeds, type PollDeps } from "../store/poll-feeds.js";
import type { Store } from "../store/store.js";
import { describeFailure, lazyEngine } from "./ingest-command.js";
import { printable } from "./printable.js";
import { cliAlerting, type CliAlerting } from "./alerting.js";
import type { CliIO } from "./run-cli.js";

export interface WatchCommandOptions {
  db?: string;
  /** a SQLite file or a clickhouse:// URL (before --db) */
  store?: string;
  /** seconds between the starts of two rounds (default 300) */
  interval?: number;
  /** one round, then exit (exit 1 when a feed or an item failed) */
  once?: boolean;
  allowPrivate?: boolean;
  /** read feed items' linked pages when their text is short (default true) */
  fetchLinks?: boolean;
  /** seconds allowed for each fetch */
  timeout?: number;
  batchSize?: number;
  dictionary?: string[];
  maxChars?: number;
}

/** What tests may replace: the stop signal (default: SIGINT/SIGTERM), clock, fetch, extractor. */
export interface WatchDeps {
  signal?: AbortSignal;
  now?: () => Date;
  fetch?: PollDeps["fetch"];
  extract?: ExtractFn;
  /** the environment (DYAD_WEBHOOK_SECRET); default process.env */
  env?: NodeJS.ProcessEnv;
}

export async function runWatch(feeds: string[], opts: WatchCommandOptions, io: CliIO, deps: WatchDeps = {}): Promise<number> {
  if (!feeds.length) {
    io.stderr.write("dyad watch: give one or more feed URLs (dyad watch --help)\n");
    return 2;
  }
  const notUrl = feeds.find((f) => !isUrlSource(f));
  if (notUrl) {
    io.stderr.write(`dyad watch: ${printable(`${notUrl} is not an http(s) URL`)}\n`);
    return 2;
  }
  const spec = storeSpec(opts);
  let store: Store;
  let state: FeedStateStore;
  let alerting: CliAlerting;
  try {
    store = openStore(spec);
    await store.migrate();
    state = openFeedState(spec);
    alerting = cliAlerting(spec, store, io, "dyad watch", deps.env);
  } catch (e) {
    io.stderr.write(`dyad watch: ${printable((e as Error).message)}\n`);
    return 2;
  }

  const { signal, release } = deps.signal ? { signal: deps.signal, release: () => {} } : processSignal();
  const fetchOptions: FetchOptions = { allowPrivate: opts.allowPrivate ?? false, timeoutMs: opts.timeout ? opts.timeout * 1000 : undefined };
  const abort = new AbortController();
  signal.addEventListener("abort", () => abort.abort(), { once: true });
  let fatal: unknown = null;
  const extract = deps.extract ?? lazyEngine(opts, io, null, abort, (e) => (fatal = e));
  const poll: PollDeps = {
    fetch: deps.fetch ?? ((url, headers) => fetchUrl(url, { ...fetchOptions, headers: { accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1", ...headers } })),
    readItems: (url, res) => resourceItems(url, res, {}, { fetch: fetchOptions, fetchLinks: opts.fetchLinks !== false, isKnown: (u) => store.hasArticle(u) }),
    ingest: (items) =>
      ingest(items, {
        store,
        extract,
        batchSize: opts.batchSize,
        signal: abort.signal,
        onBatch: (put) => alerting.onBatch(put),
        onFailure: (f) => io.stderr.write(`dyad watch: ${printable(describeFailure(f))}\n`),
      }),
    state,
    now: deps.now ?? (() => new Date()),
  };

  const interval = (opts.interval ?? 300) * 1000;
  let failed = false;
  try {
    while (!abort.signal.aborted) {
      const started = Date.now();
      for (const p of await pollFeeds(feeds, poll)) {
        io.stdout.write(printable(formatPoll(p)) + "\n");
        if (p.error || p.summary?.failed) failed = true;
        if (fatal) break;
      }
      if (fatal || opts.once) break;
      try {
        await sleep(Math.max(0, interval - (Date.now() - started)), undefined, { signal: abort.signal });
      } catch {
        break; // stopped while waiting
      }
    }
  } finally {
    release();
    await alerting.close();
    await state.close();
    await store.close();
  }
  if (fatal) {
    io.stderr.write(`dyad watch: ${printable(fatal instanceof DyadError ? fatal.message : String(fatal))}\n`);
    return 2;
  }
  if (signal.aborted) io.stderr.write("dyad watch: stopped\n");
  return opts.once && failed ? 1 : 0;
}

/** SIGINT and SIGTERM as an abort signal, for as long as the watch runs. */
function processSignal(): { signal: AbortSignal; release: () => void } {
  const ctl = new AbortController();
  const stop = () => ctl.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return {
    signal: ctl.signal,
    release: () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    },
  };
}
