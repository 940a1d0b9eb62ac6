// `dyad watch` and `dyad ingest URL` end to end against a feed server on 127.0.0.1: refused
// without --allow-private, read with it; a watch round per interval, conditional requests, and a
// clean stop when its signal fires. The extractor is the records helper (the engine is tested
// elsewhere), except for one run through runCli.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { runIngest } from "../../src/cli/ingest-command.js";
import type { Article } from "../../src/model/types.js";
import { runWatch } from "../../src/cli/watch-command.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { doc } from "../contract/_records.js";
import { ARTICLE_HTML, rss, startServer, type TestServer } from "../sources/_http-server.js";
import { cli, memoryIO, tempDir } from "./_memory-io.js";

let tmp: Awaited<ReturnType<typeof tempDir>>;
let srv: TestServer;
let items = [{ title: "Treaty signed", link: "/article.html", description: "Teaser." }];
let etag = '"e1"';
beforeAll(async () => {
  tmp = await tempDir();
  srv = await startServer({
    "/feed.xml": (q, r) => {
      if (q.headers["if-none-match"] === etag) {
        r.writeHead(304, { etag });
        return r.end();
      }
      r.writeHead(200, { "content-type": "application/rss+xml", etag });
      r.end(rss(items));
    },
    "/article.html": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      r.end(ARTICLE_HTML);
    },
    "/second.html": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      r.end(ARTICLE_HTML.replace(/Moscow on Friday/, "Tehran on Saturday").replace(/Treaty signed/g, "Second story"));
    },
  });
});
afterAll(async () => {
  await srv.close();
  await tmp.remove();
});

// the records helper, carrying the article's own metadata as the engine does
const extract = (a: Article) => {
  const { record } = doc({ id: a.id, text: a.text, url: a.url ?? null, title: a.title ?? null, outlet: a.outlet ?? null, published: a.published ?? null });
  record.document.byline = a.byline ?? null;
  return record;
};

async function articles(db: string) {
  const store = openSqliteStore(db, { readonly: true });
  try {
    return store.db.prepare("SELECT doc_id, url, title, byline, outlet FROM articles ORDER BY id").all();
  } finally {
    await store.close();
  }
}

describe("dyad ingest URL", () => {
  it("a loopback URL is refused without --allow-private: one failure, exit 1, nothing fetched", async () => {
    const before = srv.requests.length;
    const r = await cli(["ingest", `${srv.origin}/feed.xml`, "--db", join(tmp.dir, "refused.db")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[E_ADDRESS_REFUSED\].*127\.0\.0\.1 is a loopback address \(--allow-private fetches it\)/);
    expect(r.stderr).toMatch(/1 read, 0 stored, 0 duplicates skipped, 1 failed/);
    expect(srv.requests.length).toBe(before);
  });

  it("with --allow-private the feed is read, its short item from the linked page, with the page's byline", async () => {
    const db = join(tmp.dir, "feed.db");
    const m = memoryIO();
    const code = await runIngest([`${srv.origin}/feed.xml`], { db, allowPrivate: true }, m.io, { extract });
    expect(m.stderr()).toMatch(/1 read, 1 stored/);
    expect(code).toBe(0);
    expect(await articles(db)).toEqual([{ doc_id: "/article.html", url: `${srv.origin}/article.html`, title: "Treaty signed", byline: "Desk Writer", outlet: "Test Wire" }]);
  });

  it("an article URL through runCli and the real engine: stored with its byline; exit 0", async () => {
    const db = join(tmp.dir, "page.db");
    const r = await cli(["ingest", `${srv.origin}/article.html`, "--db", db, "--allow-private", "--timeout", "5"]);
    expect(r.stderr).toMatch(/1 read, 1 stored, 0 duplicates skipped, 0 failed; [1-9]\d* new events?/);
    expect(r.code).toBe(0);
    expect(await articles(db)).toMatchObject([{ title: "Treaty signed", byline: "Jane Doe", outlet: "Test Wire" }]);
  });
});

describe("dyad watch", () => {
  it("--once without --allow-private: the feed fails, logged, exit 1", async () => {
    const m = memoryIO();
    const code = await runWatch([`${srv.origin}/feed.xml`], { db: join(tmp.dir, "w0.db"), once: true }, m.io, { extract });
    expect(code).toBe(1);
    expect(m.stdout()).toMatch(/feed\.xml: failed: \[E_ADDRESS_REFUSED\]/);
  });

  it("polls each interval with the last ETag, stores only new items, and stops cleanly on its signal", async () => {
    const db = join(tmp.dir, "w1.db");
    const m = memoryIO();
    const stop = new AbortController();
    const lines = () => m.stdout().trim().split("\n").filter(Boolean);
    items = [{ title: "Treaty signed", link: "/article.html", description: "Teaser." }];
    etag = '"e1"';
    const seen = srv.requests.length;
    const running = runWatch([`${srv.origin}/feed.xml`], { db, interval: 0.2, allowPrivate: true }, m.io, { extract, signal: stop.signal });
    const until = async (n: number) => {
      for (let i = 0; i < 200 && lines().length < n; i++) await new Promise((r) => setTimeout(r, 25));
    };
    await until(2);
    // a new item appears: a new ETag
    items = [{ title: "Second story", link: "/second.html", description: "Teaser two." }, ...items];
    etag = '"e2"';
    await until(4);
    stop.abort();
    expect(await running).toBe(0);
    const log = lines();
    expect(log[0]).toMatch(/feed\.xml: 1 item, 1 new, 0 already stored, 0 failed/);
    expect(log[1]).toMatch(/feed\.xml: not modified \(304\)/);
    expect(log.some((l) => /2 items, 1 new, 1 already stored, 0 failed/.test(l))).toBe(true);
    expect(m.stderr()).toMatch(/dyad watch: stopped/);
    const feedRequests = srv.requests.slice(seen).filter((r) => r.url === "/feed.xml");
    // the first story's page was read once: when the feed changed, its stored URL was not fetched again
    expect(srv.requests.slice(seen).filter((r) => r.url === "/article.html")).toHaveLength(1);
    expect(srv.requests.slice(seen).filter((r) => r.url === "/second.html")).toHaveLength(1);
    expect(feedRequests[0].headers["if-none-match"]).toBeUndefined();
    expect(feedRequests[1].headers["if-none-match"]).toBe('"e1"');
    expect((await articles(db)).map((a) => (a as { title: string }).title)).toEqual(["Treaty signed", "Second story"]);
  });

  it("refuses what is not a URL, and no feeds at all, with exit 2", async () => {
    const m = memoryIO();
    expect(await runWatch(["feed.xml"], {}, m.io)).toBe(2);
    expect(m.stderr()).toMatch(/feed\.xml is not an http\(s\) URL/);
    expect(await runWatch([], {}, m.io)).toBe(2);
  });
});
