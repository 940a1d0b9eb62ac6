// Ingest: articles → extract → store, in batches. The core of `dyad ingest`, free of the command
// line: it takes the source items, an extract function (one engine in-process now, a worker pool
// later) and a store, and returns a summary. An article already stored (same URL or normalised
// text) is skipped before extraction, so a second run over the same input does almost no work.
// A bad article fails alone; a batch the store refuses is retried one article at a time, so that
// only the articles at fault fail.
import type { Article, ExtractedDocument } from "../model/types.js";
import { DyadError } from "../errors.js";
import type { SourceItem } from "../sources/read-articles.js";
import { normaliseUrl, textHash } from "./article-key.js";
import type { DocumentToStore, Store } from "./store.js";

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
  /** called after each item is dealt with (cheap; throttle in the caller) */
  onProgress?: (p: IngestProgress) => void;
  /** called once per failed item, as it fails */
  onFailure?: (f: IngestFailure) => void;
  /** stops reading after the item at hand; what was extracted so far is still written */
  signal?: AbortSignal;
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
  let batch: { doc: DocumentToStore; where: string }[] = [];
  // keys of the articles waiting in the batch, so that a copy within one batch is not extracted twice
  const pending = new Set<string>();

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
    pending.clear();
    try {
      add(await store.putDocuments(current.map((c) => c.doc)));
    } catch {
      // the transaction rolled back: find the articles at fault, one transaction each
      for (const c of current) {
        try {
          add(await store.putDocuments([c.doc]));
        } catch (e) {
          fail(c.where, c.doc.article.id, e instanceof DyadError ? e : new DyadError("E_STORE", (e as Error).message, { where: c.where }, e));
        }
      }
    }
    progress();
  };
  const add = (r: Awaited<ReturnType<Store["putDocuments"]>>) => {
    summary.stored += r.stored;
    summary.duplicates += r.duplicates;
    summary.events += r.events;
    summary.merged += r.merged;
    summary.quotes += r.quotes;
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
    let record: ExtractedDocument;
    try {
      record = await extract(article);
    } catch (e) {
      if (options.signal?.aborted) {
        // the extractor gave up as a whole (not this article): the article is not counted
        summary.read--;
        summary.aborted = true;
        break;
      }
      fail(where, article.id, e);
      progress();
      continue;
    }
    for (const k of keys) pending.add(k);
    batch.push({ doc: { article, record }, where });
    if (batch.length >= batchSize) await flush();
    else progress();
  }
  await flush();
  return summary;
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
