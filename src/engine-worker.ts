// The body of one worker thread of the engine pool (engine-pool.ts): one engine per thread, made
// from the pool's config on the thread's first article, then reused. Replies are plain data, since
// an Error loses its class and code on its way between threads; engine-pool.ts rebuilds them.
import { getPriority, setPriority } from "node:os";
import { workerData } from "piscina";
import type { Article, ExtractedDocument } from "./model/types.js";
import { createEngine, type Engine, type EngineConfig } from "./engine.js";
import { DyadError, type ErrorCode } from "./errors.js";
import { readHtmlPage, type HtmlArticle, type HtmlPage } from "./sources/read-html.js";

export interface WorkerError {
  code: ErrorCode;
  message: string;
  context: Record<string, unknown>;
}

export type WorkerReply =
  | { record: ExtractedDocument; warnings: string[] }
  /** `start`: the engine itself could not be made (a bad dictionary): every article would fail */
  | { error: WorkerError; start: boolean };

export type PageReply = { article: HtmlArticle } | { error: WorkerError };

/** What the pool gives each of its threads. */
export interface PoolWorkerData {
  engine: EngineConfig;
  /** this thread's niceness (0: as the process) */
  nice: number;
}

// A lower priority for this thread alone (on Linux a thread has its own niceness; elsewhere the
// call may set the whole process's, or be refused, which changes nothing else).
if ((workerData as PoolWorkerData | undefined)?.nice) {
  try {
    // never above the process's own priority: a niceness only ever lowers it
    setPriority(0, Math.max((workerData as PoolWorkerData).nice, getPriority(0)));
  } catch {
    /* not allowed here: run at the process's priority */
  }
}

let engine: Engine | undefined;

export default function extractInWorker(article: Article): WorkerReply {
  if (!engine) {
    try {
      engine = createEngine((workerData as PoolWorkerData).engine);
    } catch (e) {
      return { error: toWorkerError(e, { id: article?.id }), start: true };
    }
  }
  const warnings: string[] = [];
  try {
    return { record: engine.extract(article, (w) => warnings.push(w)), warnings };
  } catch (e) {
    return { error: toWorkerError(e, { id: article?.id }), start: false };
  }
}

/** An HTML page → its article (the pool's `readPage`); needs no engine. */
export function readPage(page: HtmlPage): PageReply {
  try {
    return { article: readHtmlPage(page) };
  } catch (e) {
    return { error: toWorkerError(e, { id: page?.id, where: page?.where }) };
  }
}

function toWorkerError(e: unknown, context: Record<string, unknown>): WorkerError {
  const err = e instanceof DyadError ? e : new DyadError("E_INTERNAL", (e as Error)?.message ?? String(e), context, e);
  // the context must survive structured cloning: keep its plain values only
  return { code: err.code, message: err.message, context: JSON.parse(JSON.stringify(err.context)) };
}
