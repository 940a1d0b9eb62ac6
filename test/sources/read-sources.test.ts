// Paths → articles: folders walked recursively in name order, files read by extension, a missing
// path reported alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
});
