// kill -9 during writes: a child process writes batches into a SQLite store until it is killed;
// the store must then hold whole batches only (no half-written article), pass SQLite's integrity
// check, and take the same input again without duplicates. The child runs the built code (dist/),
// since a plain node process cannot load TypeScript: run `npm run build` first, else it is skipped.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { doc, event, quote } from "../contract/_records.js";

const dist = fileURLToPath(new URL("../../dist/store/sqlite/sqlite-store.js", import.meta.url));
const BATCH = 50;
const QUOTES = 3;

/** The same documents the child writes: article i of batch b. */
const makeDoc = (b: number, i: number) =>
  doc({
    id: `b${b}-${i}`,
    events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17"), event("ASSAULT", ["RUS"], ["UKR"], `2025-01-${String(1 + (b % 28)).padStart(2, "0")}`)],
    quotes: Array.from({ length: QUOTES }, (_, q) => quote("person:sergei-lavrov", "Sergei Lavrov", `Quote ${q} of article ${b}-${i}.`)),
  });

const child = `
const { openSqliteStore } = await import(${JSON.stringify(dist)});
const docs = JSON.parse(process.argv[2]);
const store = openSqliteStore(process.argv[1]);
await store.migrate();
for (let b = 0; ; b++) {
  const batch = docs(b);
  await store.putDocuments(batch);
  process.stdout.write("committed " + b + "\\n");
}
`;

describe.skipIf(!existsSync(dist))("crash safety: kill -9 while writing", () => {
  it("leaves whole batches, a sound file, and takes the same input again without duplicates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-crash-"));
    const path = join(dir, "crash.db");
    try {
      // the child builds the same documents as makeDoc from a template, batch after batch
      const template = JSON.stringify(makeDoc(0, 0));
      const script = child.replace(
        "const docs = JSON.parse(process.argv[2]);",
        `const t = ${JSON.stringify(template)};
const docs = (b) => Array.from({ length: ${BATCH} }, (_, i) => {
  const d = JSON.parse(t.replaceAll("b0-0", "b" + b + "-" + i).replaceAll("article 0-0", "article " + b + "-" + i));
  d.record.events[1].date = "2025-01-" + String(1 + (b % 28)).padStart(2, "0");
  return d;
});`,
      );
      const proc = spawn(process.execPath, ["--input-type=module", "-e", script, path], { stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      proc.stderr.on("data", (d) => (stderr += d));
      const committed = await new Promise<number>((resolve, reject) => {
        let n = -1;
        proc.stdout.on("data", (d: Buffer) => {
          const m = [...String(d).matchAll(/committed (\d+)/g)].at(-1);
          if (m) n = Number(m[1]);
          if (n >= 5) {
            proc.kill("SIGKILL");
            resolve(n);
          }
        });
        proc.on("exit", () => (n >= 5 ? resolve(n) : reject(new Error(`the child ended early: ${stderr}`))));
      });
      await new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r(null) : proc.on("exit", r)));

      const db = new Database(path);
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const articles = (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
      expect(articles % BATCH).toBe(0); // whole batches only
      expect(articles / BATCH).toBeGreaterThanOrEqual(committed + 1);
      // no half-written article: each has all its quotes and event reports
      expect(db.prepare(`SELECT count(*) AS n FROM articles a WHERE (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) <> ${QUOTES}`).get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT count(*) AS n FROM articles a WHERE (SELECT count(*) FROM event_sources s WHERE s.article_id = a.id) <> 2").get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT count(*) AS n FROM quotes_fts").get()).toEqual({ n: articles * QUOTES });
      db.close();

      // the same input again: the stored batches are all duplicates, the next one goes in whole
      const store = openSqliteStore(path);
      await store.migrate();
      const batches = articles / BATCH;
      for (let b = 0; b <= batches; b++) {
        const r = await store.putDocuments(Array.from({ length: BATCH }, (_, i) => makeDoc(b, i)));
        expect(r).toMatchObject(b < batches ? { stored: 0, duplicates: BATCH } : { stored: BATCH, duplicates: 0 });
      }
      expect((await store.counts()).articles).toBe(articles + BATCH);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
