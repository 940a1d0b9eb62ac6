// Whole-store aggregates (the graph, blocs, actor profiles, dyad series) cost tens of milliseconds
// each on a store of thousands of articles, and a UI asks for the same ones again and again. Their
// results are kept per store state: an entry is fresh while the store's counts are unchanged (a
// write always adds an article), and may be served for `staleMs` after a write, so that a steady
// ingest does not make every view recompute on every batch. Identical requests in flight share one
// computation. Bounded: the least recently used entries go first.
import type { Store } from "../store/store.js";

export interface AggregateCacheOptions {
  /** how long after a write a result of the store's previous state may still be served (default 5,000 ms) */
  staleMs?: number;
  /** entries kept (default 500) */
  maxEntries?: number;
  /** the clock (tests pass their own) */
  now?: () => number;
}

export type Cached = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

interface Entry {
  state: string;
  at: number;
  value: Promise<unknown>;
}

export function aggregateCache(store: Store, options: AggregateCacheOptions = {}): Cached {
  const staleMs = options.staleMs ?? 5000;
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, Entry>();

  return async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const c = await store.counts();
    const state = `${c.articles}/${c.eventSources}/${c.quotes}`;
    const t = now();
    const hit = entries.get(key);
    if (hit && (hit.state === state || t - hit.at < staleMs)) {
      // most recently used last
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    const entry: Entry = { state, at: t, value };
    entries.delete(key);
    entries.set(key, entry);
    // a failure is not kept: the next request tries again
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
