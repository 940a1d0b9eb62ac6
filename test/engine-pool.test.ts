// The engine pool: worker threads give the same records as an engine on this thread, an article's
// failure keeps its code and fails alone, and a bad dictionary is a start failure, not the
// article's. The workers run the built engine (dist/), since a worker thread cannot load
// TypeScript: run `npm run build` first, else this is skipped.
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine } from "../src/engine.js";
import { createEnginePool, EnginePoolStartError } from "../src/engine-pool.js";
import { DyadError } from "../src/errors.js";
import { gzipSync } from "node:zlib";
import { readHtmlPage } from "../src/sources/read-html.js";

const workerFile = fileURLToPath(new URL("../dist/engine-worker.js", import.meta.url));
const treaty = readFileSync(fileURLToPath(new URL("../examples/russia-iran-treaty.txt", import.meta.url)), "utf8");
const dir = mkdtempSync(join(tmpdir(), "dyad-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(workerFile))("engine pool", () => {
  it("two workers extract what one engine on this thread extracts, article by article", async () => {
    const articles = [
      { id: "treaty", published: "2025-01-17", text: treaty },
      { id: "putin", published: "2024-03-04", text: "Russian President Vladimir Putin met Iran's foreign minister in Moscow on Friday.\n“Iran is an important partner for us,” Putin said after the talks.\n" },
      { id: "deal", published: "2024-03-04", text: "Iran and Iraq signed a trade deal on Monday." },
    ];
    const engine = createEngine();
    const pool = createEnginePool({ workers: 2, workerFile });
    try {
      const records = await Promise.all(articles.map((a) => pool.extract(a)));
      expect(records).toEqual(articles.map((a) => engine.extract(a)));
      expect(records[0].events.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it("an article the engine refuses fails alone, with its code; warnings come back to the caller", async () => {
    const pool = createEnginePool({ workers: 1, workerFile });
    try {
      const bad = pool.extract({ id: "empty", text: "   " });
      await expect(bad).rejects.toBeInstanceOf(DyadError);
      await expect(bad).rejects.toMatchObject({ code: "E_EMPTY_TEXT" });
      const warnings: string[] = [];
      const record = await pool.extract({ id: "ctrl", published: "2024-03-04", text: "Iran and Iraq signed\u0007 a trade deal on Monday." }, (w) => warnings.push(w));
      expect(record.document.id).toBe("ctrl");
      expect(warnings).toEqual([expect.stringMatching(/control/i)]);
    } finally {
      await pool.close();
    }
  });

  it("a bad dictionary is a start failure (every article would fail), named with its file", async () => {
    const dict = join(dir, "bad.json");
    writeFileSync(dict, "{ not json");
    const pool = createEnginePool({ workers: 1, workerFile, engine: { dictionaries: [dict] } });
    try {
      const r = pool.extract({ id: "a", text: "Russia welcomed the decision." });
      await expect(r).rejects.toBeInstanceOf(EnginePoolStartError);
      await expect(r).rejects.toMatchObject({ error: { code: "E_DICTIONARY" }, message: expect.stringContaining("bad.json") });
    } finally {
      await pool.close();
    }
  });

  it("reads HTML pages on its workers as this thread does; a page with no article fails with its code", async () => {
    const html = `<html><head><title>Treaty</title><meta property="article:published_time" content="2025-01-17T10:00:00Z"><meta name="author" content="A. Writer"></head><body><nav>Home · World</nav><article>${treaty
      .split("\n")
      .filter(Boolean)
      .map((p) => `<p>${p.replace(/</g, "&lt;")}</p>`)
      .join("")}</article></body></html>`;
    const pages = [
      { bytes: Buffer.from(html), where: "t.html", id: "t", url: "https://news.example/t" },
      { bytes: gzipSync(html), where: "t.html.gz", id: "tgz" },
    ];
    const pool = createEnginePool({ workers: 2, workerFile });
    try {
      const read = await Promise.all(pages.map((p) => pool.readPage(p)));
      expect(read).toEqual(pages.map((p) => readHtmlPage(p)));
      expect(read[0]).toMatchObject({ id: "t", title: "Treaty", published: "2025-01-17", byline: "A. Writer", url: "https://news.example/t" });
      expect(read[0].text).toContain("Kremlin spokesperson Dmitry Peskov told press");
      expect(read[0].text).not.toContain("Home · World");
      const empty = pool.readPage({ bytes: Buffer.from("<html><body><nav>Menu</nav></body></html>"), where: "e.html", id: "e" });
      await expect(empty).rejects.toBeInstanceOf(DyadError);
      await expect(empty).rejects.toMatchObject({ code: "E_EMPTY_TEXT" });
    } finally {
      await pool.close();
    }
  });

  it("its threads run at the niceness asked for, the calling thread at its own (Linux: per thread)", async () => {
    expect(() => createEnginePool({ workers: 1, nice: 20, workerFile })).toThrow(RangeError);
    expect(() => createEnginePool({ workers: 1, nice: -1, workerFile })).toThrow(RangeError);
    const niceness = () =>
      readdirSync("/proc/self/task").map((tid) => {
        // the fields after the command's closing parenthesis; niceness is the 19th field of stat
        const after = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1].split(" ");
        return Number(after[16]);
      });
    if (process.platform !== "linux") return;
    const own = niceness()[0];
    const pool = createEnginePool({ workers: 2, nice: 7, workerFile });
    try {
      await Promise.all([pool.extract({ id: "a", text: "Iran and Iraq signed a trade deal on Monday." }), pool.extract({ id: "b", text: "Russia welcomed the decision." })]);
      const all = niceness();
      expect(all.filter((n) => n === Math.max(own, 7)).length).toBeGreaterThanOrEqual(2);
      expect(niceness()[0]).toBe(own);
    } finally {
      await pool.close();
    }
  });

  it("a worker count below 1 is refused", () => {
    expect(() => createEnginePool({ workers: 0, workerFile })).toThrow(/workers 0/);
  });
});
