// A pool of engines in worker threads (piscina), for `dyad ingest --workers N`: extraction is
// CPU-bound and one article never depends on another, so N threads extract N articles at once
// while the main thread reads the sources and writes the store (one writer). Each worker loads
// wink-nlp and the dictionaries itself, on its first article: start-up and memory grow with N.
// The workers also read HTML pages (readPage), the other costly step of an ingest of web pages,
// which needs no engine.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Article, ExtractedDocument } from "./model/types.js";
import type { EngineConfig } from "./engine.js";
import { DyadError } from "./errors.js";
import { workerExecArgv } from "./worker-exec-argv.js";
import type { PageReply, PoolWorkerData, WorkerError, WorkerReply } from "./engine-worker.js";
import type { HtmlArticle, HtmlPage } from "./sources/read-html.js";

export interface EnginePoolOptions {
  /** threads (default: os.availableParallelism()) */
  workers?: number;
  /** the engine's config, the same for every worker */
  engine?: EngineConfig;
  /** tasks sent to a worker before it is done with the first (default 1). A worker runs them one
   * after another; sending several ahead keeps it busy while this thread cannot answer (a writer
   * committing a batch to SQLite blocks it for a while) */
  tasksPerWorker?: number;
  /** the niceness of the worker threads (0-19; default 0: the process's priority). A bulk ingest
   * beside interactive work (dyad serve on the same machine) runs its extraction at a lower priority,
   * so that it takes the CPU the server leaves; alone on a machine it runs as fast as ever */
  nice?: number;
  /** the worker's module (default: engine-worker.js beside this file; tests of src/ pass the built one) */
  workerFile?: string | URL;
}

export interface EnginePool {
  readonly workers: number;
  /** Extracts one article on a free worker. Rejects with the article's DyadError; with
   * EnginePoolStartError when the engine cannot be made (every article would fail). */
  extract(article: Article, warn?: (message: string) => void): Promise<ExtractedDocument>;
  /** Reads one HTML page into its article on a free worker (read-html.ts's readHtmlPage). Rejects
   * with the page's DyadError (E_EMPTY_TEXT when it holds no article). */
  readPage(page: HtmlPage): Promise<HtmlArticle>;
  /** Ends the threads once the articles given are done; `force`: those not yet started are dropped
   * (they reject), so that a stopping server does not extract for minutes first. */
  close(options?: { force?: boolean }): Promise<void>;
}

/** The engine could not be made in a worker (a bad dictionary): not the article's fault. */
export class EnginePoolStartError extends Error {
  constructor(readonly error: DyadError) {
    super(error.message);
    this.name = "EnginePoolStartError";
  }
}

/** How many articles an ingest keeps in flight with a pool of `workers`, and how many of them are
 * sent ahead to each worker: a few per worker, plus about a batch, since the writer blocks the main
 * thread while it commits one and the workers must have articles to go on with meanwhile; capped,
 * so that a huge batch size does not hold thousands of articles in memory. */
export function ingestWindow(workers: number, batchSize = 200): { concurrency: number; tasksPerWorker: number } {
  const concurrency = workers * 4 + Math.min(batchSize, 256);
  return { concurrency, tasksPerWorker: Math.ceil(concurrency / workers) };
}

export function defaultWorkers(): number {
  return availableParallelism();
}

export function createEnginePool(options: EnginePoolOptions = {}): EnginePool {
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers ${workers} is not a whole number ≥ 1`);
  const nice = options.nice ?? 0;
  if (!Number.isInteger(nice) || nice < 0 || nice > 19) throw new RangeError(`nice ${nice} is not a whole number from 0 to 19`);
  const tasksPerWorker = options.tasksPerWorker ?? 1;
  if (!Number.isInteger(tasksPerWorker) || tasksPerWorker < 1) throw new RangeError(`tasks per worker ${tasksPerWorker} is not a whole number ≥ 1`);
  const file = options.workerFile ?? defaultWorkerFile();
  const pool = new Piscina<Article | HtmlPage, WorkerReply | PageReply>({
    filename: typeof file === "string" ? file : fileURLToPath(file),
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: tasksPerWorker,
    // a worker holds an engine that took seconds to load: never let an idle one go mid-run
    idleTimeout: Number.POSITIVE_INFINITY,
    execArgv: workerExecArgv(),
    workerData: { engine: options.engine ?? {}, nice } satisfies PoolWorkerData,
  });
  return {
    workers,
    async extract(article, warn) {
      const reply = (await pool.run(article)) as WorkerReply;
      if ("error" in reply) {
        const error = fromWorkerError(reply.error);
        throw reply.start ? new EnginePoolStartError(error) : error;
      }
      if (warn) for (const w of reply.warnings) warn(w);
      return reply.record;
    },
    async readPage(page) {
      const reply = (await pool.run(page, { name: "readPage" })) as PageReply;
      if ("error" in reply) throw fromWorkerError(reply.error);
      return reply.article;
    },
    async close(closeOptions) {
      await pool.close({ force: closeOptions?.force ?? false });
    },
  };
}

/** engine-worker.js beside this module; when this module runs from its TypeScript source (under
 * vitest or a TS loader, whose hooks a worker thread does not inherit), the built one in dist/. */
function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith(".ts") ? join(dirname(here), "..", "dist", "engine-worker.js") : join(dirname(here), "engine-worker.js");
  if (!existsSync(file)) throw new DyadError("E_INTERNAL", `the worker module ${file} is missing (run npm run build, or use --workers 1)`, { file });
  return file;
}

function fromWorkerError(e: WorkerError): DyadError {
  const error = new DyadError(e.code, undefined, e.context);
  // the message as the worker wrote it (code, catalogue text and detail)
  error.message = e.message;
  return error;
}
