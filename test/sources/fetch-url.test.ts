// fetchUrl against a server on 127.0.0.1: refused without --allow-private, fetched with it;
// redirects re-checked; names resolved once and checked; time and size limits; HTTP errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DyadError } from "../../src/errors.js";
import { fetchUrl, type ResolveFn } from "../../src/sources/fetch-url.js";
import { readUrlSource } from "../../src/sources/read-url.js";
import type { SourceItem } from "../../src/sources/read-articles.js";
import { ARTICLE_HTML, rss, startServer, type TestServer } from "./_http-server.js";

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer({
    "/article.html": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      r.end(ARTICLE_HTML);
    },
    "/latin1.html": (_q, r) => {
      // the charset HTTP states: "é" is one byte, 0xE9, which is no UTF-8
      r.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
      r.end(Buffer.from(ARTICLE_HTML.replace("Treaty signed", "Traité signé"), "latin1"));
    },
    "/bad-utf8.html": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      r.end(Buffer.concat([Buffer.from(ARTICLE_HTML.slice(0, 200)), Buffer.from([0xc3, 0x28]), Buffer.from(ARTICLE_HTML.slice(200))]));
    },
    "/feed": (_q, r) => {
      // served as text/plain on purpose: the content says it is a feed
      r.writeHead(200, { "content-type": "text/plain" });
      r.end(rss([{ title: "Treaty", link: "/article.html", description: "Teaser." }, { title: "Gone", link: "/gone", description: "Teaser." }]));
    },
    "/redirect": (_q, r) => {
      r.writeHead(302, { location: "/article.html" });
      r.end();
    },
    "/to-file": (_q, r) => {
      r.writeHead(301, { location: "file:///etc/passwd" });
      r.end();
    },
    "/loop": (_q, r) => {
      r.writeHead(302, { location: "/loop" });
      r.end();
    },
    "/big": (_q, r) => {
      // chunked, no Content-Length: the limit must hold while reading
      r.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 64; i++) r.write("x".repeat(1024));
      r.end();
    },
    "/big-declared": (_q, r) => {
      r.writeHead(200, { "content-type": "text/plain", "content-length": String(5_000_000) });
      r.end("short");
    },
    "/slow": () => {
      // never answers
    },
    "/etag": (q, r) => {
      if (q.headers["if-none-match"] === '"v1"') {
        r.writeHead(304);
        r.end();
      } else {
        r.writeHead(200, { etag: '"v1"', "content-type": "text/plain" });
        r.end("body");
      }
    },
    "/image": (_q, r) => {
      r.writeHead(200, { "content-type": "image/png" });
      r.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    },
  });
});
afterAll(() => srv.close());

const fail = async (p: Promise<unknown>): Promise<DyadError> => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DyadError);
    return e as DyadError;
  }
  throw new Error("expected a failure");
};

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("fetchUrl and the address policy", () => {
  it("refuses 127.0.0.1 without allowPrivate, and never connects", async () => {
    const before = srv.requests.length;
    const e = await fail(fetchUrl(`${srv.origin}/article.html`));
    expect(e.code).toBe("E_ADDRESS_REFUSED");
    expect(e.message).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(srv.requests.length).toBe(before);
  });

  it("fetches it with allowPrivate", async () => {
    const r = await fetchUrl(`${srv.origin}/article.html`, { allowPrivate: true });
    expect(r).toMatchObject({ status: 200, contentType: "text/html", charset: "utf-8", url: `${srv.origin}/article.html` });
    expect(Buffer.from(r.body).toString()).toContain("Pezeshkian");
  });

  it("a name that resolves to a private address is refused at connect time; allowed, the socket goes to the checked address", async () => {
    const resolve: ResolveFn = async () => [{ address: "127.0.0.1", family: 4 }];
    const url = `http://wire.test:${srv.port}/article.html`;
    expect((await fail(fetchUrl(url, { resolve }))).code).toBe("E_ADDRESS_REFUSED");
    // wire.test exists in no DNS: the body can only come through the resolver's checked answer
    const r = await fetchUrl(url, { resolve, allowPrivate: true });
    expect(r.status).toBe(200);
  });

  it("a name with one public and one private address is refused (rebinding by a mixed answer)", async () => {
    const resolve: ResolveFn = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "::ffff:127.0.0.1", family: 6 },
    ];
    const e = await fail(fetchUrl(`http://mixed.test:${srv.port}/`, { resolve }));
    expect(e.code).toBe("E_ADDRESS_REFUSED");
    expect(e.message).toMatch(/::ffff:127\.0\.0\.1 is a loopback address/);
  });

  it("follows a redirect, and checks where it leads", async () => {
    const r = await fetchUrl(`${srv.origin}/redirect`, { allowPrivate: true });
    expect(r.url).toBe(`${srv.origin}/article.html`);
    expect((await fail(fetchUrl(`${srv.origin}/to-file`, { allowPrivate: true }))).code).toBe("E_ADDRESS_REFUSED");
    expect((await fail(fetchUrl(`${srv.origin}/loop`, { allowPrivate: true, maxRedirects: 3 }))).message).toMatch(/more than 3 redirects/);
  });

  it("limits the body's size, declared or streamed, and the time", async () => {
    expect((await fail(fetchUrl(`${srv.origin}/big`, { allowPrivate: true, maxBytes: 10_000 }))).message).toMatch(/larger than the limit of 10000 bytes/);
    expect((await fail(fetchUrl(`${srv.origin}/big-declared`, { allowPrivate: true, maxBytes: 10_000 }))).message).toMatch(/5000000 bytes/);
    expect((await fetchUrl(`${srv.origin}/big`, { allowPrivate: true })).body.byteLength).toBe(65536);
    const t0 = Date.now();
    expect((await fail(fetchUrl(`${srv.origin}/slow`, { allowPrivate: true, timeoutMs: 300 }))).message).toMatch(/timed out/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it("an HTTP error is E_FETCH with its status; 304 comes back empty", async () => {
    const e = await fail(fetchUrl(`${srv.origin}/nothing-here`, { allowPrivate: true }));
    expect(e.code).toBe("E_FETCH");
    expect(e.message).toMatch(/HTTP 404/);
    const first = await fetchUrl(`${srv.origin}/etag`, { allowPrivate: true });
    expect(first.headers.get("etag")).toBe('"v1"');
    const again = await fetchUrl(`${srv.origin}/etag`, { allowPrivate: true, headers: { "if-none-match": '"v1"' } });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
  });
});

describe("readUrlSource", () => {
  it("an article page becomes an article with its byline", async () => {
    const out = await collect(readUrlSource(`${srv.origin}/article.html`, {}, { fetch: { allowPrivate: true } }));
    expect(out).toHaveLength(1);
    expect("article" in out[0] && out[0].article).toMatchObject({ title: "Treaty signed", byline: "Jane Doe", published: "2025-01-17", outlet: "Test Wire", url: `${srv.origin}/article.html` });
  });

  it("a page is decoded by the charset HTTP states; a UTF-8 page that is not UTF-8 is E_INVALID_UTF8", async () => {
    const [latin] = await collect(readUrlSource(`${srv.origin}/latin1.html`, {}, { fetch: { allowPrivate: true } }));
    expect("article" in latin && latin.article.title).toBe("Traité signé");
    const [bad] = await collect(readUrlSource(`${srv.origin}/bad-utf8.html`, {}, { fetch: { allowPrivate: true } }));
    expect("error" in bad && (bad.error as DyadError).code).toBe("E_INVALID_UTF8");
  });

  it("a feed (known by its content) becomes its items, short ones read from their pages; a page that fails is that item's error", async () => {
    const out = await collect(readUrlSource(`${srv.origin}/feed`, {}, { fetch: { allowPrivate: true } }));
    expect(out).toHaveLength(2);
    expect("article" in out[0] && out[0].article).toMatchObject({ title: "Treaty", byline: "Desk Writer", outlet: "Test Wire", url: `${srv.origin}/article.html` });
    expect("article" in out[0] && out[0].article.text).toMatch(/strategic partnership treaty/);
    expect(out[1].where).toBe(`${srv.origin}/feed item 2`);
    expect("error" in out[1] && out[1].error.message).toMatch(/its page .*\/gone could not be read: .*HTTP 404/);
  });

  it("with fetchLinks false, the feed's own text is kept", async () => {
    const out = await collect(readUrlSource(`${srv.origin}/feed`, {}, { fetch: { allowPrivate: true }, fetchLinks: false }));
    expect(out.map((x) => ("article" in x ? x.article.text : x.error.code))).toEqual(["Teaser.", "Teaser."]);
  });

  it("without allowPrivate, a local URL is one error item; an image is no article", async () => {
    const out = await collect(readUrlSource(`${srv.origin}/article.html`));
    expect(out).toHaveLength(1);
    expect("error" in out[0] && out[0].error.code).toBe("E_ADDRESS_REFUSED");
    const img = await collect(readUrlSource(`${srv.origin}/image`, {}, { fetch: { allowPrivate: true } }));
    expect("error" in img[0] && img[0].error.message).toMatch(/image\/png is neither a feed nor an article page/);
  });
});
