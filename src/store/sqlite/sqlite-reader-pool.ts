// A SQLite store whose reads run on a pool of threads, each with its own read-only connection to
// the file, so that `dyad serve` answers from more than one core and a slow read (an aggregate
// over the whole store) never holds up the thread that does HTTP. WAL lets the readers read beside
// a writer (this process's POST /api/ingest, or a dyad ingest in another process): each read sees
// the last transaction committed before it began. Writes and migrations stay on this thread's
// own connection: SQLite has one writer at a time anyway. It is a Store like any other, so the
// API and the contract suite take it as they take the direct one.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { DyadError } from "../../errors.js";
import { workerExecArgv } from "../../worker-exec-argv.js";
import { limitBackground } from "../read-priority.js";
import type { Store } from "../store.js";
import { openSqliteStore } from "./sqlite-store.js";
import { READ_METHODS, type ReadMethod, type ReadReply, type ReadTask } from "./sqlite-reader-worker.js";

export interface SqliteReaderPoolOptions {
  /** reader threads (default: os.availableParallelism()) */
  readers?: number;
  /** the worker's module (default: sqlite-reader-worker.js beside this file, or the built one in dist/) */
  workerFile?: string | URL;
}

export function defaultReaders(): number {
  return availableParallelism();
}

/** Opens the store at `path` (it must be a file: the readers open it by name) for writing on this
 * thread and reading on `readers` threads. */
export function openSqliteReaderPool(path: string, options: SqliteReaderPoolOptions = {}): Store & { readonly readers: number } {
  const readers = options.readers ?? defaultReaders();
  if (!Number.isInteger(readers) || readers < 1) throw new RangeError(`readers ${readers} is not a whole number ≥ 1`);
  if (path === ":memory:" || path === "") throw new DyadError("E_STORE_OPEN", "a reader pool needs a store file: threads cannot share a store in memory", { path });
  // the writer's connection first: it creates the file (and its WAL) that the readers open
  const writer = openSqliteStore(path);
  const file = options.workerFile ?? defaultWorkerFile();
  let pool: Piscina<ReadTask, ReadReply>;
  try {
    pool = new Piscina<ReadTask, ReadReply>({
      filename: typeof file === "string" ? file : fileURLToPath(file),
      minThreads: readers,
      maxThreads: readers,
      idleTimeout: Number.POSITIVE_INFINITY,
      execArgv: workerExecArgv(),
      workerData: { path },
    });
  } catch (e) {
    void writer.close();
    throw e;
  }
  // background reads (read-priority.ts) take at most all readers but one, so that a read a request
  // waits on finds a reader free (measured: bench:api's p99 44-57 ms, 66-79 without); the others
  // wait their turn before the pool's queue, not in it
  const runTask = limitBackground((task: ReadTask) => pool.run(task), Math.max(1, readers - 1));
  const run = async (method: ReadMethod, args: unknown[]): Promise<unknown> => {
    const reply = await runTask({ method, args });
    if ("error" in reply) {
      const error = new DyadError(reply.error.code, undefined, reply.error.context);
      // the message as the reader wrote it (code, catalogue text and detail)
      error.message = reply.error.message;
      throw error;
    }
    return reply.value;
  };
  const reads = Object.fromEntries(READ_METHODS.map((m) => [m, (...args: unknown[]) => run(m, args)])) as unknown as Pick<Store, ReadMethod>;
  return {
    ...reads,
    readers,
    migrate: () => writer.migrate(),
    putDocuments: (docs) => writer.putDocuments(docs),
    async close() {
      await pool.close();
      await writer.close();
    },
  };
}

/** sqlite-reader-worker.js beside this module; when this module runs from its TypeScript source
 * (under vitest or a TS loader, whose hooks a worker thread does not inherit), the built one in dist/. */
export function readerModuleFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts") ? join(dirname(here), "..", "..", "..", "dist", "store", "sqlite", "sqlite-reader-worker.js") : join(dirname(here), "sqlite-reader-worker.js");
}

/** Whether the readers' module is there to run (it is not in a source tree never built). */
export function readerModuleBuilt(): boolean {
  return existsSync(readerModuleFile());
}

function defaultWorkerFile(): string {
  const file = readerModuleFile();
  if (!existsSync(file)) throw new DyadError("E_INTERNAL", `the reader module ${file} is missing (run npm run build, or serve with --readers 0)`, { file });
  return file;
}
