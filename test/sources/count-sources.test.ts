// The progress bar's total: counted cheaply before reading.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { estimateItems } from "../../src/sources/count-sources.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dyad-count-"));
  await mkdir(join(dir, "sub"));
  await writeFile(join(dir, "a.jsonl"), '{"text":"1"}\n{"text":"2"}\n{"text":"3"}');
  await writeFile(join(dir, "sub", "b.txt"), "One article.");
  await writeFile(join(dir, "sub", "feed.xml"), '<rss version="2.0"><channel><item><title>1</title></item><item><title>2</title></item></channel></rss>');
  await writeFile(join(dir, "sub", "notes.md"), "not read");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("estimateItems", () => {
  it("counts JSON lines (a last line without a newline too), feed items and other files; folders as walked", async () => {
    expect(await estimateItems([join(dir, "a.jsonl")])).toBe(3);
    expect(await estimateItems([join(dir, "sub", "feed.xml")])).toBe(2);
    expect(await estimateItems([dir])).toBe(6);
    expect(await estimateItems([join(dir, "missing.txt"), join(dir, "sub", "b.txt")])).toBe(2);
  });

  it("a URL's items are unknown", async () => {
    expect(await estimateItems([join(dir, "a.jsonl"), "https://news.example/feed"])).toBeNull();
  });
});
