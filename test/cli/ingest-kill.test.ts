// kill -9 trials of `dyad ingest` as a user runs it: a few hundred articles (the demo in 5
// editions) into a SQLite file, the process SIGKILLed at a random moment after it has committed
// a random share of what is left, three times over the same file; after each kill the file passes SQLite's integrity
// check and every stored article has all its rows (no half-written article); then a rerun
// finishes (exit 0) and the store equals a clean run's, row by row. Runs bin/dyad.js over the
// built code (dist/): run `npm run build` first, else it is skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { tempDir } from "./_memory-io.js";
import { checkWhole, dumpStore, spawnIngest, writeEditions, type Dump } from "./_store-dump.js";

const dist = fileURLToPath(new URL("../../dist/cli/ingest-command.js", import.meta.url));
const FLAGS = ["--workers", "1", "--batch-size", "20", "--quiet"];
const TRIALS = 3;

let tmp: Awaited<ReturnType<typeof tempDir>>;
let input: string;
let total: number;
let clean: Dump;
beforeAll(async () => {
  tmp = await tempDir();
  input = join(tmp.dir, "editions.jsonl");
  total = writeEditions(input, 5);
  const run = await spawnIngest([input, "--db", join(tmp.dir, "clean.db"), ...FLAGS]).done;
  expect(run.code, run.stderr).toBe(0);
  clean = dumpStore(join(tmp.dir, "clean.db"));
}, 180_000);
afterAll(async () => {
  await tmp?.remove();
});

/** Articles committed to the file so far (0 while it has no schema yet). */
function stored(path: string): number {
  if (!existsSync(path)) return 0;
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!existsSync(dist))("dyad ingest killed with SIGKILL", () => {
  it(`${TRIALS} kills at random moments: a sound file each time, no half-written article, and a rerun equal to a clean run`, async () => {
    expect(clean.articles).toHaveLength(total);
    const path = join(tmp.dir, "killed.db");
    const trials: string[] = [];
    for (let t = 1; t <= TRIALS; t++) {
      const before = stored(path);
      const proc = spawnIngest([input, "--db", path, ...FLAGS]);
      let ended = false;
      void proc.done.then(() => (ended = true));
      // once this run has committed a random share of what is left (at most a half, so that each
      // trial leaves work for the next, however fast the machine), at a random moment within
      // about the next batch: in its extraction or in its commit
      const left = total - before;
      const target = before + 1 + Math.floor(Math.random() * Math.max(1, left / (TRIALS - t + 2)));
      while (!ended && stored(path) < target) await sleep(10);
      await sleep(Math.random() * 150);
      proc.kill("SIGKILL");
      const run = await proc.done;
      const check = checkWhole(path, clean);
      trials.push(`trial ${t}: ${run.signal ?? `exit ${run.code}`} with ${check.articles.length} of ${total} articles stored (${before} before)`);
      expect(run.signal, `trial ${t} ended before the kill: ${run.stderr}`).toBe("SIGKILL");
      expect(check.integrity).toBe("ok");
      expect(check.partial).toEqual([]);
      expect(check.articles.length).toBeGreaterThan(before);
    }
    console.log(`dyad ingest kill -9: ${trials.join("; ")}`);
    const rerun = await spawnIngest([input, "--db", path, ...FLAGS]).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(dumpStore(path)).toEqual(clean);
  }, 180_000);
});
