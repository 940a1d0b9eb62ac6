// Trials of a ClickHouse server restarting under dyad, on the two-shard test cluster: one server
// killed (SIGKILL, or SIGTERM) and started again between batches, during a batch, and during a
// `dyad ingest` process; the writes go on without a manual retry (each query is retried on the
// errors a restart leaves: connection.ts) and the store ends equal to a clean one's, no row twice.
// Without clickhouse-server on PATH it is skipped, unless DYAD_REQUIRE_CLICKHOUSE=1 (CI), where
// that fails the run. The CLI trial runs bin/dyad.js over the built code (dist/).
import { afterAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openClickhouseStore } from "../../../src/store/clickhouse/clickhouse-store.js";
import { parseClickhouseUrl } from "../../../src/store/clickhouse/store-url.js";
import type { Store } from "../../../src/store/store.js";
import { clickhouseCluster } from "../../contract/_clickhouse-cluster.js";
import { doc, event, quote } from "../../contract/_records.js";
import { tempDir } from "../../cli/_memory-io.js";
import { spawnIngest, writeEditions } from "../../cli/_store-dump.js";

const cluster = await clickhouseCluster();
const dist = fileURLToPath(new URL("../../../dist/cli/ingest-command.js", import.meta.url));

/** Batch b of the in-process trial: 10 articles whose events merge with other batches' (the same
 * dyads on the same days), and quotes. */
const batch = (b: number) =>
  Array.from({ length: 10 }, (_, i) =>
    doc({
      id: `b${b}-${i}`,
      events: [
        event("AGREE", ["RUS"], ["IRN"], `2025-01-${String(1 + (i % 5)).padStart(2, "0")}`),
        event("ASSAULT", ["RUS"], ["UKR"], `2025-02-${String(1 + ((b + i) % 7)).padStart(2, "0")}`, { status: b % 2 ? "claimed" : "occurred" }),
      ],
      quotes: [quote("RUS", "Russia", `Quote of article ${b}-${i}.`), quote("person:sergei-lavrov", "Sergei Lavrov", `Another of ${b}-${i}.`)],
    }),
  );
const BATCHES = 8;

/** What a store holds, for comparing two: its counts and every event with its report count. */
async function contents(store: Store) {
  const events = (await store.queryEvents({ limit: 10_000 })).map((e) => `${e.type} ${e.source.join(",")}>${e.target.join(",")} ${e.date} ${e.status} ${e.sourceCount}`).sort();
  return { counts: await store.counts(), events, quotes: await store.countQuotes({}) };
}

if (cluster.url === null) {
  console.warn(`clickhouse restart trials skipped: ${cluster.skipReason}`);
  describe.skip(`clickhouse restart trials — skipped: ${cluster.skipReason}`, () => {
    it("needs clickhouse-server", () => {});
  });
} else {
  const base = parseClickhouseUrl(cluster.url);
  const url = (database: string) => cluster.url!.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
  afterAll(async () => {
    await cluster.stop();
  });

  describe("a ClickHouse server restarts under dyad", () => {
    it("between batches and during them (SIGKILL and SIGTERM, either shard): every batch is written without a manual retry, and the store equals a clean one", async () => {
      const clean = openClickhouseStore({ ...base, database: "restart_clean" });
      await clean.migrate();
      for (let b = 0; b < BATCHES; b++) await clean.putDocuments(batch(b));
      const expected = await contents(clean);
      expect(expected.counts).toMatchObject({ articles: 80, quotes: 160, eventSources: 160 });
      expect(expected.events.length).toBeLessThan(80); // reports merged across batches

      const store = openClickhouseStore({ ...base, database: "restart_trial" });
      await store.migrate();
      const trials: string[] = [];
      for (let b = 0; b < BATCHES; b++) {
        const t0 = Date.now();
        if (b === 2) {
          // between batches: the next batch's first queries meet a server that restarted
          await cluster.restart(1);
          await store.putDocuments(batch(b));
          trials.push(`batch ${b} after a SIGKILL restart of shard 2`);
        } else if (b === 4 || b === 6) {
          // during a batch: the server goes down while the batch reads and writes, down 300 ms
          const [shard, signal] = b === 4 ? ([0, "SIGKILL"] as const) : ([1, "SIGTERM"] as const);
          await Promise.all([cluster.restart(shard, { signal, downMs: 300 }), new Promise((r) => setTimeout(r, 20)).then(() => store.putDocuments(batch(b)))]);
          trials.push(`batch ${b} during a ${signal} restart of shard ${shard + 1} (${Date.now() - t0} ms)`);
        } else {
          await store.putDocuments(batch(b));
        }
      }
      console.log(`clickhouse restarts: ${trials.join("; ")}`);
      expect(await contents(store)).toEqual(expected);
      await Promise.all([clean.close(), store.close()]);
    }, 120_000);

    it.skipIf(!existsSync(dist))("dyad ingest: a shard killed during the run and another between runs; both runs exit 0, and the counts equal a clean run's", async () => {
      const tmp = await tempDir();
      try {
        const input = join(tmp.dir, "editions.jsonl");
        writeEditions(input, 2);
        const flags = ["--workers", "1", "--batch-size", "5", "--quiet"];
        const cleanRun = await spawnIngest([input, "--store", url("cli_clean"), ...flags]).done;
        expect(cleanRun.code, cleanRun.stderr).toBe(0);
        const clean = openClickhouseStore({ ...base, database: "cli_clean" });
        const expected = await contents(clean);
        expect(expected.counts.articles).toBe(78);

        const trial = openClickhouseStore({ ...base, database: "cli_trial" });
        const proc = spawnIngest([input, "--store", url("cli_trial"), ...flags]);
        // once the run has stored something, at a random moment within the next second
        const stored = async () => (await trial.counts().catch(() => ({ articles: 0 }))).articles;
        let ended = false;
        void proc.done.then(() => (ended = true));
        while (!ended && (await stored()) === 0) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, Math.random() * 1000));
        const before = await stored();
        await cluster.restart(0, { downMs: 300 });
        const run = await proc.done;
        console.log(`dyad ingest into ClickHouse: shard 1 killed with ${before} of 78 articles stored; the run: ${run.stderr.trim().split("\n").at(-1)}`);
        expect(before).toBeLessThan(78);
        expect(run.code, run.stderr).toBe(0);
        // between runs: the rerun's first queries meet the other server restarted
        await cluster.restart(1);
        const rerun = await spawnIngest([input, "--store", url("cli_trial"), ...flags]).done;
        expect(rerun.code, rerun.stderr).toBe(0);
        expect(rerun.stderr).toMatch(/0 stored, 78 duplicates skipped, 0 failed/);
        expect(await contents(trial)).toEqual(expected);
        await Promise.all([clean.close(), trial.close()]);
      } finally {
        await tmp.remove();
      }
    }, 180_000);
  });
}
