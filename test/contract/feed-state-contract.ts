// The feed-state contract (store/feed-state.ts): what `dyad watch` keeps of each feed between
// polls, run against every store that keeps it (openFeedState: SQLite, ClickHouse). `open` gives a
// fresh, migrated store's spec.
import { describe, expect, it } from "vitest";
import type { FeedState } from "../../src/store/feed-state.js";
import { openFeedState, openStore } from "../../src/store/open-store.js";

export function testFeedState(name: string, freshSpec: () => string): void {
  describe(`feed state contract: ${name}`, () => {
    async function opened() {
      const spec = freshSpec();
      const store = openStore(spec);
      await store.migrate();
      await store.close();
      return openFeedState(spec);
    }

    it("knows no feed at first; keeps what a poll put, validators and all", async () => {
      const state = await opened();
      try {
        expect(await state.get("https://wire.example/feed.xml")).toBeNull();
        const s: FeedState = { url: "https://wire.example/feed.xml", etag: '"e1"', lastModified: "Fri, 17 Jan 2025 10:00:00 GMT", checkedAt: "2025-01-17T10:00:00.000Z", status: 200, error: null };
        await state.put(s);
        expect(await state.get(s.url)).toEqual(s);
      } finally {
        await state.close();
      }
    });

    it("the latest poll wins, feed by feed; a failure keeps its reason and no status", async () => {
      const state = await opened();
      try {
        const a = "https://a.example/rss";
        const b = "https://b.example/atom";
        await state.put({ url: a, etag: '"1"', lastModified: null, checkedAt: "2025-01-17T10:00:00.000Z", status: 200, error: null });
        await state.put({ url: b, etag: null, lastModified: null, checkedAt: "2025-01-17T10:00:01.000Z", status: null, error: "connect ECONNREFUSED" });
        await state.put({ url: a, etag: '"2"', lastModified: "Sat, 18 Jan 2025 10:00:00 GMT", checkedAt: "2025-01-17T10:05:00.000Z", status: 304, error: null });
        expect(await state.get(a)).toEqual({ url: a, etag: '"2"', lastModified: "Sat, 18 Jan 2025 10:00:00 GMT", checkedAt: "2025-01-17T10:05:00.000Z", status: 304, error: null });
        expect(await state.get(b)).toEqual({ url: b, etag: null, lastModified: null, checkedAt: "2025-01-17T10:00:01.000Z", status: null, error: "connect ECONNREFUSED" });
      } finally {
        await state.close();
      }
    });

    it("outlives its connection: a new one reads what the last one put", async () => {
      const spec = freshSpec();
      const store = openStore(spec);
      await store.migrate();
      await store.close();
      const url = "https://wire.example/it's \"quoted\"\\/feed?x=1&y='2'";
      const first = openFeedState(spec);
      await first.put({ url, etag: "W/\"x'y\"", lastModified: null, checkedAt: "2025-01-17T10:00:00.000Z", status: 200, error: null });
      await first.close();
      const second = openFeedState(spec);
      try {
        expect(await second.get(url)).toMatchObject({ url, etag: "W/\"x'y\"", status: 200 });
      } finally {
        await second.close();
      }
    });
  });
}
