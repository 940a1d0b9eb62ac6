// The body of the store writer's one thread (store-writer.ts): the store opened from its spec on
// the first write, then reused until the close task. Replies are plain data, since an Error loses
// its class and code on its way between threads; store-writer.ts rebuilds them.
import { workerData } from "piscina";
import { DyadError, type ErrorCode } from "./errors.js";
import { openStore } from "./store/open-store.js";
import type { DocumentToStore, PutResult, Store } from "./store/store.js";

export interface WriterWorkerData {
  /** a SQLite file or a clickhouse:// URL (open-store.ts) */
  spec: string;
}

export type WriteTask = { docs: DocumentToStore[] } | { close: true };

export type WriteReply = { result: PutResult } | { closed: true } | { error: { code: ErrorCode; message: string; context: Record<string, unknown> } };

let store: Store | undefined;

export default async function write(task: WriteTask): Promise<WriteReply> {
  try {
    if ("close" in task) {
      await store?.close();
      store = undefined;
      return { closed: true };
    }
    store ??= openStore((workerData as WriterWorkerData).spec);
    return { result: await store.putDocuments(task.docs) };
  } catch (e) {
    const err = e instanceof DyadError ? e : new DyadError("E_STORE", (e as Error)?.message ?? String(e), {}, e);
    // the context must survive structured cloning: keep its plain values only
    return { error: { code: err.code, message: err.message, context: JSON.parse(JSON.stringify(err.context)) } };
  }
}
