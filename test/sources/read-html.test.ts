// HTML pages → articles: main text with paragraphs, metadata from JSON-LD / OpenGraph / meta tags,
// pages without an article rejected with a code, and pages of the Scrapinghub benchmark (three kept in
// test/fixtures, three more from ../shared when it is beside the repo).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync, gunzipSync } from "node:zlib";
import { htmlToArticle, readHtmlPage, toIsoDate } from "../../src/sources/read-html.js";
import { parseHTML } from "linkedom";
import { readSources } from "../../src/sources/read-sources.js";
import { DyadError } from "../../src/errors.js";
import { LOCAL_FIXTURES, sharedPath } from "../shared-fixtures.js";

const PARAS = [
  "Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on Friday, the Kremlin said, deepening ties between the two heavily sanctioned states.",
  "The treaty, signed by Vladimir Putin and Masoud Pezeshkian, covers cooperation in trade, energy, transport and security, according to the text published by the Kremlin.",
  "Unlike Russia's treaty with North Korea, the agreement has no mutual defence clause, officials said. It does commit each side not to help an aggressor against the other.",
  "Western governments have accused Iran of supplying drones and missiles to Russia for its war in Ukraine, which Tehran denies. Moscow has not commented on those claims.",
];

function page(head: string, extraBody = ""): string {
  return `<!doctype html><html><head>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <div class="ad">Subscribe now for only $1 a week!</div>
    <article><h1>Russia and Iran sign treaty</h1>
      ${PARAS.map((p) => `<p>${p}</p>`).join("\n      ")}
      ${extraBody}
    </article>
    <footer>Copyright 2025 Example News. All rights reserved.</footer>
  </body></html>`;
}

describe("htmlToArticle", () => {
  it("keeps the main text with paragraph breaks and reads OpenGraph metadata", () => {
    const a = htmlToArticle(
      page(`<title>Russia and Iran sign treaty | Example News</title>
        <meta property="og:title" content="Russia and Iran sign treaty">
        <meta property="og:site_name" content="Example News">
        <meta property="og:url" content="https://news.example/world/treaty">
        <meta property="article:published_time" content="2025-01-17T22:30:00-05:00">
        <meta name="author" content="By Jane Doe">`),
      { id: "p1" },
    );
    expect(a.id).toBe("p1");
    expect(a.text.split("\n\n")).toEqual(PARAS);
    expect(a.title).toBe("Russia and Iran sign treaty");
    expect(a.outlet).toBe("Example News");
    expect(a.url).toBe("https://news.example/world/treaty");
    expect(a.published).toBe("2025-01-17"); // the date as stated, not shifted to UTC
    expect(a.byline).toBe("Jane Doe");
  });

  it("prefers JSON-LD (including @graph) over meta tags", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Site" },
        { "@type": "NewsArticle", headline: "Treaty signed", datePublished: "2025-01-17", author: [{ "@type": "Person", name: "A. Writer" }, { name: "B. Writer" }], publisher: { name: "LD News" } },
      ],
    };
    const a = htmlToArticle(
      page(`<script type="application/ld+json">{broken</script>
        <script type="application/ld+json">${JSON.stringify(ld)}</script>
        <meta property="og:title" content="OG title"><meta name="date" content="2024-01-01">`),
      { id: "p2" },
    );
    expect(a.title).toBe("Treaty signed");
    expect(a.published).toBe("2025-01-17");
    expect(a.byline).toBe("A. Writer, B. Writer");
    expect(a.outlet).toBe("LD News");
  });

  it("falls back to dc.date, <time datetime>, the canonical link and the given url", () => {
    const a = htmlToArticle(page(`<meta name="dc.date" content="2019-10-01"><link rel="canonical" href="/world/treaty">`), { url: "https://news.example/x?utm=1" });
    expect(a.published).toBe("2019-10-01");
    expect(a.url).toBe("https://news.example/world/treaty");
    expect(a.id).toBe("https://news.example/x?utm=1");
    const b = htmlToArticle(page("", `<time datetime="2020-03-04T10:00:00Z">March 4</time>`), { url: "https://news.example/y" });
    expect(b.published).toBe("2020-03-04");
    expect(b.url).toBe("https://news.example/y");
  });

  it("strips scripts, styles and navigation from the text", () => {
    const a = htmlToArticle(page(`<style>.x { color: red }</style>`, `<script>var tracking = "secret";</script><style>p { margin: 0 }</style><noscript>Enable JS</noscript>`));
    expect(a.text).not.toMatch(/tracking|secret|margin|color|Enable JS|Subscribe|Copyright|Home/);
    expect(a.text).toContain("mutual defence clause");
  });

  it("reads JSON-LD wrapped in CDATA", () => {
    const ld = `<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"CDATA headline"}\n//]]></script>`;
    expect(htmlToArticle(page(ld)).title).toBe("CDATA headline");
  });

  it("reads the page again without the fast trim when that trim cut the article (an unlikely-looking container)", () => {
    // Readability's first pass drops class="sidebar" too, then retries without that rule; the fast
    // trim drops it before Readability sees it, so only a second, safe read finds the story.
    const html = `<html><head><title>T</title></head><body><div class="sidebar">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div><p>Footer.</p></body></html>`;
    expect(htmlToArticle(html).text).toContain(PARAS.join("\n\n"));
  });

  it("rejects a page with no article with E_EMPTY_TEXT", () => {
    const run = () => htmlToArticle(`<html><head><title>Login</title><script>x()</script></head><body><form><input name=q><button>Go</button></form></body></html>`, { id: "login" });
    expect(run).toThrow(DyadError);
    try {
      run();
    } catch (e) {
      expect((e as DyadError).code).toBe("E_EMPTY_TEXT");
      expect((e as DyadError).context.id).toBe("login");
    }
  });
});

describe("readHtmlPage", () => {
  // UTF-8 pages are trimmed as bytes and only what is kept is decoded: the article must be the one
  // the decoded page gives, whatever the script, with the metadata and <time> decoded too.
  const RU = "Россия и Иран подписали договор о всеобъемлющем стратегическом партнёрстве — «исторический шаг», сказал Путин. 🇷🇺";
  const utf8Page = page(`<meta property="og:title" content="Путин — Пезешкиан"><meta name="author" content="Ольга Ёлкина">`, `<p>${RU}</p><p>Ünïcödé “quotes” ‘here’ … ﬁ ligature.</p><time datetime="2025-01-17">17 января</time>`);

  it("reads a UTF-8 page as the decoded page reads, with and without a BOM, gzip or not", () => {
    const want = htmlToArticle(utf8Page, { id: "p" });
    expect(want.text).toContain(RU);
    expect(want.title).toBe("Путин — Пезешкиан");
    expect(want.byline).toBe("Ольга Ёлкина");
    const bytes = Buffer.from(utf8Page, "utf8");
    for (const b of [bytes, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), gzipSync(bytes)]) {
      expect(readHtmlPage({ bytes: b, where: "p.html", id: "p" })).toEqual(want);
    }
  });

  it("counts an <article>'s text in characters, not bytes, before keeping that article alone", () => {
    // 300 Cyrillic characters are 600 bytes: under Readability's 500, so the page around stays
    const short = "Россия ".repeat(43).trim();
    const html = `<html><body><div><p>${PARAS.join("</p><p>")}</p></div><article><p>${short}</p></article></body></html>`;
    const a = readHtmlPage({ bytes: Buffer.from(html, "utf8"), where: "p.html", id: "p" });
    expect(a).toEqual(htmlToArticle(html, { id: "p" }));
    expect(a.text).toContain(PARAS[0]);
  });

  it("rejects invalid UTF-8 with E_INVALID_UTF8 and decodes a page by its declared charset", () => {
    const bad = Buffer.concat([Buffer.from(page(""), "utf8"), Buffer.from([0xff, 0xfe, 0x80])]);
    expect(() => readHtmlPage({ bytes: bad, where: "bad.html", id: "bad" })).toThrow(expect.objectContaining({ code: "E_INVALID_UTF8" }));
    const cp1251 = Buffer.from(page(`<meta charset="windows-1251">`, "<p>\xcf\xf3\xf2\xe8\xed</p>"), "latin1");
    expect(readHtmlPage({ bytes: cp1251, where: "w.html", id: "w" }).text).toContain("Путин");
  });
});

describe("linkedom (patched: listener maps made on first use)", () => {
  it("still adds, dispatches and removes event listeners", () => {
    const { document } = parseHTML("<html><body><div id=a><p id=b>x</p></div></body></html>");
    const a = document.getElementById("a")!, b = document.getElementById("b")!;
    const seen: string[] = [];
    const onA = () => seen.push("a");
    a.addEventListener("ping", onA);
    b.addEventListener("ping", () => seen.push("b"));
    b.dispatchEvent(new document.defaultView.Event("ping", { bubbles: true }));
    a.removeEventListener("ping", onA);
    b.removeEventListener("other", onA);
    document.body.removeEventListener("ping", onA);
    b.dispatchEvent(new document.defaultView.Event("ping", { bubbles: true }));
    expect(seen).toEqual(["b", "a", "b"]);
  });
});

describe("toIsoDate", () => {
  it("normalises metadata dates to YYYY-MM-DD", () => {
    expect(toIsoDate("2025-01-17T23:59:00+03:00")).toBe("2025-01-17");
    expect(toIsoDate("20250117")).toBe("2025-01-17");
    expect(toIsoDate("January 17, 2025")).toBe("2025-01-17");
    expect(toIsoDate("Fri, 17 Jan 2025")).toBe("2025-01-17");
    expect(toIsoDate("not a date")).toBeNull();
    expect(toIsoDate("")).toBeNull();
  });
});

describe("readSources with HTML", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dyad-html-"));
    await writeFile(join(dir, "a.html"), page(`<meta property="og:site_name" content="Example News">`));
    await writeFile(join(dir, "b.htm"), "<html><body><p>menu</p></body></html>");
    await writeFile(join(dir, "c.html.gz"), gzipSync(page("")));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("routes .html, .htm and .html.gz files, reporting a page without an article alone", async () => {
    const out: string[] = [];
    for await (const x of readSources([dir], { published: "2025-01-01" })) {
      out.push("error" in x ? `error:${x.error.code}` : `${x.article.id}:${x.article.outlet ?? "-"}:${x.article.published}`);
    }
    expect(out).toEqual(["a:Example News:2025-01-01", "error:E_EMPTY_TEXT", "c:-:2025-01-01"]);
  });
});

// Pages of the benchmark, each from the set that has it: the three copied into test/fixtures run
// everywhere, the others only where ../shared is beside the repo.
const LOCAL_BENCH = join(LOCAL_FIXTURES, "html", "scrapinghub-article-extraction-benchmark");
const BENCH = sharedPath("fixtures/html/scrapinghub-article-extraction-benchmark", "3 of the Scrapinghub benchmark pages (the 3 in test/fixtures/html run)");
const SAMPLES = [
  ...(BENCH
    ? [
        "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
        "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34",
        "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f",
      ].map((id) => ({ id, dir: BENCH }))
    : []),
  ...readdirSync(join(LOCAL_BENCH, "html")).map((f) => ({ id: f.replace(/\.html\.gz$/, ""), dir: LOCAL_BENCH })),
];

function tokenF1(gold: string, ours: string): number {
  const count = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
  const g = count(gold), o = count(ours);
  let tp = 0, ng = 0, no = 0;
  for (const [t, n] of g) { ng += n; tp += Math.min(n, o.get(t) ?? 0); }
  for (const n of o.values()) no += n;
  return tp === 0 ? 0 : (2 * tp) / (ng + no);
}

describe("Scrapinghub benchmark pages", () => {
  const truth = (dir: string) => JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string; url?: string }>;
  it("are here: three in the repo whatever is beside it", () => {
    expect(SAMPLES.filter((p) => p.dir === LOCAL_BENCH)).toHaveLength(3);
  });
  it.each(SAMPLES)("page $id has token F1 >= 0.8", ({ id, dir }) => {
    const gold = truth(dir)[id];
    const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8");
    const a = htmlToArticle(html, { id, url: gold.url });
    expect(tokenF1(gold.articleBody, a.text)).toBeGreaterThanOrEqual(0.8);
    expect(a.text).toContain("\n\n");
  });
});
