// The body of one reader thread of the SQLite reader pool (sqlite-reader-pool.ts): a read-only
// connection of its own to the store's file (WAL lets it read beside the writer), and one read
// method of the Store interface per task. Replies are plain data, since an Error loses its class
// and code on its way between threads; the pool rebuilds them.
import { workerData } from "piscina";
import { DyadError, type ErrorCode } from "../../errors.js";
import type { Store } from "../store.js";
import { openSqliteStore } from "./sqlite-store.js";

/** The Store methods a reader thread answers: every one that only reads. */
export const READ_METHODS = [
  "hasArticle",
  "queryEvents",
  "queryQuotes",
  "searchArticles",
  "getArticle",
  "eventDateRange",
  "dyadSeries",
  "findActors",
  "actorRoles",
  "relationCounts",
  "actorRelationCounts",
  "counts",
  "countEvents",
  "countQuotes",
  "countArticles",
  "countActors",
] as const satisfies readonly (keyof Store)[];

export type ReadMethod = (typeof READ_METHODS)[number];

export interface ReadTask {
  method: ReadMethod;
  args: unknown[];
}

export interface ReaderError {
  code: ErrorCode;
  message: string;
  context: Record<string, unknown>;
}

export type ReadReply = { value: unknown } | { error: ReaderError };

let store: Store | undefined;
const allowed = new Set<string>(READ_METHODS);

export default async function readInWorker(task: ReadTask): Promise<ReadReply> {
  try {
    if (!allowed.has(task.method)) throw new DyadError("E_INTERNAL", `${String(task.method)} is not a read`);
    store ??= openSqliteStore((workerData as { path: string }).path, { readonly: true, mustExist: true });
    const read = store[task.method] as (...args: unknown[]) => Promise<unknown>;
    return { value: await read.apply(store, task.args) };
  } catch (e) {
    const err = e instanceof DyadError ? e : new DyadError("E_STORE", (e as Error)?.message ?? String(e), {}, e);
    // the context must survive structured cloning: keep its plain values only
    return { error: { code: err.code, message: err.message, context: JSON.parse(JSON.stringify(err.context)) as Record<string, unknown> } };
  }
}
