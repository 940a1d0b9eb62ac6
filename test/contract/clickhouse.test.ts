// The store contract against ClickHouse: a two-shard cluster on loopback, Distributed tables over
// both. Without clickhouse-server on PATH the suite is skipped with a message, unless
// DYAD_REQUIRE_CLICKHOUSE=1 (CI), where that fails the run.
import { afterAll, describe, expect, it } from "vitest";
import { openClickhouseStore } from "../../src/store/clickhouse/clickhouse-store.js";
import { parseClickhouseUrl } from "../../src/store/clickhouse/store-url.js";
import { clickhouseCluster } from "./_clickhouse-cluster.js";
import { doc, event, quote } from "./_records.js";
import { testStore } from "./store-contract.js";

const cluster = await clickhouseCluster();

if (cluster.url === null) {
  describe.skip(`store contract: clickhouse — skipped: ${cluster.skipReason}`, () => {
    it("needs clickhouse-server", () => {});
  });
} else {
  const base = parseClickhouseUrl(cluster.url);
  let n = 0;
  afterAll(async () => {
    const stopMs = await cluster.stop();
    console.log(`clickhouse cluster: started in ${cluster.startMs} ms, stopped in ${stopMs} ms`);
  });
  // each test gets a database of its own: a fresh, empty store
  const fresh = () => openClickhouseStore({ ...base, database: `contract_${++n}` });
  testStore("clickhouse (2 shards)", fresh);

  describe("clickhouse cluster", () => {
    it("spreads an ingest over both shards, and reads it back whole through either", async () => {
      const store = fresh();
      const database = `contract_${n}`;
      await store.migrate();
      const docs = Array.from({ length: 20 }, (_, i) =>
        doc({ id: `s${i}`, events: [event("AGREE", ["RUS"], ["IRN"], `${2000 + i}-01-01`)], quotes: [quote("RUS", "Russia", `Quote ${i}.`)] }),
      );
      await store.putDocuments(docs);
      const local = await Promise.all(
        cluster.servers.map(async (url) => Number(await (await fetch(url, { method: "POST", body: `SELECT count() FROM ${database}.articles_local` })).text())),
      );
      expect(local.every((c) => c > 0)).toBe(true);
      expect(local.reduce((a, b) => a + b)).toBe(20);
      // the second server, asked alone, sees the whole store through its Distributed tables
      const second = openClickhouseStore({ ...base, hosts: [...cluster.servers].reverse(), database });
      expect(await second.counts()).toMatchObject({ articles: 20, events: 20, eventSources: 20, quotes: 20 });
      await Promise.all([store.close(), second.close()]);
    });

    it("a store URL that lists fewer servers than the cluster has is refused", async () => {
      const store = openClickhouseStore({ ...base, hosts: [cluster.servers[0]], database: "too_few" });
      await expect(store.migrate()).rejects.toMatchObject({ code: "E_STORE_OPEN" });
      await store.close();
    });
  });
}
