// Feeds → articles, over real feeds (rss-parser, feed-extractor and node-feedparser test data: RSS
// 2.0, RSS 1.0, Atom, JSON Feed, gzip, windows-1251, malformed): the few kept in test/fixtures/feeds
// always, and the full set of ../shared/fixtures/feeds when it is beside the repo.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { DyadError } from "../../src/errors.js";
import type { SourceItem } from "../../src/sources/read-articles.js";
import { decodeFeed, feedArticles, parseFeedText, readFeedFile, sniffFeed } from "../../src/sources/read-feed.js";
import { LOCAL_FIXTURES, sharedPath } from "../shared-fixtures.js";

const LOCAL_FEEDS = join(LOCAL_FIXTURES, "feeds");
const SHARED_FEEDS = sharedPath("fixtures/feeds", "the 73-feed checks and the tests on feeds not copied into test/fixtures/feeds (guardian.rss, tpm.atom, craigslist.rss)");
// a fixture by its path in the sets (both have the same layout): the repo's copy when there is one
const feedFile = (p: string) => (SHARED_FEEDS && !existsSync(join(LOCAL_FEEDS, p)) ? join(SHARED_FEEDS, p) : join(LOCAL_FEEDS, p));
const hasFeed = (p: string) => existsSync(feedFile(p));

function allFixtureFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) {
        // rss-parser's expected outputs are JSON, not feeds
        if (!p.endsWith(join("test", "output"))) walk(p);
      } else if (!/^(LICENSE|SOURCE\.txt)$/.test(e)) out.push(p);
    }
  };
  walk(root);
  return out;
}

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const articles = (items: SourceItem[]) => items.flatMap((x) => ("article" in x ? [x.article] : []));

// each set that is here, with what it holds; the same three files are no feeds in both
const SETS = [
  { set: "test/fixtures/feeds", root: LOCAL_FEEDS, nFiles: 11, nItems: 67, minStored: 63, minCompared: 3 },
  ...(SHARED_FEEDS ? [{ set: "../shared/fixtures/feeds", root: SHARED_FEEDS, nFiles: 73, nItems: 2012, minStored: 1495, minCompared: 21 }] : []),
];

describe.each(SETS)("every fixture feed of $set", ({ root: FEEDS, nFiles, nItems, minStored, minCompared }) => {
  const files = allFixtureFiles(FEEDS);

  it("is read: items become articles or errors that name the item; only the three non-feeds fail whole", async () => {
    expect(files.length).toBe(nFiles);
    const wholeFailures: string[] = [];
    let items = 0;
    let stored = 0;
    for (const f of files) {
      const out = await collect(readFeedFile(f));
      expect(out.length, f).toBeGreaterThan(0);
      for (const x of out) {
        if (!("error" in x)) continue;
        expect(x.error).toBeInstanceOf(DyadError);
        expect(x.where.startsWith(f)).toBe(true);
        expect(x.error.message.length).toBeGreaterThan(20);
      }
      if (out.length === 1 && "error" in out[0] && !/ item \d+/.test(out[0].where)) wholeFailures.push(relative(FEEDS, f));
      else items += out.length;
      stored += articles(out).length;
    }
    // an HTML page, a redirect notice, and an Atom feed whose only entry is empty
    expect(wholeFailures.sort()).toEqual([
      "node-feedparser/test/feeds/notafeed.html",
      "rss-parser/test/input/incomplete-fields.atom",
      "rss-parser/test/input/unrecognized.rss",
    ]);
    expect(items).toBe(nItems);
    expect(stored).toBeGreaterThanOrEqual(minStored);
  });

  it("agrees with rss-parser's own expected item counts", async () => {
    const outputs = join(FEEDS, "rss-parser", "test", "output");
    let compared = 0;
    for (const name of readdirSync(outputs)) {
      const expected = JSON.parse(readFileSync(join(outputs, name), "utf8"));
      const want = expected.feed?.items?.length;
      const input = readdirSync(join(FEEDS, "rss-parser", "test", "input")).find((f) => f.replace(/\.[^.]+$/, "") === name.replace(/\.json$/, ""));
      // feedsmith drops an entry with nothing in it (only an empty <author>); rss-parser keeps it
      if (typeof want !== "number" || !input || want === 0 || input === "incomplete-fields.atom") continue;
      const feed = parseFeedText(decodeFeed(readFileSync(join(FEEDS, "rss-parser", "test", "input", input))), input);
      expect(feed.entries.length, input).toBe(want);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(minCompared);
  });
});

describe("reading items", () => {
  it.skipIf(!hasFeed("rss-parser/test/input/guardian.rss"))("RSS 2.0: title, link, date, outlet, dc:creator byline, text from the description's HTML", async () => {
    const out = articles(await collect(readFeedFile(feedFile("rss-parser/test/input/guardian.rss"))));
    expect(out).toHaveLength(55);
    const a = out[0];
    expect(a).toMatchObject({
      title: "Trump State of the Union address promised unity but emphasized discord",
      published: "2018-01-31",
      outlet: "The Guardian",
      byline: "David Smith in Washington",
    });
    expect(a.url).toMatch(/^https:\/\/www\.theguardian\.com\/us-news\/2018\/jan\/31\//);
    expect(a.text).toMatch(/new American moment/);
    expect(a.text).not.toMatch(/<p>|&amp;/);
  });

  it("RSS 2.0 with content:encoded: its HTML as the text, dc:creator as the byline", async () => {
    const out = articles(await collect(readFeedFile(feedFile("rss-parser/test/input/content-encoded.rss"))));
    expect(out).toHaveLength(7);
    expect(out[0]).toMatchObject({
      title: "THE CREATIVE FORAGER",
      url: "https://medium.com/invironment/the-creative-forager-125af37d838f?source=rss----d12c403d4976--food",
      published: "2018-04-09",
      outlet: "Food in Invironment on Medium",
      byline: "Jeremy Puma",
    });
    expect(out[0].text).toMatch(/^Using Wild Ingredients in the Kitchen\n\n/);
    expect(out[0].text).not.toMatch(/<p>|<img|&amp;/);
  });

  it("Atom (a small feed): relative links resolved against the feed's site, the author as the byline", async () => {
    const out = articles(await collect(readFeedFile(feedFile("rss-parser/test/input/gulp-atom.atom"))));
    expect(out).toHaveLength(10);
    expect(out[0]).toMatchObject({
      title: "v3.9.0",
      url: "https://github.com/gulpjs/gulp/releases/tag/v3.9.0",
      byline: "contra",
      published: "2015-06-01",
      outlet: "Release notes from gulp",
    });
  });

  it.skipIf(!hasFeed("node-feedparser/test/feeds/tpm.atom"))("Atom: relative links resolved against the feed's site, authors as the byline", async () => {
    const out = articles(await collect(readFeedFile(feedFile("node-feedparser/test/feeds/tpm.atom"))));
    expect(out).toHaveLength(20);
    expect(out[0]).toMatchObject({
      title: "Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist",
      url: "http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist",
      byline: "Esme Cribb",
      published: "2017-11-08",
      outlet: "All TPM News",
    });
  });

  it("RSS 1.0 (RDF) and JSON Feed; JSON Feed items inherit the feed's authors", async () => {
    const rdf = articles(await collect(readFeedFile(feedFile("feed-extractor/tests/test-data/rdf-standard.xml"))));
    expect(rdf[0]).toMatchObject({ title: "SpaceX Working With Cloudflare To Speed Up Starlink Service", byline: "BeauHD", published: "2023-08-24", outlet: "Slashdot" });
    const json = articles(await collect(readFeedFile(feedFile("feed-extractor/tests/test-data/json-feed-standard-realworld.json"))));
    expect(json).toHaveLength(10);
    expect(json[0]).toMatchObject({ id: "19317", url: "https://adactio.com/journal/19317", byline: "Jeremy Keith", published: "2022-07-26", outlet: "Adactio: Journal" });
  });

  it("decodes gzip and windows-1251 feeds", async () => {
    const gz = articles(await collect(readFeedFile(feedFile("node-feedparser/test/feeds/compressed.xml"))));
    expect(gz).toHaveLength(10);
    const cyr = articles(await collect(readFeedFile(feedFile("node-feedparser/test/feeds/iconv.xml"))));
    expect(cyr).toHaveLength(10);
    expect(cyr[0].outlet).toMatch(/[\u0400-\u04FF]{4}/);
    expect(cyr[0].text).toMatch(/[\u0400-\u04FF]{4}/);
    expect(cyr[0].text).not.toMatch(/\uFFFD/);
  });

  it("items without text are errors naming the item; the other items of the feed are read", async () => {
    const out = await collect(readFeedFile(feedFile("rss-parser/test/input/uolNoticias.rss")));
    expect(out).toHaveLength(15);
    expect(articles(out).length).toBe(11);
    const errs = out.filter((x) => "error" in x);
    expect(errs).toHaveLength(4);
    for (const e of errs) {
      expect(e.where).toMatch(/uolNoticias\.rss item \d+$/);
      expect("error" in e && e.error.code).toBe("E_EMPTY_TEXT");
    }
  });

  it.each(
    [
      ["RSS", "rss-parser/test/input/guardian.rss", 55],
      ["Atom", "node-feedparser/test/feeds/tpm.atom", 20],
      ["RDF", "rss-parser/test/input/craigslist.rss", 25],
      ["RSS", "rss-parser/test/input/content-encoded.rss", 7],
      ["Atom", "rss-parser/test/input/gulp-atom.atom", 10],
      ["RDF", "feed-extractor/tests/test-data/rdf-standard.xml", 3],
    ].filter(([, path]) => hasFeed(path as string)) as [string, string, number][],
  )("a %s feed cut short (%s): its complete items are read, and the damage is one E_FEED error", async (_kind, path, all) => {
    const text = readFileSync(feedFile(path), "utf8");
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    expect(() => parseFeedText(cut, "cut")).not.toThrow();
    const feed = parseFeedText(cut, "cut");
    expect(feed.damage).toBeTruthy();
    expect(feed.entries.length).toBeGreaterThan(0);
    expect(feed.entries.length).toBeLessThan(all);
    const out = await collect(feedArticles(feed, { where: "cut.xml" }));
    expect("error" in out[0] && out[0].error.message).toMatch(new RegExp(`cut short after item ${feed.entries.length} .*the ${feed.entries.length} complete items before it are read`));
    expect(out.length).toBe(feed.entries.length + 1);
  });

  it.each(["rss-parser/test/input/guardian.rss", "rss-parser/test/input/content-encoded.rss"].filter(hasFeed))("a feed damaged before its first complete item is one E_FEED error (%s)", (path) => {
    const text = readFileSync(feedFile(path), "utf8");
    expect(() => parseFeedText(text.slice(0, text.indexOf("<item>") + 20), "cut")).toThrow(/E_FEED/);
  });

  it("a file that is no feed is one E_FEED error", async () => {
    const out = await collect(readFeedFile(feedFile("node-feedparser/test/feeds/notafeed.html")));
    expect(out).toHaveLength(1);
    expect("error" in out[0] && out[0].error.code).toBe("E_FEED");
  });
});

describe("linked pages", () => {
  const feed = parseFeedText(
    `<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
      <item><title>Short one</title><link>/a</link><description>Teaser.</description><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>
      <item><title>Broken link</title><link>/b</link><description>Teaser two.</description></item>
      <item><title>Long one</title><link>/c</link><description>${"Full text of the item. ".repeat(30)}</description></item>
    </channel></rss>`,
    "wire.xml",
  );

  it("a short item is read from its page; the feed's title and date stand; a page that fails is that item's error", async () => {
    const asked: string[] = [];
    const out = await collect(
      feedArticles(feed, {
        where: "wire.xml",
        fetchPage: async (url) => {
          asked.push(url);
          if (url.endsWith("/b")) throw new DyadError("E_FETCH", `${url}: HTTP 404`);
          return { id: url, text: "The whole article from the page.", title: "Page title", byline: "Page Author", published: "2025-03-05", url };
        },
      }),
    );
    expect(asked).toEqual(["https://wire.example/a", "https://wire.example/b"]);
    expect(out).toHaveLength(3);
    expect("article" in out[0] && out[0].article).toMatchObject({ text: "The whole article from the page.", title: "Short one", published: "2025-03-04", byline: "Page Author", outlet: "Wire" });
    expect(out[1].where).toBe("wire.xml item 2");
    expect("error" in out[1] && out[1].error.message).toMatch(/its page https:\/\/wire\.example\/b could not be read: .*HTTP 404/);
    expect("article" in out[2] && out[2].article.text).toMatch(/^Full text of the item/);
  });

  it("a short item whose URL the store already has is passed on without fetching its page", async () => {
    const asked: string[] = [];
    const out = await collect(
      feedArticles(feed, {
        where: "wire.xml",
        isKnown: async (url) => url.endsWith("/a") || url.endsWith("/b"),
        fetchPage: async (url) => {
          asked.push(url);
          return { id: url, text: "Page.", url };
        },
      }),
    );
    expect(asked).toEqual([]);
    expect(out.map((x) => ("article" in x ? x.article.text.slice(0, 11) : "error"))).toEqual(["Teaser.", "Teaser two.", "Full text o"]);
  });

  it("without a page fetcher a short item is its own text", async () => {
    const out = articles(await collect(feedArticles(feed, { where: "wire.xml" })));
    expect(out.map((a) => a.text)).toEqual(["Teaser.", "Teaser two.", expect.stringMatching(/^Full text/)]);
  });
});

describe("sniffFeed", () => {
  it("knows each format by its first element, not by a name", () => {
    expect(sniffFeed('<?xml version="1.0"?>\n<!-- c --><rss version="2.0">')).toBe("rss");
    expect(sniffFeed('\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">')).toBe("atom");
    expect(sniffFeed('<?xml version="1.0"?><?xml-stylesheet href="x"?><rdf:RDF xmlns:rdf="...">')).toBe("rdf");
    expect(sniffFeed('{ "version": "https://jsonfeed.org/version/1.1", "items": [] }')).toBe("json");
    expect(sniffFeed(Buffer.from('<?xml version="1.0"?><atom:feed xmlns:atom="http://www.w3.org/2005/Atom">'))).toBe("atom");
  });

  it("negative cases: HTML, plain JSON, other XML, text", () => {
    expect(sniffFeed("<!DOCTYPE html><html><head><title>rss</title>")).toBeNull();
    expect(sniffFeed('{"id": "a1", "text": "An article about RSS."}')).toBeNull();
    expect(sniffFeed('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBeNull();
    expect(sniffFeed("Moscow (Reuters) - The feed of grain ...")).toBeNull();
    expect(sniffFeed("<rdf:rdf>")).toBeNull();
  });

  it("decodeFeed: gzip, BOM and the declared encoding", () => {
    expect(decodeFeed(gzipSync(Buffer.from("<rss>é</rss>")))).toBe("<rss>é</rss>");
    expect(decodeFeed(Buffer.from([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x3e]))).toBe("<a>");
    expect(decodeFeed(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), Buffer.from([0xe9])]))).toMatch(/<a>é$/);
  });

  it("decodeFeed: undeclared bytes that are not UTF-8 are read as windows-1252; UTF-8 and a stated charset stay as they are", () => {
    const latin1 = Buffer.concat([Buffer.from("<rss><title>"), Buffer.from([0xda]), Buffer.from("ltimas Not"), Buffer.from([0xed]), Buffer.from("cias "), Buffer.from([0x93, 0x41, 0x94]), Buffer.from("</title></rss>")]);
    expect(decodeFeed(latin1)).toBe("<rss><title>Últimas Notícias “A”</title></rss>");
    expect(decodeFeed(Buffer.from("<rss><title>Últimas Notícias</title></rss>"))).toBe("<rss><title>Últimas Notícias</title></rss>");
    // a charset the server stated is taken at its word, even when the bytes disagree
    expect(decodeFeed(latin1, "utf-8")).toContain("\ufffd");
  });

  it("the UOL feed (Latin-1, no declaration) reads without replacement characters", async () => {
    const out = articles(await collect(readFeedFile(feedFile("rss-parser/test/input/uolNoticias.rss"))));
    expect(out.length).toBeGreaterThan(0);
    for (const a of out) expect(`${a.title} ${a.text}`).not.toContain("\ufffd");
    expect(out.some((a) => /[çãéíóú]/.test(`${a.title} ${a.text}`))).toBe(true);
  });
});
