// Whole-store aggregates (the graph, blocs, actor profiles, dyad series) cost tens of milliseconds
// each on a store of thousands of articles, and a UI asks for the same ones again and again. Their
// results are kept per store state: an entry is fresh while the store's counts are unchanged (a
// write always adds an article), and may be served for `staleMs` after a write, so that a steady
// ingest does not make every view recompute on every batch. Past that, the old result is still
// served while one computation of the new one runs in the background (stale-while-revalidate), so
// that no request waits on a recomputation once a result exists: a result is at most `staleMs`
// plus one computation behind the store. A background computation's reads are marked as able to
// wait (store/read-priority.ts). Identical requests in flight share one computation. Bounded: the
// least recently used entries go first, past a number of entries or a total weight (the characters
// of the JSON answers that build-app.ts keeps whole).
import { inBackground } from "../store/read-priority.js";
import type { Store } from "../store/store.js";

export interface StoreStateOptions {
  /** the store's state (its counts, which cost a scan on a large store) is read at most this
   * often (default 250 ms) */
  checkMs?: number;
  /** the clock (tests pass their own) */
  now?: () => number;
}

/** What a store holds now, as a string that changes with every write; read at most every checkMs
 * and shared by every cache over the store. */
export interface StoreState {
  read(): Promise<string>;
  /** Forget the state read: the next read asks the store (after a write made here). */
  reset(): void;
  now(): number;
}

export function storeState(store: Store, options: StoreStateOptions = {}): StoreState {
  const now = options.now ?? (() => Date.now());
  const checkMs = options.checkMs ?? 250;
  let checked: { at: number; state: Promise<string> } | null = null;
  return {
    read() {
      const t = now();
      if (!checked || t - checked.at >= checkMs) {
        const state = store.counts().then((c) => `${c.articles}/${c.eventSources}/${c.quotes}`);
        checked = { at: t, state };
        // a failed read is tried again by the next request
        state.catch(() => (checked = null));
      }
      return checked.state;
    },
    reset() {
      checked = null;
    },
    now,
  };
}

export interface AggregateCacheOptions extends StoreStateOptions {
  /** how long after a write a result of the store's previous state may still be served (default 5,000 ms) */
  staleMs?: number;
  /** entries kept (default 500) */
  maxEntries?: number;
  /** a result's weight, counted once it is made (default: none) */
  weigh?: (value: unknown) => number;
  /** the total weight kept (default: no bound) */
  maxWeight?: number;
  /** background computations at once (default 2); past that, a stale result is served as it is
   * and a later request starts its computation: under load results lag further rather than
   * new requests queue behind refreshes */
  maxRefreshing?: number;
  /** past staleMs, serve the old result while the new one is computed (default true; never when
   * staleMs is 0); false:
   * wait for the new one */
  background?: boolean;
}

/** A key's result, kept or computed now. */
export type CacheLookup = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export interface Cached extends CacheLookup {
  /** Drops every entry (after a write made here, which is then seen at once). */
  clear(): void;
}

interface Entry {
  state: string;
  at: number;
  value: Promise<unknown>;
  weight: number;
  /** the value has been made (a failed one is dropped) */
  done: boolean;
  /** a newer value is being made in the background */
  refreshing: boolean;
}

/** A cache over a store, or over a store's state shared with other caches. */
export function aggregateCache(over: Store | StoreState, options: AggregateCacheOptions = {}): Cached {
  const state = "read" in over ? over : storeState(over, options);
  const staleMs = options.staleMs ?? 5000;
  const maxEntries = options.maxEntries ?? 500;
  const maxWeight = options.maxWeight ?? Infinity;
  const weigh = options.weigh;
  // staleMs 0: an old result is never served, not even while the new one is made
  const background = (options.background ?? true) && staleMs > 0;
  const maxRefreshing = options.maxRefreshing ?? 2;
  let refreshing = 0;
  const entries = new Map<string, Entry>();
  let weight = 0;

  const remove = (key: string, entry: Entry): void => {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    weight -= entry.weight;
  };
  const bound = (): void => {
    for (const [key, entry] of entries) {
      if (entries.size <= maxEntries && weight <= maxWeight) break;
      remove(key, entry);
    }
  };

  /** Makes a key's value and keeps it once made; a failure is not kept. */
  const make = <T>(key: string, compute: () => Promise<T>, current: string, t: number, replacing: Entry | null): Promise<T> => {
    const value = compute();
    const entry: Entry = { state: current, at: t, value, weight: 0, done: false, refreshing: false };
    if (!replacing) {
      entries.set(key, entry);
      bound();
    }
    value.then(
      (v) => {
        entry.done = true;
        if (replacing) {
          // the background computation replaces the old entry, if that is still kept
          if (entries.get(key) !== replacing) return;
          remove(key, replacing);
          entries.set(key, entry);
        } else if (entries.get(key) !== entry) return;
        entry.weight = weigh ? weigh(v) : 0;
        weight += entry.weight;
        bound();
      },
      // a failure is not kept: the next request tries again (and an old value is not served on)
      () => remove(key, replacing ?? entry),
    );
    return value;
  };

  const cached = async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const t = state.now();
    const current = await state.read();
    const hit = entries.get(key);
    const stale = !!hit && hit.state !== current && t - hit.at >= staleMs;
    if (hit && (!stale || hit.refreshing || (background && hit.done))) {
      // most recently used last
      entries.delete(key);
      entries.set(key, hit);
      if (stale && !hit.refreshing && refreshing < maxRefreshing) {
        // served as it is while one newer value is made
        hit.refreshing = true;
        refreshing++;
        const done = () => {
          refreshing--;
          hit.refreshing = false;
        };
        make(key, () => inBackground(compute), current, t, hit).then(done, done);
      }
      return hit.value as Promise<T>;
    }
    if (hit) remove(key, hit);
    return make(key, compute, current, t, null);
  };
  cached.clear = () => {
    entries.clear();
    weight = 0;
  };
  return cached as Cached;
}
