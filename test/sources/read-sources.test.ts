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
});
