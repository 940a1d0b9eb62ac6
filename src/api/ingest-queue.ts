// The work of POST /api/ingest, off the thread that answers HTTP: articles are extracted by the
// engine pool of `dyad ingest --workers` (engine-pool.ts), made on the first ingest, at a lower
// priority than the server's own threads, and written by store/ingest.ts on a writer thread of
// their own (store-writer.ts) where the store can be opened there; otherwise on this thread, one
// article a transaction, so that between two short writes the server goes on answering reads. The articles accepted and not yet
// answered are bounded, all requests together: past the bound a request is refused at once with
// E_BUSY (503, Retry-After) rather than queued behind minutes of extraction.
import { availableParallelism } from "node:os";
import type { Article, ExtractedDocument } from "../model/types.js";
import type { Engine } from "../engine.js";
import { createEnginePool, ingestWindow, type EnginePool, type EnginePoolOptions } from "../engine-pool.js";
import { DyadError } from "../errors.js";
import { ingest } from "../store/ingest.js";
import { textHash } from "../store/article-key.js";
import type { PutResult, Store } from "../store/store.js";
import type { StoreWriter } from "../store-writer.js";

export interface IngestQueueOptions {
  store: Store;
  /** extract on this thread with this engine (tests, embedding): each article then holds the
   * server's thread while it is extracted. Default: a pool of engine threads, made on first use */
  engine?: Engine | (() => Engine | Promise<Engine>);
  /** the pool's options (default: one thread fewer than the cores, at least one, at niceness 10) */
  pool?: EnginePoolOptions;
  /** the most articles accepted and not yet answered, all requests together (default 200: two
   * full requests) */
  capacity?: number;
  /** makes the thread that writes (called on the first ingest; closed with the queue). Default:
   * writes go to `store` on this thread */
  writer?: () => StoreWriter;
  /** articles per store write (default 4 with a writer thread; 1 without, since a SQLite write
   * then holds this thread, and one article of 300 KB takes about a quarter of a second) */
  batchSize?: number;
  /** after each write, with what it wrote (watch rules: alerts/alert-pass.ts) */
  onBatch?: (written: PutResult) => Promise<void> | void;
}

export interface QueuedArticle {
  /** its place in the request's list */
  index: number;
  article: Article;
}

export interface IngestAnswer {
  stored: number;
  duplicates: number;
  events: number;
  merged: number;
  quotes: number;
  /** the server stopped before every article was dealt with: those left are neither stored nor failed */
  aborted: boolean;
  /** every article of the request, in its order: stored now or not (a duplicate, or failed) */
  items: { index: number; id: string | null; hash: string | null; stored: boolean }[];
  failures: { index: number; id: string | null; code: string; error: string }[];
}

export interface IngestQueue {
  /** Extracts and stores the articles; one that fails is listed with its code. Rejects with E_BUSY
   * (context.retryAfter: seconds) when they would pass the capacity. */
  run(articles: QueuedArticle[]): Promise<IngestAnswer>;
  /** Throws E_BUSY when `count` more articles would pass the capacity (a check before a request's
   * body is read; run checks again). */
  admit(count: number): void;
  /** Stops: what is being extracted is abandoned, what was extracted is written. */
  close(): Promise<void>;
}

/** Niceness of the pool's threads: extraction takes the CPU that reads leave. */
const POOL_NICE = 10;

export function createIngestQueue(options: IngestQueueOptions): IngestQueue {
  const capacity = options.capacity ?? 200;
  const batchSize = options.batchSize ?? (options.writer ? 4 : 1);
  let writer: StoreWriter | null = null;
  const put: Store["putDocuments"] = (docs) => {
    if (!options.writer) return options.store.putDocuments(docs);
    writer ??= options.writer();
    return writer.putDocuments(docs);
  };
  let accepted = 0;
  // the ingests under way, which close lets finish (aborted) before it closes the writer
  const running = new Set<Promise<unknown>>();
  // for Retry-After: a running estimate of the time between two articles done (the pool's
  // throughput, all its threads together), measured while articles follow one another
  let msPerArticle = 1000;
  let lastDone = 0;
  let pool: EnginePool | null = null;
  let engine: Promise<Engine> | null = null;
  const stop = new AbortController();
  const workers = options.engine ? 1 : (options.pool?.workers ?? Math.max(1, availableParallelism() - 1));

  const extractor = (): ((a: Article) => Promise<ExtractedDocument>) => {
    const given = options.engine;
    if (given) {
      engine ??= Promise.resolve(typeof given === "function" ? given() : given);
      return async (a) => (await engine!).extract(a);
    }
    pool ??= createEnginePool({ nice: POOL_NICE, tasksPerWorker: 2, ...options.pool, workers });
    const p = pool;
    return (a) => {
      if (stop.signal.aborted) return Promise.reject(new DyadError("E_BUSY", "the server is stopping"));
      return p.extract(a);
    };
  };

  const admit = (count: number) => {
    if (stop.signal.aborted) throw new DyadError("E_BUSY", "the server is stopping", { retryAfter: 5 });
    if (accepted + count > capacity) {
      // about when half of what is accepted will be done
      const waitS = Math.ceil((accepted * msPerArticle) / 2000);
      throw new DyadError("E_BUSY", `${accepted} articles are being ingested (at most ${capacity} at once)`, { retryAfter: Math.min(Math.max(waitS, 1), 600) });
    }
  };

  return {
    admit,
    async run(articles) {
      admit(articles.length);
      accepted += articles.length;
      try {
        const extract = extractor();
        const timed = async (a: Article) => {
          const r = await extract(a);
          const now = performance.now();
          // a gap of a minute or more is idle time, not work
          if (lastDone && now - lastDone < 60_000) msPerArticle = msPerArticle * 0.8 + (now - lastDone) * 0.2;
          lastDone = now;
          return r;
        };
        // the hashes this request stored, for its answer's items (one per article, as before the pool)
        const storedHashes = new Set<string>();
        const store = withWrites(options.store, async (docs) => {
          const result = await put(docs);
          for (const item of result.items) if (item.stored) storedHashes.add(item.hash);
          return result;
        });
        const { concurrency } = ingestWindow(workers, batchSize);
        const work = ingest(
          articles.map(({ article, index }) => ({ article, where: String(index) })),
          { store, extract: timed, batchSize, concurrency, signal: stop.signal, onBatch: options.onBatch },
        );
        running.add(work);
        const summary = await work.finally(() => running.delete(work));
        return {
          stored: summary.stored,
          duplicates: summary.duplicates,
          events: summary.events,
          merged: summary.merged,
          quotes: summary.quotes,
          aborted: summary.aborted,
          items: articles.map(({ index, article }) => {
            const hash = typeof article.text === "string" ? textHash(article.text) : null;
            return { index, id: article.id, hash, stored: hash !== null && storedHashes.has(hash) };
          }),
          failures: summary.failures.map((f) => ({
            // each article's `where` is its index (below)
            index: Number(f.where),
            id: f.id,
            code: f.error.code,
            error: f.error.message.replace(/^\[E_\w+\] /, ""),
          })),
        };
      } finally {
        accepted -= articles.length;
      }
    },
    async close() {
      stop.abort();
      // queued and running extractions are dropped: a stopping server answers what it stored
      await pool?.close({ force: true });
      await Promise.allSettled(running);
      await writer?.close();
    },
  };
}

/** The store, its writes going to `put`, each after a turn of the event loop: extractions finished
 * meanwhile would otherwise be written one after another in one run of microtasks, with no request
 * answered between. */
function withWrites(store: Store, put: Store["putDocuments"]): Store {
  const putDocuments: Store["putDocuments"] = async (docs) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return put(docs);
  };
  return new Proxy(store, { get: (target, key) => (key === "putDocuments" ? putDocuments : Reflect.get(target, key)) });
}
