// `dyad ingest` and `dyad query` end to end with in-memory streams. The ingest tests run the real
// engine over a small folder (one engine per ingest run that has new articles); the query tests
// read a store built from code, so that their output is known exactly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runIngest } from "../../src/cli/ingest-command.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { StoredEvent } from "../../src/store/store.js";
import { cli, memoryIO, tempDir, ttyStream } from "./_memory-io.js";
import { doc, event, person, country, quote } from "../contract/_records.js";

/** Events as two runs compare them: when each article entered its store (DATEADDED) is the
 * store's clock at the time, which two runs never share; everything else must be equal. */
const withoutClock = (events: StoredEvent[]) => events.map((e) => ({ ...e, firstReport: { ...e.firstReport, added: e.firstReport.added ? "(a time)" : e.firstReport.added } }));

const treaty = readFileSync(fileURLToPath(new URL("../../examples/russia-iran-treaty.txt", import.meta.url)), "utf8");

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.remove());

async function countsOf(db: string) {
  const store = openSqliteStore(db, { readonly: true });
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe("dyad ingest", () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(tmp.dir, "news");
    await mkdir(join(folder, "more"), { recursive: true });
    await tmp.file("news/russia-iran-treaty.txt", treaty);
    await tmp.file("news/more/putin.txt", "Russian President Vladimir Putin met Iran's foreign minister in Moscow on Friday.\n“Iran is an important partner for us,” Putin said after the talks.\n");
    await tmp.file(
      "news/more/wire.jsonl",
      [
        JSON.stringify({ id: "w1", published: "2024-03-04", url: "https://wire.example/w1", text: "Iran and Iraq signed a trade deal on Monday." }),
        "{not json",
        JSON.stringify({ id: "w2", published: "2024-03-05", url: "https://wire.example/w2", text: "Russia welcomed the decision of the two governments." }),
        // the treaty article again, syndicated under another id and URL
        JSON.stringify({ id: "syndicated", published: "2025-01-17", url: "https://other.example/treaty", text: treaty }),
      ].join("\n") + "\n",
    );
    await tmp.file("news/README.md", "not an article");
  });

  it("a folder, read recursively: stores each article once, reports the bad line alone, prints a summary, exits 1", async () => {
    const db = join(tmp.dir, "news.db");
    const r = await cli(["ingest", folder, "--db", db]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines.filter((l) => l.includes("[E_NOT_JSON]"))).toEqual([expect.stringContaining("wire.jsonl:2")]);
    expect(lines.at(-1)).toMatch(/^dyad ingest: 6 read, 4 stored, 1 duplicate skipped, 1 failed; \d+ new events \(\d+ reports? merged into known events\), \d+ quotes; [\d.]+ s, [\d.]+ articles\/s → .*news\.db$/);
    expect(r.stderr).not.toContain("\r");
    expect(r.stdout).toBe("");
    const counts = await countsOf(db);
    expect(counts.articles).toBe(4);
    expect(counts.events).toBeGreaterThan(5);
    expect(counts.quotes).toBeGreaterThan(5);

    // the same folder again adds nothing, and needs no engine
    const again = await cli(["ingest", folder, "--db", db]);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split("\n").at(-1)).toMatch(/^dyad ingest: 6 read, 0 stored, 5 duplicates skipped, 1 failed; 0 new events/);
    expect(await countsOf(db)).toEqual(counts);
  });

  it("a clean file exits 0; --quiet prints the summary only", async () => {
    const path = await tmp.file("one.txt", "Iran and Iraq signed a trade deal on Monday.\n");
    const db = join(tmp.dir, "one.db");
    const r = await cli(["ingest", path, "--db", db, "--quiet", "--published", "2024-03-04", "--workers", "1"]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(r.stderr).toMatch(/^dyad ingest: 1 read, 1 stored, 0 duplicates skipped, 0 failed; .* articles\/s → .*one\.db\n$/);
    expect((await countsOf(db)).articles).toBe(1);
  });

  it("a missing path fails alone, named, with E_READ", async () => {
    const path = await tmp.file("two.txt", "Russia welcomed the decision of the two governments.\n");
    const r = await cli(["ingest", join(tmp.dir, "nope"), path, "--db", join(tmp.dir, "two.db"), "--workers", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope.*\[E_READ\]/);
    expect(r.stderr).toMatch(/1 stored/);
  });

  it("no sources, or a bad --published, exit 2 before anything is opened", async () => {
    const db = join(tmp.dir, "never.db");
    const none = await cli(["ingest", "--db", db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/give one or more files, folders, feeds or URLs/);
    const date = await cli(["ingest", "x.txt", "--db", db, "--published", "2025-1-1"]);
    expect(date.code).toBe(2);
    expect(existsSync(db)).toBe(false);
  });

  it("a bad dictionary stops the run with exit 2 once, instead of failing every article", async () => {
    const dict = await tmp.file("bad-dict.json", "{ not json");
    const path = await tmp.file("three.txt", "Russia welcomed the decision.\n");
    const r = await cli(["ingest", path, "--db", join(tmp.dir, "three.db"), "--dictionary", dict, "--workers", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("bad-dict.json");
  });

  describe.skipIf(!existsSync(fileURLToPath(new URL("../../dist/engine-worker.js", import.meta.url))))("--workers (runs the built engine-worker.js)", () => {
    it("--workers 2 stores what --workers 1 stores: the same articles, events in the same order, the same quotes", async () => {
      const dumps: unknown[] = [];
      for (const workers of ["1", "2"]) {
        const db = join(tmp.dir, `workers-${workers}.db`);
        const r = await cli(["ingest", folder, "--db", db, "--workers", workers]);
        expect(r.code).toBe(1);
        expect(r.stderr.trim().split("\n").at(-1)).toMatch(/^dyad ingest: 6 read, 4 stored, 1 duplicate skipped, 1 failed;/);
        const store = openSqliteStore(db, { readonly: true });
        dumps.push({ counts: await store.counts(), events: withoutClock(await store.queryEvents({ limit: 1000 })), quotes: await store.queryQuotes({ limit: 1000 }) });
        await store.close();
      }
      expect((dumps[0] as { counts: { events: number } }).counts.events).toBeGreaterThan(5);
      expect(dumps[1]).toEqual(dumps[0]);
    });

    it("HTML pages are read on the workers: --workers 2 stores what --workers 1 stores, a page without an article fails alone", async () => {
      const paragraphs = (text: string) =>
        text
          .split("\n")
          .filter(Boolean)
          .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
          .join("");
      const page = (title: string, date: string, body: string) =>
        `<html><head><title>${title}</title><meta property="article:published_time" content="${date}"></head><body><nav>Home</nav><article>${paragraphs(body)}</article><footer>© News</footer></body></html>`;
      await mkdir(join(tmp.dir, "pages"), { recursive: true });
      await tmp.file("pages/a-treaty.html", page("Treaty", "2025-01-17", treaty));
      await tmp.file("pages/b-talks.htm", page("Talks", "2024-03-04", "Russian President Vladimir Putin met Iran's foreign minister in Moscow on Friday. The two sides discussed trade and energy cooperation at length.\n“Iran is an important partner for us,” Putin said after the talks in the Kremlin, according to a statement."));
      await tmp.file("pages/c-menu.html", "<html><body><nav>Menu</nav></body></html>");
      const dumps: unknown[] = [];
      for (const workers of ["1", "2"]) {
        const db = join(tmp.dir, `pages-${workers}.db`);
        const r = await cli(["ingest", join(tmp.dir, "pages"), "--db", db, "--workers", workers]);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain("[E_EMPTY_TEXT]");
        expect(r.stderr.trim().split("\n").at(-1)).toMatch(/^dyad ingest: 3 read, 2 stored, 0 duplicates skipped, 1 failed;/);
        const store = openSqliteStore(db, { readonly: true });
        const articles = await Promise.all(["a-treaty", "b-talks"].map((id) => store.getArticle(id)));
        dumps.push({ articles: articles.map((a) => a && { text: a.article.text, published: a.article.published, title: a.article.title }), events: withoutClock(await store.queryEvents({ limit: 1000 })) });
        await store.close();
      }
      expect(dumps[1]).toEqual(dumps[0]);
      expect((dumps[0] as { articles: { published: string }[] }).articles.map((a) => a.published)).toEqual(["2025-01-17", "2024-03-04"]);
    });

    it("a bad dictionary with two workers stops the run with exit 2, said once", async () => {
      const dict = await tmp.file("bad-dict-2.json", "{ not json");
      const path = await tmp.file("four.jsonl", [1, 2, 3].map((i) => JSON.stringify({ id: `x${i}`, text: `Russia welcomed decision number ${i}.` })).join("\n"));
      const r = await cli(["ingest", path, "--db", join(tmp.dir, "four.db"), "--dictionary", dict, "--workers", "2"]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("bad-dict-2.json");
    });
  });

  it("on a terminal, a progress bar with articles/s and ETA, cleared before the summary", async () => {
    const m = memoryIO();
    const tty = ttyStream();
    const stderr = tty.stream;
    let t = 0;
    const path = await tmp.file("tty.jsonl", Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `t${i}`, text: `Article number ${i}.` })).join("\n"));
    const code = await runIngest([path], { db: join(tmp.dir, "tty.db") }, { ...m.io, stderr }, { extract: (a) => doc({ id: a.id, text: a.text }).record, now: () => (t += 1000) });
    expect(code).toBe(0);
    const out = tty.text();
    // the total (5 lines) was counted before reading
    expect(out).toMatch(/\d+% \| \d\/5 \| [\d.]+ articles\/s \| ETA [\w.]+ \| \d stored · 0 duplicates · 0 failed/);
    expect(out).toMatch(/100% \| 5\/5 \|/);
    expect(out).toMatch(/\r\x1b\[Kdyad ingest: 5 read, 5 stored/);
  });
});

describe("dyad query", () => {
  let db: string;
  beforeAll(async () => {
    db = join(tmp.dir, "query.db");
    const store = openSqliteStore(db);
    await store.migrate();
    const actors = [country("RUS", "Russia"), country("IRN", "Iran"), country("UKR", "Ukraine"), person("person:sergei-lavrov", "Sergei Lavrov", "RUS", "Foreign Minister")];
    await store.putDocuments([
      doc({
        id: "q1",
        published: "2024-01-10",
        text: "Russia and Iran signed a treaty. Lavrov spoke.",
        actors,
        events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-10", { trigger: "signed", sentence: { start: 0, end: 32 } })],
        quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", "The treaty is not directed against anyone, we say.")],
      }),
      doc({ id: "q2", published: "2024-01-11", actors, events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-11", { trigger: "signed" })] }),
      doc({ id: "q3", published: "2024-03-01", actors, events: [event("ACCUSE", ["IRN"], ["RUS"], "2024-03-01", { trigger: "accused" }), event("ASSAULT", ["RUS"], ["UKR"], "2024-03-01")] }),
      doc({ id: "q4", published: "2023-12-01", actors, events: [event("AGREE", ["RUS"], ["IRN"], "2023-12-01", { status: "planned" })] }),
    ]);
    await store.close();
  });

  it("events with every filter of the issue: a table", async () => {
    const r = await cli(["query", "events", "--db", db, "--actor", "RUS", "--target", "IRN", "--type", "AGREE", "--since", "2024-01", "--status", "occurred"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^date\s+type\s+status\s+source\s+target\s+articles\s+stories\s+trigger\s+sentence$/);
    expect(lines.slice(2)).toEqual([expect.stringMatching(/^2024-01-10\s+AGREE\s+occurred\s+RUS\s+IRN\s+2\s+2\s+signed\s+Russia and Iran signed a treaty\.$/)]);
  });

  it("events --format json: the store's plain objects, newest first (--oldest: oldest first)", async () => {
    const r = await cli(["query", "events", "--db", db, "--type", "agree", "--format", "json"]);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout);
    const rows = (list: { date: string; status: string; sourceCount: number }[]) => list.map((e) => [e.date, e.status, e.sourceCount]);
    expect(rows(events)).toEqual([
      ["2024-01-10", "occurred", 2],
      ["2023-12-01", "planned", 1],
    ]);
    expect(rows(JSON.parse((await cli(["query", "events", "--db", db, "--type", "agree", "--format", "json", "--oldest"])).stdout))).toEqual([...rows(events)].reverse());
    expect(events[0]).toMatchObject({ type: "AGREE", source: ["RUS"], target: ["IRN"], firstReport: { article: "q1", url: "https://news.example/q1", trigger: "signed" } });
  });

  it("events --format csv: a header and one line per event", async () => {
    const r = await cli(["query", "events", "--db", db, "--target", "UKR", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe("id,date,type,cameo,status,source,target,location,articles,stories,article,url,trigger,rule,sentence");
    expect(lines[1]).toMatch(/^\d+,2024-03-01,ASSAULT,,occurred,RUS,UKR,,1,1,q3,https:\/\/news\.example\/q3,assault,test\/assault,/);
    expect(lines[2]).toBe("");
  });

  it("events of several actors a side (repeated or comma-separated), --either, several --status: a bloc's cell", async () => {
    const dates = async (...args: string[]) => {
      const r = await cli(["query", "events", ...args, "--db", db, "--format", "json"]);
      expect([args, r.code, r.stderr]).toEqual([args, 0, ""]);
      return JSON.parse(r.stdout).map((e: { type: string; date: string }) => `${e.type}@${e.date}`);
    };
    expect(await dates("--actor", "RUS", "--target", "IRN,UKR")).toEqual(["ASSAULT@2024-03-01", "AGREE@2024-01-10", "AGREE@2023-12-01"]);
    expect(await dates("--actor", "Russia", "--target", "Iran", "--target", "ukraine")).toEqual(await dates("--actor", "RUS", "--target", "IRN,UKR"));
    expect(await dates("--actor", "IRN,UKR", "--target", "RUS", "--either")).toEqual(["ASSAULT@2024-03-01", "ACCUSE@2024-03-01", "AGREE@2024-01-10", "AGREE@2023-12-01"]);
    expect(await dates("--actor", "IRN,UKR", "--target", "RUS", "--either", "--status", "planned,claimed", "--status", "occurred", "--since", "2024")).toEqual(["ASSAULT@2024-03-01", "ACCUSE@2024-03-01", "AGREE@2024-01-10"]);
    expect(await dates("--target", "IRN", "--status", "planned")).toEqual(["AGREE@2023-12-01"]);
    const bad = await cli(["query", "events", "--actor", "RUS,Atlantis", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown actor: --actor "Atlantis"');
  });

  it("quotes --speaker Lavrov --search treaty", async () => {
    const r = await cli(["query", "quotes", "--db", db, "--speaker", "Lavrov", "--search", "treaty"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^published\s+speaker\s+kind\s+outlet\s+quote\n/);
    expect(r.stdout).toMatch(/2024-01-10\s+Sergei Lavrov\s+direct\s+Test Wire\s+The treaty is not directed against anyone, we say\./);
    const json = JSON.parse((await cli(["query", "quotes", "--db", db, "--search", "treaties", "--format", "json"])).stdout);
    expect(json).toHaveLength(1);
    // a speaker the store does not know is an error, never an empty list
    const peskov = await cli(["query", "quotes", "--db", db, "--speaker", "Peskov", "--format", "json"]);
    expect(peskov).toMatchObject({ code: 2, stdout: "" });
    expect(peskov.stderr).toContain('unknown actor: --speaker "Peskov"');
  });

  it("dyad RUS IRN --by month: counts per type and the score per month", async () => {
    const r = await cli(["query", "dyad", "RUS", "IRN", "--db", db, "--by", "month"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("Russia (RUS) ↔ Iran (IRN), by month");
    expect(lines[1]).toMatch(/^month\s+events\s+score\s+coop v\s+coop m\s+confl v\s+confl m\s+AGREE\s+ACCUSE$/);
    expect(lines.slice(3, 6)).toEqual([
      expect.stringMatching(/^2023-12\s+1\s+1\s+1\s+0\s+0\s+0\s+1\s+0$/),
      expect.stringMatching(/^2024-01\s+1\s+1\s+1\s+0\s+0\s+0\s+1\s+0$/),
      expect.stringMatching(/^2024-03\s+1\s+-1\s+0\s+0\s+1\s+0\s+0\s+1$/),
    ]);
    expect(lines.at(-1)).toBe("(1 month without events not shown)");
    const json = JSON.parse((await cli(["query", "dyad", "RUS", "IRN", "--db", db, "--format", "json"])).stdout);
    expect(json.periods.map((p: { period: string; score: number }) => [p.period, p.score])).toEqual([
      ["2023-12", 1],
      ["2024-01", 1],
      ["2024-02", 0],
      ["2024-03", -1],
    ]);
    const csv = (await cli(["query", "dyad", "RUS", "IRN", "--db", db, "--format", "csv", "--status", "occurred"])).stdout.split("\r\n");
    // every PLOVER type, in one order, and the pair on each row: the CSVs of several pairs stack
    const types = "AGREE,CONSULT,SUPPORT,CONCEDE,COOPERATE,AID,RETREAT,REQUEST,ACCUSE,REJECT,THREATEN,PROTEST,SANCTION,MOBILIZE,COERCE,ASSAULT";
    expect(csv[0]).toBe(`a,b,directed,month,events,score,coop v,coop m,confl v,confl m,${types}`);
    const zeros = (n: number) => Array(n).fill("0").join(",");
    expect(csv.slice(1, 4)).toEqual([
      `RUS,IRN,0,2024-01,1,1,1,0,0,0,1,${zeros(15)}`,
      `RUS,IRN,0,2024-02,0,0,0,0,0,0,${zeros(16)}`,
      `RUS,IRN,0,2024-03,1,-1,0,0,1,0,${zeros(8)},1,${zeros(7)}`,
    ]);
    const other = (await cli(["query", "dyad", "USA", "UKR", "--db", db, "--format", "csv"])).stdout.split("\r\n");
    expect(other[0]).toBe(csv[0]);
  });

  it("bad queries exit 2 with the reason; a missing store is not created", async () => {
    const missing = join(tmp.dir, "missing.db");
    const r1 = await cli(["query", "events", "--db", missing]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain("[E_STORE_OPEN]");
    expect(existsSync(missing)).toBe(false);
    const r2 = await cli(["query", "events", "--db", db, "--since", "2024-1"]);
    expect(r2).toMatchObject({ code: 2, stdout: "" });
    expect(r2.stderr).toContain("[E_QUERY]");
    const r3 = await cli(["query", "events", "--db", db, "--type", "HUG"]);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain("not a PLOVER type");
    const r4 = await cli(["query", "events", "--db", db, "--status", "rumoured"]);
    expect(r4.code).toBe(2);
    const r5 = await cli(["query", "dyad", "RUS", "--db", db]);
    expect(r5.code).toBe(2);
    const r6 = await cli(["query", "quotes", "--db", db, "--search", "!!"]);
    expect(r6.code).toBe(2);
    expect(r6.stderr).toContain("has no words");
  });

  it("names anywhere a code goes: codes in any case, states' names and demonyms, persons' names (issue 15)", async () => {
    const series = async (...args: string[]) => {
      const r = await cli(["query", "dyad", ...args, "--db", db, "--format", "json"]);
      expect([args, r.code, r.stderr]).toEqual([args, 0, ""]);
      return JSON.parse(r.stdout).periods;
    };
    const byCode = await series("RUS", "IRN");
    expect(byCode.length).toBeGreaterThan(0);
    for (const pair of [["rus", "irn"], ["Russia", "Iran"], ["russian", "Iranian"], ["the Russian Federation", "IRN"]]) expect(await series(...pair)).toEqual(byCode);
    const events = async (...args: string[]) => {
      const r = await cli(["query", "events", ...args, "--db", db, "--format", "json"]);
      expect([args, r.code, r.stderr]).toEqual([args, 0, ""]);
      return JSON.parse(r.stdout).map((e: { id: string }) => e.id);
    };
    expect(await events("--actor", "russia", "--target", "Iran")).toEqual(await events("--actor", "RUS", "--target", "IRN"));
    expect(await events("--actor", "Lavrov")).toEqual([]);
    const quotes = JSON.parse((await cli(["query", "quotes", "--db", db, "--speaker", "Sergei Lavrov", "--format", "json"])).stdout);
    expect(quotes.map((q: { speaker: string }) => q.speaker)).toEqual(["person:sergei-lavrov"]);
  });

  it("an unknown or ambiguous name exits 2 with the closest matches", async () => {
    const r = await cli(["query", "dyad", "Atlantis", "Russia", "--db", db]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(/^dyad query: \[E_UNKNOWN_ACTOR\] unknown actor: "Atlantis"/);
    const typo = await cli(["query", "events", "--target", "Ukrane", "--db", db]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown actor: --target "Ukrane" is no actor\'s id, code or name, nor a state\'s; closest: Ukraine (UKR, country)');
    const party = await cli(["query", "events", "--party", "person:nobody", "--db", db]);
    expect(party.code).toBe(2);
  });

  it("events --party: either side, a person's own events", async () => {
    const r = await cli(["query", "events", "--party", "iran", "--db", db, "--format", "json"]);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout) as { type: string; source: string[]; target: string[] }[];
    expect(events.map((e) => e.type)).toEqual(["ACCUSE", "AGREE", "AGREE"]);
    expect(events.every((e) => [...e.source, ...e.target].includes("IRN"))).toBe(true);
  });

  it("query --help lists events, quotes and dyad", async () => {
    const r = await cli(["query", "--help"]);
    expect(r.code).toBe(0);
    for (const c of ["events", "quotes", "dyad"]) expect(r.stdout).toContain(c);
  });
});
