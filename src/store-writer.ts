// A store's writes on a thread of their own, for a server: a write to SQLite runs on the thread
// that calls it (computing an article's rows, then inserting them: a quarter of a second for an
// article of 300 KB, longer while another process holds the lock), and on the server's thread it
// would hold every request meanwhile. One thread, one task at a time: still one writer. The thread
// opens the store itself, from its spec, with a connection of its own.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { DyadError } from "./errors.js";
import type { DocumentToStore, PutResult } from "./store/store.js";
import { workerExecArgv } from "./worker-exec-argv.js";
import type { WriteReply, WriteTask, WriterWorkerData } from "./store-writer-worker.js";

export interface StoreWriter {
  /** Store.putDocuments, on the writer's thread. */
  putDocuments(docs: DocumentToStore[]): Promise<PutResult>;
  /** Closes the thread's store once the writes given are done, then the thread. */
  close(): Promise<void>;
}

export interface StoreWriterOptions {
  /** the worker's module (default: store-writer-worker.js beside this file, or the built one in dist/) */
  workerFile?: string | URL;
}

/** A writer of the store at `spec` (a SQLite file, not :memory:, or a clickhouse:// URL). */
export function createStoreWriter(spec: string, options: StoreWriterOptions = {}): StoreWriter {
  if (spec === ":memory:" || spec === "") throw new DyadError("E_STORE_OPEN", "a writer thread needs a store file: threads cannot share a store in memory", { spec });
  const file = options.workerFile ?? defaultWorkerFile();
  const pool = new Piscina<WriteTask, WriteReply>({
    filename: typeof file === "string" ? file : fileURLToPath(file),
    minThreads: 1,
    maxThreads: 1,
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    execArgv: workerExecArgv(),
    workerData: { spec } satisfies WriterWorkerData,
  });
  return {
    async putDocuments(docs) {
      const reply = await pool.run({ docs });
      if ("error" in reply) {
        const error = new DyadError(reply.error.code, undefined, reply.error.context);
        // the message as the thread wrote it (code, catalogue text and detail)
        error.message = reply.error.message;
        throw error;
      }
      if (!("result" in reply)) throw new DyadError("E_INTERNAL", "the writer thread answered a write with no result");
      return reply.result;
    },
    async close() {
      try {
        await pool.run({ close: true });
      } finally {
        await pool.close();
      }
    },
  };
}

/** store-writer-worker.js beside this module; from the TypeScript source (vitest), the built one. */
function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith(".ts") ? join(dirname(here), "..", "dist", "store-writer-worker.js") : join(dirname(here), "store-writer-worker.js");
  if (!existsSync(file)) throw new DyadError("E_INTERNAL", `the writer module ${file} is missing (run npm run build)`, { file });
  return file;
}
