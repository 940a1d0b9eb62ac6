// The aggregate cache: fresh per store state, stale for a while after a write, shared in flight, bounded.
import { describe, expect, it } from "vitest";
import { aggregateCache, storeState } from "../../src/api/aggregate-cache.js";
import { isBackground } from "../../src/store/read-priority.js";
import type { Store, StoreCounts } from "../../src/store/store.js";

function counter() {
  const counts: StoreCounts = { articles: 1, actors: 1, events: 1, eventSources: 1, quotes: 1 };
  const store = { counts: async () => ({ ...counts }) } as unknown as Store;
  let clock = 0;
  let runs = 0;
  const compute = async () => ++runs;
  return { store, counts, compute, runs: () => runs, now: () => clock, tick: (ms: number) => (clock += ms) };
}

describe("aggregateCache", () => {
  it("computes once per store state; after a write, serves the old result only within staleMs", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { staleMs: 1000, checkMs: 0, now: c.now, background: false });
    expect(await cached("graph", c.compute)).toBe(1);
    c.tick(60_000);
    expect(await cached("graph", c.compute)).toBe(1);
    c.counts.articles++;
    expect(await cached("graph", c.compute)).toBe(2);
    c.counts.articles++;
    c.tick(500);
    expect(await cached("graph", c.compute)).toBe(2);
    c.tick(600);
    expect(await cached("graph", c.compute)).toBe(3);
    expect(await cached("blocs", c.compute)).toBe(4);
  });

  it("with staleMs 0 a write is seen at once", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { staleMs: 0, checkMs: 0, now: c.now });
    await cached("k", c.compute);
    c.counts.quotes++;
    expect(await cached("k", c.compute)).toBe(2);
  });

  it("reads the store's state at most every checkMs", async () => {
    const c = counter();
    let reads = 0;
    const counts = c.store.counts;
    c.store.counts = () => (reads++, counts());
    const cached = aggregateCache(c.store, { staleMs: 0, checkMs: 100, now: c.now });
    await cached("k", c.compute);
    c.counts.articles++;
    c.tick(50);
    expect(await cached("k", c.compute)).toBe(1);
    expect(reads).toBe(1);
    c.tick(50);
    expect(await cached("k", c.compute)).toBe(2);
    expect(reads).toBe(2);
  });

  it("identical requests in flight share one computation; a failure is not kept", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { now: c.now });
    let release!: () => void;
    const slow = () => new Promise<number>((res) => (release = () => res(42)));
    const a = cached("k", slow);
    const b = cached("k", slow);
    await new Promise((r) => setTimeout(r, 0));
    release();
    expect(await Promise.all([a, b])).toEqual([42, 42]);
    await expect(cached("bad", () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(await cached("bad", async () => "ok")).toBe("ok");
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { maxEntries: 2, now: c.now });
    await cached("a", c.compute);
    await cached("b", c.compute);
    await cached("a", c.compute);
    await cached("c", c.compute);
    expect(c.runs()).toBe(3);
    await cached("a", c.compute);
    expect(c.runs()).toBe(3);
    await cached("b", c.compute);
    expect(c.runs()).toBe(4);
  });

  it("past staleMs, serves the old result while one newer one is made, then the newer one", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { staleMs: 1000, checkMs: 0, now: c.now });
    let release!: () => void;
    let runs = 0;
    const slow = () => new Promise<number>((res) => (release = () => res(++runs)));
    const first = cached("graph", slow);
    await new Promise((r) => setTimeout(r, 0));
    release();
    expect(await first).toBe(1);
    c.counts.articles++;
    c.tick(1500);
    // stale: served at once, one computation started
    expect(await cached("graph", slow)).toBe(1);
    expect(await cached("graph", slow)).toBe(1);
    expect(runs).toBe(1);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(await cached("graph", slow)).toBe(2);
    expect(runs).toBe(2);
  });

  it("runs at most maxRefreshing background computations; a stale key past that is served as it is, and refreshed by a later request", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { staleMs: 1000, checkMs: 0, now: c.now, maxRefreshing: 1 });
    const release = new Map<string, () => void>();
    const runs = new Map<string, number>();
    const slow = (key: string) => () =>
      new Promise<number>((res) => {
        const n = (runs.get(key) ?? 0) + 1;
        runs.set(key, n);
        release.set(key, () => res(n));
      });
    const first = [cached("a", slow("a")), cached("b", slow("b"))];
    await new Promise((r) => setTimeout(r, 0));
    release.get("a")!();
    release.get("b")!();
    expect(await Promise.all(first)).toEqual([1, 1]);
    c.counts.articles++;
    c.tick(1500);
    // a's refresh takes the one slot: b is served stale and not refreshed
    expect(await cached("a", slow("a"))).toBe(1);
    expect(await cached("b", slow("b"))).toBe(1);
    expect([runs.get("a"), runs.get("b")]).toEqual([2, 1]);
    release.get("a")!();
    await new Promise((r) => setTimeout(r, 0));
    // the slot is free again: the next request for b starts its refresh
    expect(await cached("b", slow("b"))).toBe(1);
    expect(runs.get("b")).toBe(2);
    release.get("b")!();
    await new Promise((r) => setTimeout(r, 0));
    expect([await cached("a", slow("a")), await cached("b", slow("b"))]).toEqual([2, 2]);
  });

  it("marks a background computation's reads as able to wait, and only those", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { staleMs: 1000, checkMs: 0, now: c.now });
    const seen: boolean[] = [];
    const compute = async () => {
      await new Promise((r) => setTimeout(r, 0));
      // after an await, as a read deep in a query function would ask
      seen.push(isBackground());
      return seen.length;
    };
    expect(await cached("graph", compute)).toBe(1);
    c.counts.articles++;
    c.tick(1500);
    expect(await cached("graph", compute)).toBe(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(await cached("graph", compute)).toBe(2);
    expect(await cached("other", compute)).toBe(3);
    expect(seen).toEqual([false, true, false]);
    expect(isBackground()).toBe(false);
  });

  it("a failed background computation drops the old result: the next request computes and sees the error", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { staleMs: 10, checkMs: 0, now: c.now });
    expect(await cached("k", async () => "old")).toBe("old");
    c.counts.articles++;
    c.tick(20);
    expect(await cached("k", () => Promise.reject(new Error("gone")))).toBe("old");
    await new Promise((r) => setTimeout(r, 0));
    await expect(cached("k", () => Promise.reject(new Error("gone")))).rejects.toThrow("gone");
  });

  it("keeps at most maxWeight, counted once a result is made; clear() drops everything", async () => {
    const c = counter();
    const cached = aggregateCache(c.store, { now: c.now, weigh: (v) => (v as string).length, maxWeight: 10 });
    let runs = 0;
    const make = (s: string) => async () => (runs++, s);
    await cached("a", make("aaaaaa"));
    await cached("b", make("bbbb"));
    await cached("a", make("aaaaaa"));
    expect(runs).toBe(2);
    // 6 + 4 + 3 > 10: the least recently used (b) goes
    await cached("c", make("ccc"));
    await cached("a", make("aaaaaa"));
    expect(runs).toBe(3);
    await cached("b", make("bbbb"));
    expect(runs).toBe(4);
    cached.clear();
    await cached("a", make("aaaaaa"));
    expect(runs).toBe(5);
  });

  it("caches over one store state share its reading; reset() reads it again at once", async () => {
    const c = counter();
    let reads = 0;
    const counts = c.store.counts;
    c.store.counts = () => (reads++, counts());
    const state = storeState(c.store, { checkMs: 1000, now: c.now });
    const one = aggregateCache(state, { staleMs: 0 });
    const two = aggregateCache(state, { staleMs: 0 });
    await one("k", c.compute);
    await two("k", c.compute);
    expect(reads).toBe(1);
    c.counts.articles++;
    state.reset();
    expect(await one("k", c.compute)).toBe(3);
    expect(reads).toBe(2);
  });
});
