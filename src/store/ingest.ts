// Ingest: articles → extract → store, in batches. The core of `dyad ingest`, free of the command
// line: it takes the source items, an extract function (one engine in-process, or a pool of
// engines in worker threads) and a store, and returns a summary. With `concurrency` > 1 several
// extractions are in flight at once, but their results are taken in input order, so that the one
// writer (this thread) writes the same batches, and merges events in the same order, as a run
// with one engine: which article is an event's first report does not depend on thread timing. An article already stored (same URL or normalised
// text) is skipped before extraction, so a second run over the same input does almost no work.
// A bad article fails alone; a batch the store refuses is retried one article at a time, so that
// only the articles at fault fail.
import type { Article, ExtractedDocument } from "../model/types.js";
import { DyadError } from "../errors.js";
import type { SourceItem } from "../sources/read-articles.js";
import { normaliseUrl, textHash } from "./article-key.js";
import type { DocumentToStore, PutResult, Store } from "./store.js";

export type ExtractFn = (article: Article) => ExtractedDocument | Promise<ExtractedDocument>;

export interface IngestFailure {
  where: string;
  /** the article's id, when the item got as far as being an article */
  id: string | null;
  error: DyadError;
}

export interface IngestProgress {
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export interface IngestOptions {
  store: Store;
  extract: ExtractFn;
  /** articles per transaction (default 200) */
  batchSize?: number;
  /** extractions in flight at once (default 1: one after another); a pool wants a few per worker */
  concurrency?: number;
  /** called after each item is dealt with (cheap; throttle in the caller) */
  onProgress?: (p: IngestProgress) => void;
  /** called once per failed item, as it fails */
  onFailure?: (f: IngestFailure) => void;
  /** stops reading after the item at hand; what was extracted so far is still written */
  signal?: AbortSignal;
  /** called after each write with what it wrote, before the next batch (alerts/alert-pass.ts);
   * it should not throw: a failure here does not undo the write */
  onBatch?: (written: PutResult) => Promise<void> | void;
}

export interface IngestSummary extends IngestProgress {
  /** the run was stopped by its signal before the input ended */
  aborted: boolean;
  /** new event rows */
  events: number;
  /** reports merged into events already stored */
  merged: number;
  quotes: number;
  failures: IngestFailure[];
}

export async function ingest(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, options: IngestOptions): Promise<IngestSummary> {
  const { store, extract } = options;
  const batchSize = options.batchSize ?? 200;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size ${batchSize} is not a whole number ≥ 1`);
  const summary: IngestSummary = { aborted: false, read: 0, stored: 0, duplicates: 0, failed: 0, events: 0, merged: 0, quotes: 0, failures: [] };
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency ${concurrency} is not a whole number ≥ 1`);
  let batch: { doc: DocumentToStore; where: string; keys: string[] }[] = [];
  // keys of the articles being extracted or waiting in the batch, so that a copy within one run
  // is not extracted twice; a key leaves when its article is written (the store knows it then)
  // or fails (a later copy may then succeed)
  const pending = new Set<string>();
  // extractions in flight, in input order
  const inFlight: { article: Article; where: string; keys: string[]; result: Promise<{ record: ExtractedDocument } | { error: unknown }> }[] = [];

  const progress = () => options.onProgress?.({ read: summary.read, stored: summary.stored, duplicates: summary.duplicates, failed: summary.failed });
  const fail = (where: string, id: string | null, e: unknown) => {
    const error = e instanceof DyadError ? e : new DyadError("E_INTERNAL", (e as Error)?.message ?? String(e), { where, id }, e);
    const f = { where, id, error };
    summary.failed++;
    summary.failures.push(f);
    options.onFailure?.(f);
  };

  const flush = async () => {
    if (!batch.length) return;
    const current = batch;
    batch = [];
    let whole: PutResult | null = null;
    try {
      whole = await store.putDocuments(current.map((c) => c.doc));
    } catch (batchError) {
      // the store itself was unavailable (locked past the writer's wait, a server down past its
      // retries): no article is at fault, and trying each alone would wait that long again per article
      const unavailable = batchError instanceof DyadError && batchError.context.transient === true;
      // the transaction rolled back: find the articles at fault, one transaction each
      for (const c of current) {
        if (unavailable) {
          fail(c.where, c.doc.article.id, batchError);
          continue;
        }
        let written: PutResult;
        try {
          written = await store.putDocuments([c.doc]);
        } catch (e) {
          fail(c.where, c.doc.article.id, e instanceof DyadError ? e : new DyadError("E_STORE", (e as Error).message, { where: c.where }, e));
          continue;
        }
        await add(written);
      }
    }
    if (whole) await add(whole);
    for (const c of current) for (const k of c.keys) pending.delete(k);
    progress();
  };
  const add = async (r: PutResult) => {
    summary.stored += r.stored;
    summary.duplicates += r.duplicates;
    summary.events += r.events;
    summary.merged += r.merged;
    summary.quotes += r.quotes;
    // never inside a write's try: what it runs cannot turn a stored batch into failed articles
    if (options.onBatch) await options.onBatch(r);
  };

  /** Takes the oldest extraction in flight: into the batch, or failed. */
  const settleOldest = async () => {
    const { article, where, keys, result } = inFlight.shift()!;
    const r = await result;
    if ("error" in r) {
      for (const k of keys) pending.delete(k);
      if (options.signal?.aborted) {
        // the extractor gave up as a whole (not this article): the article is not counted
        summary.read--;
        summary.aborted = true;
        return;
      }
      fail(where, article.id, r.error);
      progress();
      return;
    }
    batch.push({ doc: { article, record: r.record }, where, keys });
    if (batch.length >= batchSize) await flush();
    else progress();
  };

  for await (const item of items) {
    if (options.signal?.aborted) {
      summary.aborted = true;
      break;
    }
    summary.read++;
    if ("error" in item) {
      fail(item.where, (item.error.context.id as string | undefined) ?? null, item.error);
      progress();
      continue;
    }
    const { article, where } = item;
    let keys: string[];
    try {
      keys = articleKeys(article);
    } catch (e) {
      fail(where, article.id, e);
      progress();
      continue;
    }
    if (keys.some((k) => pending.has(k)) || (await known(store, keys))) {
      summary.duplicates++;
      progress();
      continue;
    }
    for (const k of keys) pending.add(k);
    inFlight.push({ article, where, keys, result: run(extract, article) });
    while (inFlight.length >= concurrency) await settleOldest();
  }
  // what is still in flight is written too, even after an abort
  while (inFlight.length) await settleOldest();
  await flush();
  return summary;
}

/** The extraction as a settled value, so that a failure waiting in the queue is never unhandled. */
async function run(extract: ExtractFn, article: Article): Promise<{ record: ExtractedDocument } | { error: unknown }> {
  try {
    return { record: await extract(article) };
  } catch (error) {
    return { error };
  }
}

/** The keys an article is known by: its text hash, and its URL when it has one. */
function articleKeys(article: Article): string[] {
  if (typeof article.text !== "string") throw new DyadError("E_NO_TEXT_FIELD", undefined, { id: article.id });
  const keys = [textHash(article.text)];
  if (typeof article.url === "string" && article.url.trim()) keys.push(normaliseUrl(article.url));
  return keys;
}

async function known(store: Store, keys: string[]): Promise<boolean> {
  for (const k of keys) if (await store.hasArticle(k)) return true;
  return false;
}
