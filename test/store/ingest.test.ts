// The ingest core with a stand-in extractor (no engine): batching, duplicates skipped before
// extraction, failures alone, and a batch the store refuses narrowed down to its bad article.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Article, ExtractedDocument } from "../../src/model/types.js";
import { DyadError } from "../../src/errors.js";
import type { SourceItem } from "../../src/sources/read-articles.js";
import { ingest, type IngestProgress } from "../../src/store/ingest.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { doc, event, quote } from "../contract/_records.js";

let dir: string;
let store: ReturnType<typeof openSqliteStore>;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-ingest-"));
  store = openSqliteStore(join(dir, "t.db"));
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const item = (id: string, text?: string, url?: string | null): SourceItem => {
  const { article } = doc({ id, text, url });
  return { article, where: `test:${id}` };
};

/** Stands in for the engine: one AGREE RUS→IRN on the publication date, and the text as a quote. */
function fakeExtract(calls: string[] = []) {
  return (article: Article): ExtractedDocument => {
    calls.push(article.id);
    if (article.text.includes("EXPLODE")) throw new DyadError("E_INTERNAL", "the stand-in extractor fails on EXPLODE", { id: article.id });
    return doc({ id: article.id, text: article.text, url: article.url, events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")], quotes: [quote("RUS", "Russia", article.text.slice(0, 20))] }).record;
  };
}

const items = (n: number, prefix = "a") => Array.from({ length: n }, (_, i) => item(`${prefix}${i + 1}`));

describe("ingest", () => {
  it("stores every article, in batches, and merges their common event into one", async () => {
    const s = await ingest(items(7), { store, extract: fakeExtract(), batchSize: 3 });
    expect(s).toMatchObject({ read: 7, stored: 7, duplicates: 0, failed: 0, events: 1, merged: 6, quotes: 7, aborted: false });
    expect(await store.counts()).toMatchObject({ articles: 7, events: 1, eventSources: 7, quotes: 7 });
  });

  it("the same input again stores nothing and extracts nothing", async () => {
    await ingest(items(5), { store, extract: fakeExtract(), batchSize: 2 });
    const before = await store.counts();
    const calls: string[] = [];
    const s = await ingest(items(5), { store, extract: fakeExtract(calls), batchSize: 2 });
    expect(s).toMatchObject({ read: 5, stored: 0, duplicates: 5, failed: 0, events: 0 });
    expect(calls).toEqual([]);
    expect(await store.counts()).toEqual(before);
  });

  it("a copy within one run (same text, another id and URL; or same URL) is extracted once", async () => {
    const calls: string[] = [];
    const s = await ingest([item("a1", "Same text here."), item("a1-copy", "  SAME text   here. ", "https://elsewhere.example/x"), item("a2", "Other text.", "https://news.example/a1")], {
      store,
      extract: fakeExtract(calls),
    });
    expect(calls).toEqual(["a1"]);
    expect(s).toMatchObject({ read: 3, stored: 1, duplicates: 2 });
  });

  it("unreadable items and articles the extractor fails on fail alone; the rest are stored", async () => {
    const failures: string[] = [];
    const input: SourceItem[] = [
      item("a1"),
      { error: new DyadError("E_NOT_JSON", "Unexpected token", { where: "x.jsonl:2" }), where: "x.jsonl:2" },
      item("a2", "This one will EXPLODE."),
      item("a3"),
    ];
    const s = await ingest(input, { store, extract: fakeExtract(), onFailure: (f) => failures.push(`${f.where} ${f.id} ${f.error.code}`) });
    expect(s).toMatchObject({ read: 4, stored: 2, failed: 2 });
    expect(failures).toEqual(["x.jsonl:2 null E_NOT_JSON", "test:a2 a2 E_INTERNAL"]);
    expect(s.failures.map((f) => f.error.code)).toEqual(["E_NOT_JSON", "E_INTERNAL"]);
  });

  it("a batch the store refuses is retried article by article: only the bad one fails, none is half-written", async () => {
    store.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON quotes WHEN NEW.text LIKE 'BOOM%' BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    const input = [item("a1"), item("a2"), item("a3", "BOOM goes this article."), item("a4"), item("a5")];
    const s = await ingest(input, { store, extract: fakeExtract(), batchSize: 10 });
    expect(s).toMatchObject({ read: 5, stored: 4, failed: 1 });
    expect(s.failures[0]).toMatchObject({ where: "test:a3", id: "a3" });
    expect(s.failures[0].error.code).toBe("E_STORE");
    expect(await store.counts()).toMatchObject({ articles: 4, quotes: 4, eventSources: 4 });
    expect(store.db.prepare("SELECT count(*) AS n FROM articles WHERE doc_id = 'a3'").get()).toEqual({ n: 0 });
  });

  it("a store locked by another writer past its wait fails the batch whole, without a wait per article", async () => {
    const path = join(dir, "locked.db");
    const locked = openSqliteStore(path, { writeWaitMs: 150 });
    await locked.migrate();
    const other = new Database(path);
    other.exec("BEGIN IMMEDIATE");
    let puts = 0;
    const counting = { ...locked, putDocuments: (docs: Parameters<typeof locked.putDocuments>[0]) => (puts++, locked.putDocuments(docs)) };
    const s = await ingest(items(3), { store: counting, extract: fakeExtract(), batchSize: 10 });
    other.exec("ROLLBACK");
    other.close();
    expect(s).toMatchObject({ read: 3, stored: 0, failed: 3 });
    expect(puts).toBe(1);
    expect(s.failures.map((f) => [f.id, f.error.code, f.error.context.transient])).toEqual([
      ["a1", "E_STORE", true],
      ["a2", "E_STORE", true],
      ["a3", "E_STORE", true],
    ]);
    expect(s.failures[0].error.message).toMatch(/locked/);
    await locked.close();
  });

  it("reports progress and stops when its signal aborts, keeping what was extracted", async () => {
    const seen: IngestProgress[] = [];
    const abort = new AbortController();
    const extract = fakeExtract();
    const s = await ingest(items(10), {
      store,
      batchSize: 4,
      signal: abort.signal,
      extract: (a) => {
        if (a.id === "a6") abort.abort();
        return extract(a);
      },
      onProgress: (p) => seen.push(p),
    });
    expect(s).toMatchObject({ aborted: true, read: 6, stored: 6 });
    expect(seen.at(-1)).toMatchObject({ read: 6, stored: 6 });
    expect(seen.map((p) => p.read)).toEqual([...seen.map((p) => p.read)].sort((x, y) => x - y));
  });

  it("an extractor that gives up as a whole (its signal aborted as it throws) stops the run without blaming the article", async () => {
    const abort = new AbortController();
    const s = await ingest(items(3), {
      store,
      signal: abort.signal,
      extract: () => {
        abort.abort();
        throw new DyadError("E_DICTIONARY", "broken.json");
      },
    });
    expect(s).toMatchObject({ aborted: true, read: 0, failed: 0, stored: 0 });
  });

  it("with several extractions in flight, finishing out of order, articles are written in input order and fail alone", async () => {
    const extract = fakeExtract();
    let inFlight = 0;
    let most = 0;
    // the later an article comes, the sooner its extraction ends
    const slow = async (a: Article) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 40 - 4 * Number(a.id.slice(1))));
      inFlight--;
      return extract(a);
    };
    const input = [...items(4), item("a5", "This one will EXPLODE."), ...items(9).slice(5)];
    const failures: string[] = [];
    const s = await ingest(input, { store, extract: slow, concurrency: 4, batchSize: 3, onFailure: (f) => failures.push(f.id!) });
    expect(s).toMatchObject({ read: 9, stored: 8, failed: 1, events: 1, merged: 7 });
    expect(failures).toEqual(["a5"]);
    expect(most).toBe(4);
    expect(store.db.prepare("SELECT doc_id FROM articles ORDER BY id").pluck().all()).toEqual(["a1", "a2", "a3", "a4", "a6", "a7", "a8", "a9"]);
    // the event's first report is the first article in input order, whatever finished first
    expect((await store.queryEvents())[0].firstReport.article).toBe("a1");
  });

  it("a copy of an article still being extracted is not extracted again", async () => {
    const calls: string[] = [];
    const extract = fakeExtract(calls);
    const later = (a: Article) => new Promise<ExtractedDocument>((r) => setTimeout(() => r(extract(a)), 10));
    const s = await ingest([item("a1", "Same text here."), item("a2", "Same text here."), item("a3")], { store, extract: later, concurrency: 3 });
    expect(calls).toEqual(["a1", "a3"]);
    expect(s).toMatchObject({ read: 3, stored: 2, duplicates: 1 });
  });

  it("a batch size below 1 is refused", async () => {
    await expect(ingest([], { store, extract: fakeExtract(), batchSize: 0 })).rejects.toThrow(/batch size/);
    await expect(ingest([], { store, extract: fakeExtract(), concurrency: 0 })).rejects.toThrow(/concurrency/);
  });
});
