// Paths → articles: folders walked recursively in name order, files read by extension, a missing
// path reported alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readHtmlPage, type HtmlPage } from "../../src/sources/read-html.js";
import { readSources } from "../../src/sources/read-sources.js";
import type { SourceItem } from "../../src/sources/read-articles.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dyad-sources-"));
  await mkdir(join(dir, "b", "deeper"), { recursive: true });
  await mkdir(join(dir, ".hidden"));
  await writeFile(join(dir, "a.txt"), "Text A.");
  await writeFile(join(dir, "b", "c.jsonl"), '{"id":"c1","text":"C one."}\n{"id":"c2","text":"C two."}\n');
  await writeFile(join(dir, "b", "deeper", "d.json"), '[{"id":"d1","text":"D one."}]');
  await writeFile(join(dir, "b", "notes.md"), "# not an article");
  await writeFile(join(dir, ".hidden", "e.txt"), "hidden");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function all(it: AsyncIterable<SourceItem>): Promise<string[]> {
  const out: string[] = [];
  for await (const x of it) out.push("error" in x ? `error:${x.error.code}:${x.where}` : x.article.id);
  return out;
}

describe("readSources", () => {
  it("walks a folder recursively in name order, taking article files only and skipping hidden ones", async () => {
    expect(await all(readSources([dir]))).toEqual(["a", "c1", "c2", "d1"]);
  });

  it("files and folders in the order given; a missing path is one E_READ item and the rest go on", async () => {
    const missing = join(dir, "missing.txt");
    expect(await all(readSources([join(dir, "b", "deeper"), missing, join(dir, "a.txt")]))).toEqual(["d1", `error:E_READ:${missing}`, "a"]);
  });

  it("a file named explicitly is read whatever its extension (as text unless JSON)", async () => {
    expect(await all(readSources([join(dir, "b", "notes.md")]))).toEqual(["notes"]);
  });

  it("defaults fill what articles lack", async () => {
    for await (const x of readSources([join(dir, "a.txt")], { published: "2024-01-01", outlet: "Wire" })) {
      expect("article" in x && x.article).toMatchObject({ published: "2024-01-01", outlet: "Wire" });
    }
  });

  it("a feed is known by its content, whatever its name; an .xml file that is no feed is one E_FEED item", async () => {
    const feedDir = join(dir, "feeds");
    await mkdir(feedDir, { recursive: true });
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>One</title><link>https://wire.example/1</link><guid>w1</guid><description>Item one text.</description></item>
      <item><title>Two</title><link>https://wire.example/2</link><guid>w2</guid><description>Item two text.</description></item></channel></rss>`;
    await writeFile(join(feedDir, "saved-as.txt"), feed);
    await writeFile(join(feedDir, "sitemap.xml"), '<?xml version="1.0"?><urlset><url><loc>https://wire.example/</loc></url></urlset>');
    await writeFile(join(feedDir, "z.atom"), '<feed xmlns="http://www.w3.org/2005/Atom"><title>Z</title><entry><id>z1</id><title>Z one</title><content>Zed.</content></entry></feed>');
    expect(await all(readSources([join(feedDir, "saved-as.txt")]))).toEqual(["w1", "w2"]);
    expect(await all(readSources([feedDir]))).toEqual(["w1", "w2", `error:E_FEED:${join(feedDir, "sitemap.xml")}`, "z1"]);
  });

  describe("HTML pages read ahead (readPage, readAhead)", () => {
    const page = (n: number) =>
      `<html><head><title>Page ${n}</title></head><body><article><p>${`Paragraph ${n} of a page about talks between Russia and Iran on trade. `.repeat(12)}</p></article></body></html>`;
    let pages: string;
    beforeAll(async () => {
      pages = join(dir, "pages");
      await mkdir(pages, { recursive: true });
      for (let n = 1; n <= 6; n++) await writeFile(join(pages, `p${n}.html${n % 2 ? "" : ".gz"}`), n % 2 ? page(n) : gzipSync(page(n)));
      // a JSON lines file among the pages is streamed in its turn, never read early
      await writeFile(join(pages, "p3b.jsonl"), '{"id":"j1","text":"J one."}\n');
      await writeFile(join(pages, "p5b.html"), "<html><body><nav>Menu</nav></body></html>");
    });

    it("starts several pages at once, yet yields every item in input order, errors in place", async () => {
      let inFlight = 0;
      let most = 0;
      const seen: string[] = [];
      // later pages finish first: order must come from the input, not from completion
      const readPage = async (p: HtmlPage) => {
        inFlight++;
        most = Math.max(most, inFlight);
        seen.push(p.id);
        await new Promise((r) => setTimeout(r, 40 - 5 * Number(p.id.replace(/\D/g, "") || 0)));
        inFlight--;
        return readHtmlPage(p);
      };
      const ids = await all(readSources([pages], {}, { readPage, readAhead: 4 }));
      expect(ids).toEqual(["p1", "p2", "p3", "j1", "p4", "p5", `error:E_EMPTY_TEXT:${join(pages, "p5b.html")}`, "p6"]);
      expect(most).toBeGreaterThan(1);
      expect(most).toBeLessThanOrEqual(4);
      expect(seen.sort()).toEqual(["p1", "p2", "p3", "p4", "p5", "p5b", "p6"]);
    });

    it("reads the same articles one at a time (the default) as read ahead", async () => {
      const one: SourceItem[] = [];
      for await (const x of readSources([pages])) one.push(x);
      const ahead: SourceItem[] = [];
      for await (const x of readSources([pages], {}, { readPage: async (p) => readHtmlPage(p), readAhead: 8 })) ahead.push(x);
      expect(ahead.map((x) => ("article" in x ? x.article : x.error.code))).toEqual(one.map((x) => ("article" in x ? x.article : x.error.code)));
      expect(one.filter((x) => "article" in x)).toHaveLength(7);
    });

    it("a reader that throws makes that page one error item; the rest go on", async () => {
      const readPage = (p: HtmlPage) => {
        if (p.id === "p2") throw new Error("worker gone");
        return readHtmlPage(p);
      };
      const ids = await all(readSources([join(pages, "p1.html"), join(pages, "p2.html.gz"), join(pages, "p3.html")], {}, { readPage, readAhead: 3 }));
      expect(ids).toEqual(["p1", `error:E_READ:${join(pages, "p2.html.gz")}`, "p3"]);
    });
  });
});
