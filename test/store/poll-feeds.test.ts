// One poll round against an injected fetch and clock, over a real SQLite store and its feed state:
// 200 ingests and saves the validators, the next round sends them and a 304 reads nothing, a
// failing feed is logged and the others go on, and only new items are stored.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DyadError } from "../../src/errors.js";
import type { FetchedResource } from "../../src/sources/fetch-url.js";
import { resourceItems } from "../../src/sources/read-url.js";
import { ingest } from "../../src/store/ingest.js";
import { formatPoll, pollFeeds, type PollDeps } from "../../src/store/poll-feeds.js";
import { openSqliteFeedState } from "../../src/store/sqlite/sqlite-feed-state.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { FeedStateStore } from "../../src/store/feed-state.js";
import { doc } from "../contract/_records.js";
import { rss } from "../sources/_http-server.js";

let dir: string;
let store: ReturnType<typeof openSqliteStore>;
let state: FeedStateStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-poll-"));
  store = openSqliteStore(join(dir, "w.db"));
  await store.migrate();
  state = openSqliteFeedState(join(dir, "w.db"));
});
afterEach(async () => {
  await state.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const A = "https://wire.test/feed.xml";
const B = "https://broken.test/rss";
const item = (n: number) => ({ title: `Story ${n}`, link: `https://wire.test/story-${n}`, description: `Story number ${n}: the ministers met in Geneva and agreed on a plan.` });

/** A server in a function: what the feed holds now, answering If-None-Match with 304. */
function feedServer(items: () => ReturnType<typeof item>[], etag: () => string) {
  const asked: { url: string; headers: Record<string, string> }[] = [];
  const fetch: PollDeps["fetch"] = async (url, headers) => {
    asked.push({ url, headers });
    if (url === B) throw new DyadError("E_FETCH", `${url}: HTTP 503 Service Unavailable`, { url, status: 503 });
    const h = new Headers({ etag: etag(), "last-modified": "Fri, 17 Jan 2025 10:00:00 GMT", "content-type": "application/rss+xml" });
    if (headers["if-none-match"] === etag()) return { url, status: 304, headers: h, contentType: null, charset: null, body: new Uint8Array() } satisfies FetchedResource;
    return { url, status: 200, headers: h, contentType: "application/rss+xml", charset: null, body: Buffer.from(rss(items())) } satisfies FetchedResource;
  };
  return { fetch, asked };
}

function deps(fetch: PollDeps["fetch"], clock: { t: number }): PollDeps {
  return {
    fetch,
    readItems: (url, res) => resourceItems(url, res, {}, { fetchLinks: false }),
    ingest: (items) => ingest(items, { store, extract: (a) => doc({ id: a.id, text: a.text, url: a.url }).record }),
    state,
    now: () => new Date(clock.t),
  };
}

describe("pollFeeds", () => {
  it("200 stores the items and keeps the validators; the next round sends them and 304 reads nothing", async () => {
    const clock = { t: Date.parse("2025-01-17T10:00:00Z") };
    const server = feedServer(() => [item(1), item(2)], () => '"v1"');
    const first = await pollFeeds([A], deps(server.fetch, clock));
    expect(first[0]).toMatchObject({ url: A, status: 200, checkedAt: "2025-01-17T10:00:00.000Z", error: null });
    expect(first[0].summary).toMatchObject({ read: 2, stored: 2, failed: 0 });
    expect(server.asked[0].headers).toEqual({});
    expect(await state.get(A)).toEqual({ url: A, etag: '"v1"', lastModified: "Fri, 17 Jan 2025 10:00:00 GMT", checkedAt: "2025-01-17T10:00:00.000Z", status: 200, error: null });

    clock.t += 300_000;
    const second = await pollFeeds([A], deps(server.fetch, clock));
    expect(server.asked[1].headers).toEqual({ "if-none-match": '"v1"', "if-modified-since": "Fri, 17 Jan 2025 10:00:00 GMT" });
    expect(second[0]).toMatchObject({ status: 304, summary: null });
    expect(formatPoll(second[0])).toBe(`2025-01-17T10:05:00.000Z ${A}: not modified (304)`);
    expect(await state.get(A)).toMatchObject({ etag: '"v1"', status: 304, checkedAt: "2025-01-17T10:05:00.000Z" });
    expect((await store.counts()).articles).toBe(2);
  });

  it("a changed feed: only its new item is stored", async () => {
    const clock = { t: 0 };
    let items = [item(1), item(2)];
    let tag = '"v1"';
    const server = feedServer(() => items, () => tag);
    await pollFeeds([A], deps(server.fetch, clock));
    items = [item(3), item(1), item(2)];
    tag = '"v2"';
    const again = await pollFeeds([A], deps(server.fetch, clock));
    expect(again[0].summary).toMatchObject({ read: 3, stored: 1, duplicates: 2 });
    expect(formatPoll(again[0])).toMatch(/: 3 items, 1 new, 2 already stored, 0 failed/);
    expect((await store.counts()).articles).toBe(3);
    expect((await state.get(A))?.etag).toBe('"v2"');
  });

  it("a failing feed is reported and recorded; the next feed is still polled", async () => {
    const server = feedServer(() => [item(1)], () => '"v1"');
    const out = await pollFeeds([B, A], deps(server.fetch, { t: 0 }));
    expect(out.map((p) => p.status)).toEqual([null, 200]);
    expect(out[0].error?.code).toBe("E_FETCH");
    expect(formatPoll(out[0])).toMatch(/broken\.test\/rss: failed: .*HTTP 503/);
    expect(await state.get(B)).toMatchObject({ etag: null, status: 503, error: expect.stringMatching(/HTTP 503/) });
    expect((await store.counts()).articles).toBe(1);
  });

  it("when items fail, the new validators are not kept, so that the next round retries them", async () => {
    const server = feedServer(() => [item(1), { title: "Empty", link: "https://wire.test/empty", description: "" }], () => '"v1"');
    const out = await pollFeeds([A], deps(server.fetch, { t: 0 }));
    expect(out[0].summary).toMatchObject({ stored: 1, failed: 1 });
    expect(await state.get(A)).toMatchObject({ etag: null, status: 200, error: "1 item(s) failed" });
  });
});
