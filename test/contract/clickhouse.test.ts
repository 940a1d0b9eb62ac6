// The store contract against ClickHouse: a two-shard cluster on loopback, Distributed tables over
// both. Without clickhouse-server on PATH the suite is skipped with a message, unless
// DYAD_REQUIRE_CLICKHOUSE=1 (CI), where that fails the run.
import { afterAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/cli/ingest-command.js";
import { runWatch } from "../../src/cli/watch-command.js";
import type { Article } from "../../src/model/types.js";
import { rss, startServer } from "../sources/_http-server.js";
import { textHash } from "../../src/store/article-key.js";
import { openClickhouseStore } from "../../src/store/clickhouse/clickhouse-store.js";
import { sqlString } from "../../src/store/clickhouse/sql-literal.js";
import { parseClickhouseUrl } from "../../src/store/clickhouse/store-url.js";
import { cli, memoryIO, tempDir } from "../cli/_memory-io.js";
import { NASTY } from "../store/clickhouse/_nasty.js";
import { NEAR_COPY_TEXT, WIRE_TEXT } from "./_stories.js";
import { clickhouseCluster } from "./_clickhouse-cluster.js";
import { country, doc, event, person, quote } from "./_records.js";
import { testAlertStore } from "./alert-store-contract.js";
import { testFeedState } from "./feed-state-contract.js";
import { testStore } from "./store-contract.js";

const cluster = await clickhouseCluster();

if (cluster.url === null) {
  console.warn(`store contract: clickhouse skipped: ${cluster.skipReason}`);
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
  testFeedState("clickhouse (2 shards)", () => cluster.url!.replace(/\/[^/?]*(\?|$)/, `/contract_${++n}$1`));
  testAlertStore("clickhouse (2 shards)", () => cluster.url!.replace(/\/[^/?]*(\?|$)/, `/contract_${++n}$1`));

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

    it("every value quoted by sqlString reads back verbatim from the server", async () => {
      const res = await fetch(cluster.servers[0], { method: "POST", body: `SELECT ${NASTY.map((v, i) => `${sqlString(v)} AS v${i}`).join(", ")} FORMAT JSONEachRow` });
      const row = JSON.parse(await res.text()) as Record<string, string>;
      expect(NASTY.map((_, i) => row[`v${i}`])).toEqual(NASTY);
    });

    it("values holding quotes and SQL are stored and read back verbatim; filters that try to break out match nothing and drop nothing", async () => {
      const store = fresh();
      await store.migrate();
      const name = "O'Brien \\' --";
      const text = "'); DROP TABLE quotes; -- said \\ the \0 man\nof Łódź 😀";
      await store.putDocuments([
        doc({
          id: "x'1",
          title: "'; DROP DATABASE dyad; --",
          actors: [country("RUS", "Russia"), person("person:o'brien", name, "IRL", "it's a role")],
          events: [event("AGREE", ["person:o'brien"], ["RUS"], "2024-01-02", { trigger: "a'b\\c" })],
          quotes: [quote("person:o'brien", name, text)],
        }),
      ]);
      const before = await store.counts();
      expect(before).toMatchObject({ articles: 1, events: 1, quotes: 1 });
      const [q] = await store.queryQuotes({ speaker: "O'Brien \\'" });
      expect(q).toMatchObject({ text, speakerName: name, article: "x'1", speaker: "person:o'brien" });
      expect((await store.queryEvents({ actor: "person:o'brien" }))[0].firstReport.trigger).toBe("a'b\\c");
      expect((await store.findActors({ search: "o'brien" }))[0]).toMatchObject({ id: "person:o'brien", name });
      expect((await store.actorRoles("person:o'brien"))[0].role).toBe("it's a role");
      expect((await store.searchArticles({ search: "DROP DATABASE" }))[0].title).toBe("'; DROP DATABASE dyad; --");
      for (const evil of ["' OR 1=1 --", "x') OR ('1'='1", "\\' OR 1=1 --", "'; DROP TABLE quotes; --", "\0' OR '", "%"]) {
        expect(await store.queryEvents({ actor: evil })).toEqual([]);
        expect(await store.queryEvents({ type: evil })).toEqual([]);
        expect(await store.queryQuotes({ speaker: `zzz${evil}` })).toEqual([]);
        expect(await store.findActors({ search: `zzz${evil}` })).toEqual([]);
        expect(await store.actorRoles(evil)).toEqual([]);
        expect(await store.hasArticle(evil)).toBe(false);
        expect(await store.hasArticle(`https://x.example/${evil}`)).toBe(false);
        expect(await store.relationCounts({ actor: evil })).toEqual([]);
        expect(await store.dyadSeries(evil, "RUS", { by: "month" })).toEqual([]);
      }
      expect(await store.counts()).toEqual(before);
      expect(await store.hasArticle(textHash("Sentence one of article x'1. Officials met and talked at length about many things."))).toBe(true);
      await store.close();
    });

    it("dyad ingest, query and export take --store and work on the cluster", async () => {
      const tmp = await tempDir();
      try {
        const url = cluster.url!.replace("/dyad?", "/cli_test?");
        const file = await tmp.file("wire.jsonl", `${JSON.stringify({ id: "w1", text: "Russia and Iran signed a treaty.", published: "2025-01-17" })}\n`);
        const m = memoryIO();
        const extract = (a: { id: string; text: string }) => doc({ id: a.id, text: a.text, events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] }).record;
        expect(await runIngest([file], { store: url, quiet: true }, m.io, { extract })).toBe(0);
        const r = await cli(["query", "events", "--store", url, "-f", "json"]);
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toMatchObject([{ type: "AGREE", source: ["RUS"], target: ["IRN"], sourceCount: 1 }]);
        const csv = await cli(["export", "--store", url, "-f", "csv"]);
        expect(csv.code, csv.stderr).toBe(0);
        expect(csv.stdout).toMatch(/AGREE/);
        const missing = await cli(["query", "events", "--store", cluster.url!.replace("/dyad?", "/no_such_db?")]);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(/E_STORE.*dyad ingest/);
      } finally {
        await tmp.remove();
      }
    });

    it("issue 16's Done when on the cluster: dyad alerts add, dyad ingest, check prints one alert, then none; ingesting again fires nothing", async () => {
      const url = cluster.url!.replace("/dyad?", "/alerts_cli?");
      const example = new URL("../../examples/russia-iran-treaty.txt", import.meta.url).pathname;
      expect((await cli(["alerts", "add", "treaty", "--pair", "RUS", "IRN", "--type", "AGREE", "--store", url])).code).toBe(0);
      const ingest = await cli(["ingest", example, "--published", "2025-01-17", "--workers", "0", "--store", url]);
      expect(ingest.code, ingest.stderr).toBe(0);
      expect(ingest.stderr).toMatch(/alert treaty: AGREE IRN, RUS \(planned\), 2025-01-17/);
      const check = await cli(["alerts", "check", "--format", "jsonl", "--store", url]);
      const lines = check.stdout.trim().split("\n").map((l) => JSON.parse(l));
      expect(lines).toMatchObject([{ ruleName: "treaty", events: [{ type: "AGREE", status: "planned" }], sentence: expect.stringMatching(/^On Friday, Russian President/) }]);
      expect((await cli(["alerts", "check", "--format", "jsonl", "--store", url])).stdout).toBe("");
      const again = await cli(["ingest", example, "--published", "2025-01-17", "--workers", "0", "--store", url]);
      expect(again.stderr).not.toMatch(/alert treaty/);
      expect((await cli(["alerts", "check", "--format", "jsonl", "--store", url])).stdout).toBe("");
      expect((await cli(["alerts", "remove", "treaty", "--store", url])).code).toBe(0);
      expect((await cli(["alerts", "list", "--format", "json", "--store", url])).stdout).toBe("[]\n");
    });

    it("one server without a cluster: plain tables, the same answers", async () => {
      const single = openClickhouseStore({ ...base, hosts: [cluster.servers[1]], cluster: null, database: "single" });
      await single.migrate();
      await single.putDocuments([
        doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")], quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", "Treaties matter.")] }),
        doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-18")] }),
      ]);
      expect(await single.queryEvents()).toMatchObject([{ type: "AGREE", sourceCount: 2, firstReport: { article: "a1" } }]);
      expect((await single.queryQuotes({ search: "treaty" })).map((q) => q.text)).toEqual(["Treaties matter."]);
      const engines = await (await fetch(cluster.servers[1], { method: "POST", body: "SELECT DISTINCT engine FROM system.tables WHERE database = 'single' ORDER BY engine" })).text();
      expect(engines.trim().split("\n")).toEqual(["ReplacingMergeTree"]);
      await single.close();
    });

    it("a database of schema version 1 gains version 2's columns on migrate(); its articles stay stories of their own", async () => {
      const store = fresh();
      const database = `contract_${n}`;
      await store.migrate();
      await store.putDocuments([doc({ id: "old", text: WIRE_TEXT, events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })]);
      // back to version 1 on both servers: without the columns version 2 added (story_bands is new: CREATE IF NOT EXISTS)
      const v1 = {
        articles: ["byline", "story"],
        event_sources: ["trigger_start", "trigger_end", "story"],
      };
      for (const server of cluster.servers) {
        for (const [table, columns] of Object.entries(v1)) {
          for (const name of [`${table}_local`, table]) {
            for (const c of columns) {
              const res = await fetch(server, { method: "POST", body: `ALTER TABLE ${database}.${name} DROP COLUMN ${c}` });
              expect(res.ok, await res.text()).toBe(true);
            }
          }
        }
        await fetch(server, { method: "POST", body: `DROP TABLE ${database}.story_bands` });
        await fetch(server, { method: "POST", body: `DROP TABLE ${database}.story_bands_local` });
      }
      await expect(store.searchArticles({ search: "treaty" })).rejects.toMatchObject({ code: "E_STORE" });
      await store.migrate();
      await store.migrate();
      expect(await store.searchArticles({ search: "treaty" })).toMatchObject([{ id: "old", byline: null, story: textHash(WIRE_TEXT), copies: 1 }]);
      expect(await store.queryEvents()).toMatchObject([{ sourceCount: 1, storyCount: 1 }]);
      // an article stored before version 2 has no band keys: a near-copy of it is a story of its own
      await store.putDocuments([doc({ id: "copy", text: NEAR_COPY_TEXT, events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })]);
      expect(await store.queryEvents()).toMatchObject([{ sourceCount: 2, storyCount: 2 }]);
      expect((await store.getArticle("copy"))?.article).toMatchObject({ story: textHash(NEAR_COPY_TEXT), copies: 1 });
      await store.close();
    });

    it("dyad watch --store clickhouse://: the feed's validators are kept there, so the next round is a conditional request (304)", async () => {
      const etag = '"v1"';
      const srv = await startServer({
        "/feed.xml": (q, r) => {
          if (q.headers["if-none-match"] === etag) {
            r.writeHead(304, { etag });
            return r.end();
          }
          r.writeHead(200, { "content-type": "application/rss+xml", etag });
          r.end(rss([{ title: "Treaty signed", link: "/a", description: "Russia and Iran signed a partnership treaty in Moscow on Friday, the Kremlin said." }]));
        },
      });
      try {
        const spec = cluster.url!.replace(/\/[^/?]*(\?|$)/, `/watch_${++n}$1`);
        const extract = (a: Article) => doc({ id: a.id, text: a.text, url: a.url ?? null, title: a.title ?? null }).record;
        const lines: string[] = [];
        for (let round = 0; round < 2; round++) {
          const m = memoryIO();
          const code = await runWatch([`${srv.origin}/feed.xml`], { store: spec, once: true, allowPrivate: true, fetchLinks: false }, m.io, { extract });
          expect(code, m.stderr()).toBe(0);
          lines.push(m.stdout().trim());
        }
        expect(lines[0]).toMatch(/feed\.xml: 1 item, 1 new/);
        expect(lines[1]).toMatch(/feed\.xml: not modified \(304\)/);
        expect(srv.requests.filter((r) => r.headers["if-none-match"] === etag)).toHaveLength(1);
        const store = openClickhouseStore(parseClickhouseUrl(spec));
        expect((await store.counts()).articles).toBe(1);
        await store.close();
      } finally {
        await srv.close();
      }
    });

    it("a store URL that lists fewer servers than the cluster has is refused", async () => {
      const store = openClickhouseStore({ ...base, hosts: [cluster.servers[0]], database: "too_few" });
      await expect(store.migrate()).rejects.toMatchObject({ code: "E_STORE_OPEN" });
      await store.close();
    });
  });
}
