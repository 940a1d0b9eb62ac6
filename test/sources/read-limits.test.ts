// Every input is bounded before it costs: text, JSON and JSON lines from files, standard input,
// FIFOs and devices read as streams with --max-chars enforced as the bytes arrive; gzip (files and
// HTTP bodies, with or without Content-Encoding) inflated only up to its limit; each input over
// its limit fails alone with E_TOO_LARGE while the others are read as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import type { SourceItem } from "../../src/sources/read-articles.js";
import { MAX_RECORD_DEPTH, readJsonLines, readJsonSource, readTextSource } from "../../src/sources/read-articles.js";
import { readSources } from "../../src/sources/read-sources.js";
import { gunzipHead, gunzipLimited } from "../../src/sources/gunzip-limited.js";
import { MAX_PAGE_BYTES, readLimited, utf16Units } from "../../src/sources/read-limited.js";
import { readUrlSource } from "../../src/sources/read-url.js";
import { ARTICLE_HTML, rss, startServer, type TestServer } from "./_http-server.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dyad-limits-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function all(items: AsyncIterable<SourceItem>): Promise<string[]> {
  const out: string[] = [];
  for await (const x of items) out.push("error" in x ? `error:${x.error.code}:${x.where}` : `${x.article.id}:${x.article.text.length}`);
  return out;
}

/** An endless stream of zero bytes that counts what was taken from it. */
function endless(): { stream: Readable; taken(): number } {
  let taken = 0;
  const chunk = Buffer.alloc(64 * 1024);
  const stream = new Readable({
    read() {
      taken += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, taken: () => taken };
}

const GOOD = "Iran and Iraq signed a trade deal on Monday.";

describe("readLimited", () => {
  it("counts characters as UTF-16 units from UTF-8 bytes, as String.length does", () => {
    for (const s of ["plain", "é à ü", "中文字", "emoji 😀 and 𝔸", ""]) expect(utf16Units(Buffer.from(s))).toBe(s.length);
  });

  it("stops at the first chunk past the limit; input within it comes back whole", async () => {
    const e = endless();
    await expect(readLimited(e.stream, { maxChars: 100_000 }, "zero")).rejects.toMatchObject({ code: "E_TOO_LARGE", message: expect.stringContaining("zero: more than 100000 characters") });
    expect(e.taken()).toBeLessThan(100_000 + 4 * 64 * 1024);
    const text = "é".repeat(1000);
    expect((await readLimited(Readable.from([Buffer.from(text)]), { maxChars: 1000 }, "x")).toString()).toBe(text);
    await expect(readLimited(Readable.from([Buffer.from(text + "a")]), { maxChars: 1000 }, "x")).rejects.toMatchObject({ code: "E_TOO_LARGE" });
    await expect(readLimited(Readable.from([Buffer.alloc(2001)]), { maxBytes: 2000 }, "x")).rejects.toMatchObject({ code: "E_TOO_LARGE" });
  });
});

describe("text and JSON lines as streams", () => {
  it("standard input that never ends fails at --max-chars, without reading on", async () => {
    const e = endless();
    const out = await all(readTextSource("-", {}, e.stream, { maxChars: 50_000 }));
    expect(out).toEqual(["error:E_TOO_LARGE:stdin"]);
    expect(e.taken()).toBeLessThan(50_000 + 4 * 64 * 1024);
    // within the limit: read as before
    expect(await all(readTextSource("-", {}, Readable.from([Buffer.from(GOOD)]), { maxChars: GOOD.length }))).toEqual([`stdin:${GOOD.length}`]);
  });

  it("a JSON line over its limit fails alone and the next lines are read; a line that never ends gives the input up", async () => {
    const big = JSON.stringify({ id: "big", text: "x".repeat(20_000) });
    const lines = [JSON.stringify({ id: "a", text: GOOD }), big, JSON.stringify({ id: "b", text: GOOD })].join("\n") + "\n";
    // with --max-chars 1000 a line may hold 6 × 1000 bytes and 1 MiB for other fields: 20 KB passes
    const ok = await all(readJsonLines("-", {}, Readable.from([Buffer.from(lines)]), { maxChars: 1000 }));
    expect(ok).toEqual([`a:${GOOD.length}`, `big:20000`, `b:${GOOD.length}`]);
    const huge = JSON.stringify({ id: "huge", text: "x".repeat(2 * 1024 * 1024) });
    const chunks = [JSON.stringify({ id: "a", text: GOOD }) + "\n", huge.slice(0, 1000), huge.slice(1000) + "\n", JSON.stringify({ id: "b", text: GOOD }) + "\n"];
    const out = await all(readJsonLines("-", {}, Readable.from(chunks.map((c) => Buffer.from(c))), { maxChars: 1000 }));
    expect(out).toEqual([`a:${GOOD.length}`, "error:E_TOO_LARGE:stdin:2", `b:${GOOD.length}`]);
    // an endless line: one error, and the reading stops (after skipping a bounded amount)
    const e = endless();
    const t = performance.now();
    expect(await all(readJsonLines("-", {}, e.stream, { maxChars: 1000 }))).toEqual(["error:E_TOO_LARGE:stdin:1"]);
    expect(e.taken()).toBeLessThan(300 * 1024 * 1024);
    expect(performance.now() - t).toBeLessThan(20_000);
  });

  it("a record nested past MAX_RECORD_DEPTH fails alone with E_BAD_RECORD; one nested within it passes", async () => {
    const nest = (n: number) => "[".repeat(n) + "]".repeat(n);
    const lines = [
      `{"id":"deep","text":${JSON.stringify(GOOD)},"extra":${nest(100_000)}}`,
      `{"id":"ok","text":${JSON.stringify(GOOD)},"extra":${nest(MAX_RECORD_DEPTH - 1)}}`,
      `{"id":"over","text":${JSON.stringify(GOOD)},"extra":${nest(MAX_RECORD_DEPTH)}}`,
    ].join("\n");
    expect(await all(readJsonLines("-", {}, Readable.from([Buffer.from(lines)])))).toEqual(["error:E_BAD_RECORD:stdin:1", `ok:${GOOD.length}`, "error:E_BAD_RECORD:stdin:3"]);
  });
});

describe("files, FIFOs and devices through readSources", () => {
  it("/dev/zero fails at the limit and the next file is read", async () => {
    if (!existsSync("/dev/zero")) return;
    const good = join(dir, "good.txt");
    await writeFile(good, GOOD);
    expect(await all(readSources(["/dev/zero", good], {}, { maxChars: 100_000 }))).toEqual(["error:E_TOO_LARGE:/dev/zero", `good:${GOOD.length}`]);
  });

  it("a text file over --max-chars fails alone; one at the limit is read", async () => {
    await writeFile(join(dir, "big.txt"), "a".repeat(100_001));
    await writeFile(join(dir, "edge.txt"), "a".repeat(100_000));
    expect(await all(readSources([join(dir, "big.txt"), join(dir, "edge.txt")], {}, { maxChars: 100_000 }))).toEqual([`error:E_TOO_LARGE:${join(dir, "big.txt")}`, "edge:100000"]);
  });

  it("a .json file past 6 × --max-chars + 1 MiB fails alone unparsed; one within it is read", async () => {
    const big = join(dir, "big.json");
    await writeFile(big, JSON.stringify({ id: "big", text: "a".repeat(1024 * 1024 + 7000) }));
    const small = join(dir, "small.json");
    await writeFile(small, JSON.stringify([{ id: "s1", text: GOOD }, { id: "s2", text: "b".repeat(1000) }]));
    expect(await all(readSources([big, small], {}, { maxChars: 1000 }))).toEqual([`error:E_TOO_LARGE:${big}`, `s1:${GOOD.length}`, "s2:1000"]);
    expect(await all(readJsonSource(big, {}, { maxChars: 1000 }))).toEqual([`error:E_TOO_LARGE:${big}`]);
  });

  it("an HTML file past MAX_PAGE_BYTES fails alone unread; a page whose text is past --max-chars fails before it is hashed", async () => {
    const huge = join(dir, "huge.html");
    await writeFile(huge, Buffer.concat([Buffer.from("<html><body><p>"), Buffer.alloc(MAX_PAGE_BYTES, 97)]));
    const page = join(dir, "page.html");
    await writeFile(page, ARTICLE_HTML);
    const out = await all(readSources([huge, page]));
    expect(out[0]).toBe(`error:E_TOO_LARGE:${huge}`);
    expect(out[1]).toMatch(/^page:\d+$/);
    const chars = Number(out[1].split(":")[1]);
    expect(await all(readSources([page], {}, { maxChars: chars - 1 }))).toEqual([`error:E_TOO_LARGE:${page}`]);
    expect(await all(readSources([page], {}, { maxChars: chars }))).toEqual([out[1]]);
  });

  it("a FIFO with a writer is read once, as a file, and the reading ends when the writer closes", async () => {
    if (process.platform === "win32") return;
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `printf '%s' "${GOOD}" > "${fifo}"`]);
    const written = new Promise((done) => writer.on("close", done));
    const t = performance.now();
    expect(await all(readSources([fifo]))).toEqual([`pipe:${GOOD.length}`]);
    expect(performance.now() - t).toBeLessThan(5000);
    await written;
  });

  it("a gzip bomb (.html.gz) fails alone with E_TOO_LARGE, inflated no further than its limit", async () => {
    const bomb = join(dir, "bomb.html.gz");
    // 64 MiB of spaces inside a page: about 64 KB of gzip
    await writeFile(bomb, gzipSync(Buffer.concat([Buffer.from("<html><body><p>"), Buffer.alloc(64 * 1024 * 1024, 32), Buffer.from("</p></body></html>")])));
    const page = join(dir, "page.html.gz");
    await writeFile(page, gzipSync(ARTICLE_HTML));
    const out = await all(readSources([bomb, page]));
    expect(out[0]).toBe(`error:E_TOO_LARGE:${bomb}`);
    expect(out[1]).toMatch(/^page:\d+$/);
    expect(() => gunzipLimited(gzipSync(Buffer.alloc(MAX_PAGE_BYTES + 1)), MAX_PAGE_BYTES, "x")).toThrow(/more than 20971520 bytes once inflated/);
    expect(gunzipLimited(gzipSync(Buffer.alloc(MAX_PAGE_BYTES)), MAX_PAGE_BYTES, "x").length).toBe(MAX_PAGE_BYTES);
    // sniffing a gzip file's head inflates a few KiB of it, not the whole
    expect((await gunzipHead(gzipSync(Buffer.alloc(64 * 1024 * 1024)), 4096)).length).toBe(4096);
  });

  it("a gzip feed bomb fails alone", async () => {
    const feed = rss([{ title: "T", link: "https://wire.test/1", description: GOOD.repeat(20) }]);
    const bomb = join(dir, "bomb.xml");
    await writeFile(bomb, gzipSync(feed.replace("</channel>", `<x>${" ".repeat(40 * 1024 * 1024)}</x></channel>`)));
    const ok = join(dir, "ok.xml");
    await writeFile(ok, gzipSync(feed));
    const out = await all(readSources([bomb, ok]));
    expect(out).toEqual([`error:E_TOO_LARGE:${bomb}`, expect.stringMatching(/^.+:\d+$/)]);
  });
});

describe("HTTP bodies", () => {
  let srv: TestServer;
  const bombed = (html: boolean) => gzipSync(Buffer.concat([Buffer.from(html ? "<html><body><p>" : ""), Buffer.alloc(64 * 1024 * 1024, 32)]));
  beforeAll(async () => {
    const page = bombed(true);
    srv = await startServer({
      // gzip declared: fetch inflates as it reads, and the body limit counts inflated bytes
      "/encoded": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        res.end(page);
      },
      // raw gzip without Content-Encoding: 64 KB on the wire, inflated later by the reader
      "/raw": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(page);
      },
      "/raw-feed": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(bombed(false));
      },
      "/good": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        res.end(gzipSync(ARTICLE_HTML));
      },
    });
  });
  afterAll(() => srv.close());

  it("a gzip bomb over HTTP, declared or raw, fails alone; a gzip page reads", async () => {
    const read = async (path: string, maxBytes?: number) => all(readUrlSource(`${srv.origin}${path}`, {}, { fetch: { allowPrivate: true, maxBytes } }));
    expect(await read("/encoded", 1024 * 1024)).toEqual([expect.stringMatching(/^error:E_FETCH:.*\/encoded$/)]);
    expect(await read("/encoded")).toEqual([expect.stringMatching(/^error:E_FETCH:.*\/encoded$/)]);
    expect(await read("/raw")).toEqual([expect.stringMatching(/^error:E_TOO_LARGE:.*\/raw$/)]);
    expect(await read("/raw-feed")).toEqual([expect.stringMatching(/^error:E_TOO_LARGE:.*\/raw-feed$/)]);
    expect(await read("/good")).toEqual([expect.stringMatching(/^.*\/good:\d+$/)]);
  });
});
