// `dyad ingest SOURCE...`: sources → engine → store. Flags and printing only; the work is in
// store/ingest.ts. The engine is created on the first article that needs extracting, so that a
// second run over the same input (all duplicates) does not pay for loading the dictionaries.
import type { Writable } from "node:stream";
import { performance } from "node:perf_hooks";
import type { Article } from "../model/types.js";
import { createEngine, type Engine } from "../engine.js";
import { DyadError } from "../errors.js";
import { readSources } from "../sources/read-sources.js";
import { ingest, type ExtractFn, type IngestFailure, type IngestProgress, type IngestSummary } from "../store/ingest.js";
import { openStore, redactPassword, storeSpec } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import type { CliIO } from "./run-cli.js";

export interface IngestCommandOptions {
  db?: string;
  store?: string;
  quiet?: boolean;
  batchSize?: number;
  dictionary?: string[];
  maxChars?: number;
  published?: string;
  outlet?: string;
}

/** What tests may replace: the extractor (default: one in-process engine) and the clock. */
export interface IngestDeps {
  extract?: ExtractFn;
  now?: () => number;
}

export async function runIngest(sources: string[], opts: IngestCommandOptions, io: CliIO, deps: IngestDeps = {}): Promise<number> {
  if (!sources.length) {
    io.stderr.write("dyad ingest: give one or more files or folders (dyad ingest --help)\n");
    return 2;
  }
  if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) {
    io.stderr.write(`dyad ingest: --published ${opts.published} is not YYYY-MM-DD\n`);
    return 2;
  }
  const dbPath = storeSpec(opts);
  let store: Store;
  try {
    store = openStore(dbPath);
    await store.migrate();
  } catch (e) {
    io.stderr.write(`dyad ingest: ${(e as Error).message}\n`);
    return 2;
  }

  const now = deps.now ?? (() => performance.now());
  const started = now();
  const tty = !opts.quiet && (io.stderr as Writable & { isTTY?: boolean }).isTTY === true;
  const progress = tty ? progressLine(io.stderr, now, started) : null;
  const abort = new AbortController();
  let fatal: unknown = null;
  const extract = deps.extract ?? lazyEngine(opts, io, progress, abort, (e) => (fatal = e));

  let summary: IngestSummary;
  try {
    summary = await ingest(readSources(sources, { published: opts.published, outlet: opts.outlet }), {
      store,
      extract,
      batchSize: opts.batchSize,
      signal: abort.signal,
      onProgress: progress?.update,
      onFailure: (f) => {
        progress?.clear();
        io.stderr.write(`dyad ingest: ${describeFailure(f)}\n`);
      },
    });
  } catch (e) {
    progress?.clear();
    io.stderr.write(`dyad ingest: ${(e as Error).message}\n`);
    await store.close();
    return 2;
  } finally {
    progress?.clear();
  }
  await store.close();
  if (fatal) {
    io.stderr.write(`dyad ingest: ${(fatal as Error).message}\n`);
    return 2;
  }
  const seconds = (now() - started) / 1000;
  if (!opts.quiet) io.stderr.write(formatSummary(summary, seconds, redactPassword(dbPath)) + "\n");
  return summary.failed ? 1 : 0;
}

function lazyEngine(opts: IngestCommandOptions, io: CliIO, progress: Progress | null, abort: AbortController, onFatal: (e: unknown) => void): ExtractFn {
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
      io.stderr.write(`dyad ingest: warning: article ${JSON.stringify(article.id)}: ${w}\n`);
    });
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

interface Progress {
  update(p: IngestProgress): void;
  clear(): void;
}

/** One line, rewritten at most five times a second; only on a terminal. */
function progressLine(out: Writable, now: () => number, started: number): Progress {
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const t = now();
      if (t - last < 200) return;
      last = t;
      const rate = p.read / Math.max((t - started) / 1000, 1e-3);
      out.write(`\r\x1b[K${p.read} read · ${p.stored} stored · ${p.duplicates} duplicates · ${p.failed} failed · ${rate.toFixed(1)} articles/s`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      out.write("\r\x1b[K");
      shown = false;
    },
  };
}
