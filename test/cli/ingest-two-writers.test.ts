// Two `dyad ingest` processes into one SQLite file at once (as `dyad watch` beside a manual ingest,
// or `dyad serve`'s POST /api/ingest beside the CLI): both must wait their turn and exit 0, and the
// store must hold exactly what one clean run gives — each article once, each event once with all
// its reports, the kept counts right. The input is the demo's 39 articles and a second edition of
// each (its text with a line added, so another article that reports the same events): every
// event of one edition merges with the other's, across the two processes. Small batches (5
// articles) so that the two processes' write transactions interleave many times. Runs bin/dyad.js over the built code (dist/): run
// `npm run build` first, else it is skipped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "./_memory-io.js";
import { dumpStore, spawnIngest, writeEditions, type Dump } from "./_store-dump.js";

const dist = fileURLToPath(new URL("../../dist/cli/ingest-command.js", import.meta.url));
const FLAGS = ["--workers", "1", "--batch-size", "5", "--quiet"];

let tmp: Awaited<ReturnType<typeof tempDir>>;
let clean: Dump;
let input: string;
beforeAll(async () => {
  tmp = await tempDir();
  input = join(tmp.dir, "editions.jsonl");
  expect(writeEditions(input, 2)).toBe(78);
  const path = join(tmp.dir, "clean.db");
  const run = await spawnIngest([input, "--db", path, ...FLAGS]).done;
  expect(run.code, run.stderr).toBe(0);
  clean = dumpStore(path);
}, 120_000);
afterAll(async () => {
  await tmp?.remove();
});

/** Runs two ingests into one new file at once; both must exit 0 without a failure reported. */
async function together(name: string, a: string[], b: string[]): Promise<{ dump: Dump; stored: number[] }> {
  const path = join(tmp.dir, `${name}.db`);
  const runs = await Promise.all([spawnIngest([...a, "--db", path, ...FLAGS]).done, spawnIngest([...b, "--db", path, ...FLAGS]).done]);
  for (const r of runs) {
    expect(r.stderr).not.toMatch(/E_STORE|locked|failed:/);
    expect(r.code, r.stderr).toBe(0);
  }
  const stored = runs.map((r) => Number(/(\d+) stored/.exec(r.stderr)?.[1]));
  return { dump: dumpStore(path), stored };
}

describe.skipIf(!existsSync(dist))("two dyad ingest processes into one SQLite file", () => {
  it("the clean run is what the comparisons need: both editions, events merged across articles", () => {
    expect(clean.articles).toHaveLength(78);
    expect(clean.events.length).toBeGreaterThan(100);
    // reports merged across articles, which the concurrent runs must merge the same way
    expect(clean.events.filter((r) => (JSON.parse(r) as { sources: number }).sources >= 2).length).toBeGreaterThan(100);
  });

  it("the same input twice at once: both exit 0, and the store equals one clean run", async () => {
    const { dump, stored } = await together("same", [input], [input]);
    // every article stored by one of the two, none twice
    expect(stored[0] + stored[1]).toBe(78);
    expect(dump).toEqual(clean);
  }, 120_000);

  it("two halves of the input at once (each edition's events merged with the other's): both exit 0, and the store equals one clean run", async () => {
    const lines = readFileSync(input, "utf8").split("\n").filter((l) => l.trim());
    const first = join(tmp.dir, "first.jsonl");
    const second = join(tmp.dir, "second.jsonl");
    writeFileSync(first, lines.slice(0, 39).join("\n") + "\n");
    writeFileSync(second, lines.slice(39).join("\n") + "\n");
    const { dump, stored } = await together("halves", [first], [second]);
    expect(stored).toEqual([39, 39]);
    // all but the sector an actor keeps from the first article that names it, which depends on
    // which half came first (as it would running the halves one after the other, in either order)
    expect({ ...dump, actor_sectors: [] }).toEqual({ ...clean, actor_sectors: [] });
    expect(dump.actor_sectors.map((r) => JSON.parse(r).id)).toEqual(clean.actor_sectors.map((r) => JSON.parse(r).id));
  }, 120_000);
});
