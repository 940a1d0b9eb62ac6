// `dyad ingest SOURCE...`: sources → engine → store. Flags and printing only; the work is in
// store/ingest.ts. The engine (or the pool of engines, with --workers N > 1) is created on the
// first article that needs extracting, so that a second run over the same input (all duplicates)
// does not pay for loading the dictionaries.
import type { Writable } from "node:stream";
import { performance } from "node:perf_hooks";
import type { Article } from "../model/types.js";
import { createEngine, type Engine } from "../engine.js";
import { createEnginePool, defaultWorkers, EnginePoolStartError, ingestWindow, type EnginePool } from "../engine-pool.js";
import { parseCalendarDate } from "../calendar-date.js";
import { DyadError } from "../errors.js";
import { estimateItems } from "../sources/count-sources.js";
import type { HtmlPageReader } from "../sources/read-html.js";
import { readSources } from "../sources/read-sources.js";
import { ingest, type ExtractFn, type IngestFailure, type IngestSummary } from "../store/ingest.js";
import { openStore, redactPassword, storeSpec } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { lowerHelperThreads } from "../thread-priority.js";
import { printable } from "./printable.js";
import type { CliIO } from "./run-cli.js";
import { progressBar, type ProgressBar } from "./progress-bar.js";
import { cliAlerting, type CliAlerting } from "./alerting.js";

export interface IngestCommandOptions {
  db?: string;
  store?: string;
  quiet?: boolean;
  batchSize?: number;
  dictionary?: string[];
  maxChars?: number;
  published?: string;
  outlet?: string;
  /** fetch from private, loopback, link-local, ... addresses too */
  allowPrivate?: boolean;
  /** read feed items' linked pages: true, false, or unset (URL feeds yes, feed files no) */
  fetchLinks?: boolean;
  /** seconds allowed for each fetch */
  timeout?: number;
  /** extraction threads (default: the number of cores); 0 or 1: one engine on this thread */
  workers?: number;
  /** niceness of the extraction threads with a pool (default 10: they yield to interactive work) */
  nice?: number;
}

/** What tests may replace: the extractor (default: one in-process engine, or a pool), the clock,
 * and the pool's worker module (tests of src/ run the built one). */
export interface IngestDeps {
  extract?: ExtractFn;
  now?: () => number;
  workerFile?: string | URL;
  /** the environment (DYAD_WEBHOOK_SECRET); default process.env */
  env?: NodeJS.ProcessEnv;
}

export async function runIngest(sources: string[], opts: IngestCommandOptions, io: CliIO, deps: IngestDeps = {}): Promise<number> {
  if (!sources.length) {
    io.stderr.write("dyad ingest: give one or more files, folders, feeds or URLs (dyad ingest --help)\n");
    return 2;
  }
  if (opts.published !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(opts.published) && parseCalendarDate(opts.published))) {
    io.stderr.write(`dyad ingest: --published ${printable(opts.published)} is not YYYY-MM-DD, a day of the calendar\n`);
    return 2;
  }
  const dbPath = storeSpec(opts);
  let store: Store;
  let alerting: CliAlerting;
  try {
    store = openStore(dbPath);
    await store.migrate();
    alerting = cliAlerting(dbPath, store, io, "dyad ingest", deps.env);
  } catch (e) {
    io.stderr.write(`dyad ingest: ${printable((e as Error).message)}\n`);
    return 2;
  }

  const now = deps.now ?? (() => performance.now());
  const started = now();
  const tty = !opts.quiet && (io.stderr as Writable & { isTTY?: boolean }).isTTY === true;
  const progress = tty ? progressBar(io.stderr, await estimateItems(sources), now) : null;
  const abort = new AbortController();
  let fatal: unknown = null;
  const workers = opts.workers ?? defaultWorkers();
  const onFatal = (e: unknown) => (fatal = e);
  const window = ingestWindow(workers, opts.batchSize);
  const pooled = !deps.extract && workers > 1 ? lazyPool(workers, window.tasksPerWorker, opts, io, progress, abort, onFatal, deps.workerFile) : null;
  const extract = deps.extract ?? pooled?.extract ?? lazyEngine(opts, io, progress, abort, onFatal);

  let summary: IngestSummary;
  try {
    const fetch = { allowPrivate: opts.allowPrivate ?? false, timeoutMs: opts.timeout ? opts.timeout * 1000 : undefined };
    const items = readSources(
      sources,
      { published: opts.published, outlet: opts.outlet },
      {
        fetch,
        fetchLinks: opts.fetchLinks,
        isKnown: (url) => store.hasArticle(url),
        // HTML pages are read on the pool's workers too, a few per worker ahead
        readPage: pooled?.readPage,
        readAhead: pooled ? workers * 4 : 1,
        maxChars: opts.maxChars,
      },
    );
    summary = await ingest(items, {
      store,
      extract,
      concurrency: pooled ? window.concurrency : 1,
      batchSize: opts.batchSize,
      signal: abort.signal,
      onProgress: progress?.update,
      onBatch: (put) => {
        progress?.clear();
        return alerting.onBatch(put);
      },
      onFailure: (f) => {
        progress?.clear();
        io.stderr.write(`dyad ingest: ${printable(describeFailure(f))}\n`);
      },
    });
  } catch (e) {
    progress?.clear();
    io.stderr.write(`dyad ingest: ${printable((e as Error).message)}\n`);
    await alerting.close();
    await store.close();
    return 2;
  } finally {
    progress?.stop();
    await pooled?.close();
  }
  await alerting.close();
  await store.close();
  if (fatal) {
    io.stderr.write(`dyad ingest: ${printable((fatal as Error).message)}\n`);
    return 2;
  }
  const seconds = (now() - started) / 1000;
  // the summary is printed in every case, --quiet included: it is what a log keeps of the run
  io.stderr.write(printable(formatSummary(summary, seconds, redactPassword(dbPath))) + "\n");
  return summary.failed ? 1 : 0;
}

export function lazyEngine(opts: IngestCommandOptions, io: CliIO, progress: ProgressBar | null, abort: AbortController, onFatal: (e: unknown) => void): ExtractFn {
  let engine: Engine | undefined;
  return (article: Article) => {
    if (!engine) {
      try {
        engine = createEngine({ dictionaries: opts.dictionary, maxChars: opts.maxChars });
      } catch (e) {
        onFatal(e);
        abort.abort();
        throw e;
      }
    }
    return engine.extract(article, (w) => {
      progress?.clear();
      io.stderr.write(`dyad ingest: ${printable(`warning: article ${JSON.stringify(article.id)}: ${w}`)}\n`);
    });
  };
}

/** The extraction threads' niceness by default (and that of the process's helper threads, which
 * collect their garbage): a bulk ingest yields the CPU to interactive work beside it (dyad serve
 * answering from the same store); alone on a machine it loses nothing. The writer (this thread)
 * keeps the process's priority, so that its transactions stay short. */
export const DEFAULT_NICE = 10;

/** The pool, started on the first article that needs extracting or the first HTML page. */
function lazyPool(
  workers: number,
  tasksPerWorker: number,
  opts: IngestCommandOptions,
  io: CliIO,
  progress: ProgressBar | null,
  abort: AbortController,
  onFatal: (e: unknown) => void,
  workerFile: string | URL | undefined,
): { extract: ExtractFn; readPage: HtmlPageReader; close(): Promise<void> } {
  let pool: EnginePool | undefined;
  const nice = opts.nice ?? DEFAULT_NICE;
  const started = () => {
    if (!pool) {
      // the helper threads too: they collect the workers' garbage (thread-priority.ts)
      lowerHelperThreads(nice);
      pool = createEnginePool({ workers, tasksPerWorker, nice, workerFile, engine: { dictionaries: opts.dictionary, maxChars: opts.maxChars } });
    }
    return pool;
  };
  return {
    readPage: (page) => started().readPage(page),
    async extract(article: Article) {
      try {
        return await started().extract(article, (w) => {
          progress?.clear();
          io.stderr.write(`dyad ingest: ${printable(`warning: article ${JSON.stringify(article.id)}: ${w}`)}\n`);
        });
      } catch (e) {
        if (e instanceof EnginePoolStartError) {
          if (!abort.signal.aborted) onFatal(e.error);
          abort.abort();
        }
        throw e;
      }
    },
    async close() {
      await pool?.close();
    },
  };
}

export function describeFailure(f: IngestFailure): string {
  return `${f.id !== null ? `article ${JSON.stringify(f.id)} (${f.where})` : f.where}: ${f.error instanceof DyadError ? f.error.message : String(f.error)}`;
}

export function formatSummary(s: IngestSummary, seconds: number, db: string): string {
  const rate = seconds > 0 ? s.read / seconds : 0;
  return (
    `dyad ingest: ${s.read} read, ${s.stored} stored, ${s.duplicates} duplicate${s.duplicates === 1 ? "" : "s"} skipped, ${s.failed} failed; ` +
    `${s.events} new event${s.events === 1 ? "" : "s"} (${s.merged} report${s.merged === 1 ? "" : "s"} merged into known events), ${s.quotes} quote${s.quotes === 1 ? "" : "s"}; ` +
    `${seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s → ${db}${s.aborted ? " (stopped early)" : ""}`
  );
}
