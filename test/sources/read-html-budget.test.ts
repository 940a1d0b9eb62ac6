// What one HTML page may cost: a page nested past the depth limit, or read past its time, fails
// alone with E_PAGE_TOO_COMPLEX, fast, in this thread, on a worker of the pool and in an ingest;
// normal pages (nested as deep as real ones are) read as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { createEnginePool } from "../../src/engine-pool.js";
import { DyadError } from "../../src/errors.js";
import { htmlToArticle, MAX_HTML_DEPTH, readHtmlPage } from "../../src/sources/read-html.js";
import { parseFeedText } from "../../src/sources/read-feed.js";
import { runIngest } from "../../src/cli/ingest-command.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { memoryIO, tempDir } from "../cli/_memory-io.js";
import { readSources } from "../../src/sources/read-sources.js";
import type { HtmlPage } from "../../src/sources/read-html.js";
import { rss, startServer, type TestServer } from "./_http-server.js";

const PARA = "Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on Friday, the Kremlin said, deepening ties between the two states. ";
// html > body > `wrap` <div>s > p (no <article>: the trim would cut the page down to it)
const article = (wrap: number) =>
  `<!doctype html><html><head><title>Treaty</title></head><body>${"<div>".repeat(wrap)}${`<p>${PARA.repeat(3)}</p>`.repeat(6)}${"</div>".repeat(wrap)}</body></html>`;
// the page of issue 12: 5,000 nested <div>s, about 30 KB
const nested = `<!doctype html><html><body>${"<div>".repeat(5000)}<p>${PARA}</p>${"</div>".repeat(5000)}</body></html>`;
const workerFile = fileURLToPath(new URL("../../dist/engine-worker.js", import.meta.url));

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof DyadError ? e.code : `not a DyadError: ${(e as Error).message}`;
  }
  return undefined;
}

describe("a page's depth and time budget", () => {
  it("5,000 nested <div>s fail with E_PAGE_TOO_COMPLEX within a second, before any DOM is built", () => {
    const t = performance.now();
    expect(codeOf(() => readHtmlPage({ bytes: Buffer.from(nested), where: "nested.html", id: "nested" }))).toBe("E_PAGE_TOO_COMPLEX");
    expect(codeOf(() => htmlToArticle(nested))).toBe("E_PAGE_TOO_COMPLEX");
    // unclosed, and gzipped, the same
    expect(codeOf(() => readHtmlPage({ bytes: gzipSync("<html><body>" + "<div>x ".repeat(5000)), where: "n.html.gz", id: "n" }))).toBe("E_PAGE_TOO_COMPLEX");
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it("a page as deep as the limit reads as the same page unwrapped; one level more fails", () => {
    const deepest = MAX_HTML_DEPTH - 3;
    const flat = htmlToArticle(article(0));
    expect(flat.text).toContain("strategic partnership treaty");
    expect(htmlToArticle(article(deepest)).text).toBe(flat.text);
    expect(codeOf(() => htmlToArticle(article(deepest + 1)))).toBe("E_PAGE_TOO_COMPLEX");
    expect(codeOf(() => htmlToArticle(article(10), { maxDepth: 12 }))).toBe("E_PAGE_TOO_COMPLEX");
  });

  it("a page read past its time fails with E_PAGE_TOO_COMPLEX; with its default time it reads", () => {
    // 120 levels (inside the depth limit) and many paragraphs: Readability needs well over 1 ms
    const slow = `<html><body>${"<div><p>a few words here</p>".repeat(120)}${`<p>${PARA}</p>`.repeat(200)}${"</div>".repeat(120)}</body></html>`;
    expect(codeOf(() => htmlToArticle(slow, { timeLimitMs: 1 }))).toBe("E_PAGE_TOO_COMPLEX");
    expect(htmlToArticle(slow).text).toContain("strategic partnership");
  });

  it("a feed item's HTML nested past the limit is flattened, not parsed deep: its words are kept", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Deep</title><link>https://n.example/1</link><description><![CDATA[${"<div>".repeat(20_000)}${PARA}${"</div>".repeat(20_000)}]]></description></item></channel></rss>`;
    const t = performance.now();
    const feed = parseFeedText(rss, "deep.xml");
    expect(feed.entries[0].text.trim()).toBe(PARA.trim());
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

describe.skipIf(!existsSync(workerFile))("the budget on the pool's workers and in an ingest", () => {
  const tmp = tempDir();
  afterAll(async () => (await tmp).remove());

  it("on a worker: the nested page fails with its code within 5 s, the next page reads", async () => {
    const pool = createEnginePool({ workers: 1, workerFile });
    try {
      await pool.readPage({ bytes: Buffer.from(article(0)), where: "warm.html", id: "warm" }); // thread start-up, not the page's time
      const t = performance.now();
      const bad = pool.readPage({ bytes: Buffer.from(nested), where: "nested.html", id: "nested" });
      await expect(bad).rejects.toMatchObject({ code: "E_PAGE_TOO_COMPLEX" });
      expect(performance.now() - t).toBeLessThan(5000);
      expect((await pool.readPage({ bytes: Buffer.from(article(3)), where: "ok.html", id: "ok" })).text).toContain("strategic partnership");
    } finally {
      await pool.close();
    }
  });

  it("dyad ingest with workers: the nested page fails alone, the good page is stored", async () => {
    const t = await tmp;
    const bad = await t.file("nested.html", nested);
    const good = await t.file("good.html", article(2));
    const db = `${t.dir}/pages.db`;
    const m = memoryIO();
    const started = performance.now();
    const code = await runIngest([bad, good], { db, quiet: true, workers: 2 }, m.io, { workerFile });
    expect(code).toBe(1);
    expect(m.stderr()).toMatch(/nested\.html.*\[E_PAGE_TOO_COMPLEX\].*nested more than 128 deep/);
    expect(m.stderr()).toMatch(/2 read, 1 stored, 0 duplicates skipped, 1 failed/);
    expect(performance.now() - started).toBeLessThan(30_000);
    const store = openSqliteStore(db);
    try {
      expect(await store.countArticles()).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe("pages fetched from URLs and feeds' links", () => {
  let srv: TestServer;
  beforeAll(async () => {
    const html = (body: string) => (_req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(body);
    };
    srv = await startServer({
      "/nested.html": html(nested),
      "/good.html": html(article(2)),
      "/feed.xml": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        // items with a line of text each: their linked pages are read
        res.end(rss([{ title: "Deep", link: `${srv.origin}/nested.html`, description: "Short." }, { title: "Good", link: `${srv.origin}/good.html`, description: "Short." }]));
      },
    });
  });
  afterAll(() => srv.close());

  it("go through the same page reader as files (a pool's workers in an ingest), each within its budget", async () => {
    const read: string[] = [];
    const readPage = (page: HtmlPage) => {
      read.push(page.where);
      return readHtmlPage(page);
    };
    const out: string[] = [];
    for await (const x of readSources([`${srv.origin}/good.html`, `${srv.origin}/feed.xml`], {}, { fetch: { allowPrivate: true }, readPage }))
      out.push("error" in x ? `error:${x.error.code}` : `ok:${x.article.title}`);
    expect(read).toEqual([`${srv.origin}/good.html`, `${srv.origin}/nested.html`, `${srv.origin}/good.html`]);
    // (a feed item keeps its own title; the page gives the text)
    expect(out).toEqual(["ok:Treaty", "error:E_PAGE_TOO_COMPLEX", "ok:Good"]);
  });

  it.skipIf(!existsSync(workerFile))("dyad ingest of a feed URL with workers: the nested linked page fails alone", async () => {
    const t = await tmp0;
    const db = `${t.dir}/feed.db`;
    const m = memoryIO();
    const code = await runIngest([`${srv.origin}/feed.xml`], { db, quiet: true, workers: 2, allowPrivate: true }, m.io, { workerFile });
    expect(code).toBe(1);
    expect(m.stderr()).toMatch(/\[E_PAGE_TOO_COMPLEX\]/);
    expect(m.stderr()).toMatch(/2 read, 1 stored, 0 duplicates skipped, 1 failed/);
  });
});

const tmp0 = tempDir();
afterAll(async () => (await tmp0).remove());
