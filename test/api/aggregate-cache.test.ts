// The aggregate cache: fresh per store state, stale for a while after a write, shared in flight, bounded.
import { describe, expect, it } from "vitest";
import { aggregateCache } from "../../src/api/aggregate-cache.js";
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
    const cached = aggregateCache(c.store, { staleMs: 1000, now: c.now });
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
    const cached = aggregateCache(c.store, { staleMs: 0, now: c.now });
    await cached("k", c.compute);
    c.counts.quotes++;
    expect(await cached("k", c.compute)).toBe(2);
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
});
