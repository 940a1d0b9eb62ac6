// Every export read back with a parser of its format (issue 15): GEXF and GraphML with graphology's
// own readers (what Gephi-style tools load), the GDELT TSV and the CSV with csv-parse, the PLOVER
// lines with a zod schema of PLOVER's fields. Over a store built from code with what breaks
// writers: a name with XML's characters, a sentence with tabs, quotes and a line break, dates of
// every precision, a symmetric event and one of several parties.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import Graph from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { z } from "zod";
import { GDELT_COLUMNS } from "../../src/query/export-formats.js";
import { QUAD_OF_TYPE } from "../../src/query/plover-quads.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { cli, tempDir } from "./_memory-io.js";
import { country, doc, event } from "../contract/_records.js";

let tmp: Awaited<ReturnType<typeof tempDir>>;
let db: string;
const FIRST = 'Russia and Iran signed a "treaty",\tsaid\nofficials.';
const TEXT = `${FIRST} Ukraine & <Co> accused Russia.`;
const EVENTS = 7;
beforeAll(async () => {
  tmp = await tempDir();
  db = join(tmp.dir, "r.db");
  const store = openSqliteStore(db);
  await store.migrate();
  const actors = [country("RUS", "Russia"), country("IRN", "Iran"), country("UKR", "Ukraine & <Co>"), country("USA", "United States"), country("BLR", "Belarus")];
  await store.putDocuments([
    doc({
      id: "r1",
      text: TEXT,
      actors,
      events: [
        event("AGREE", ["RUS"], ["IRN"], "2022-03-01", { cameo: "057", sentence: { start: 0, end: FIRST.length } }),
        event("ACCUSE", ["UKR"], ["RUS"], "2022-03", { cameo: "112", sentence: { start: FIRST.length + 1, end: TEXT.length } }),
        event("ASSAULT", ["RUS", "BLR"], ["UKR"], "2022", { cameo: "190" }),
        event("CONSULT", ["USA", "UKR"], [], "2022-04-02", { cameo: "040" }),
        event("SANCTION", ["USA"], ["RUS"], "2022-04-03"),
        event("AID", ["USA"], ["UKR"], "2022-04-04", { cameo: "070" }),
        event("THREATEN", ["RUS"], ["USA"], null, { cameo: "130" }),
      ],
    }),
  ]);
  await store.close();
});
afterAll(() => tmp.remove());

const run = async (...args: string[]) => {
  const r = await cli(["export", "--db", db, ...args]);
  expect([args, r.code]).toEqual([args, 0]);
  return r;
};

describe("exports read back by parsers of their formats", () => {
  it("GEXF: graphology-gexf reads every state with its label and bloc, every edge with weight > 0, score, sign and count", async () => {
    const g = gexf.parse(Graph, (await run("--format", "gexf")).stdout);
    expect(g.type).toBe("undirected");
    expect(g.nodes().sort()).toEqual(["BLR", "IRN", "RUS", "UKR", "USA"]);
    expect(g.getNodeAttribute("UKR", "label")).toBe("Ukraine & <Co>");
    for (const n of g.nodes()) expect([n, Number.isInteger(g.getNodeAttribute(n, "bloc")) && g.getNodeAttribute(n, "bloc") > 0]).toEqual([n, true]);
    // RUS–IRN, RUS–UKR, BLR–UKR, UKR–USA, RUS–USA
    expect(g.size).toBe(5);
    g.forEachEdge((_e, a, x, y) => {
      expect([x, y, a.weight > 0, a.weight === a.count, a.sign === Math.sign(a.score)]).toEqual([x, y, true, true, true]);
    });
    // RUS–UKR: the ASSAULT (-2) and the ACCUSE (-1) in conflict; USA–UKR: the CONSULT (+1) and the AID (+2)
    const edge = (x: string, y: string) => g.getEdgeAttributes(g.edge(x, y)!);
    expect(edge("RUS", "UKR")).toMatchObject({ weight: 2, count: 2, score: -3, sign: -1 });
    expect(edge("UKR", "USA")).toMatchObject({ weight: 2, count: 2, score: 3, sign: 1 });
    expect(edge("BLR", "UKR")).toMatchObject({ weight: 1, score: -2, sign: -1 });
  });

  it("GraphML: graphology-graphml reads the same graph: labels, blocs, weight = count > 0, score and sign", async () => {
    const g = graphml.parse(Graph, (await run("--format", "graphml")).stdout);
    const fromGexf = gexf.parse(Graph, (await run("--format", "gexf")).stdout);
    expect(g.nodes().sort()).toEqual(fromGexf.nodes().sort());
    expect(g.size).toBe(fromGexf.size);
    for (const n of g.nodes()) expect([n, g.getNodeAttribute(n, "label"), g.getNodeAttribute(n, "bloc")]).toEqual([n, fromGexf.getNodeAttribute(n, "label"), fromGexf.getNodeAttribute(n, "bloc")]);
    g.forEachEdge((_e, a, x, y) => {
      const other = fromGexf.getEdgeAttributes(fromGexf.edge(x, y)!);
      expect([x, y, a.weight > 0, a.weight, a.score, a.sign, a.count]).toEqual([x, y, true, other.weight, other.score, other.sign, other.count]);
    });
  });

  it("GDELT: csv-parse reads 61 tab-separated columns a row, each of GDELT's type", async () => {
    const rows: string[][] = parseCsv((await run("--format", "gdelt", "--header")).stdout, { delimiter: "\t", quote: false, relax_column_count: false });
    expect(rows[0]).toEqual([...GDELT_COLUMNS]);
    const records = rows.slice(1).map((r) => Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, r[i]])));
    // every dated event (the undated THREATEN is left out, and said so on stderr)
    expect(records).toHaveLength(EVENTS - 1);
    const int = /^-?\d+$/;
    for (const r of records) {
      expect(r.GLOBALEVENTID).toMatch(int);
      expect(r.SQLDATE).toMatch(/^\d{8}$/);
      expect(r.MonthYear).toBe(r.SQLDATE.slice(0, 6));
      expect(r.Year).toBe(r.SQLDATE.slice(0, 4));
      expect(Number(r.FractionDate)).toBeCloseTo(Number(r.Year) + 0.5, -0.3);
      expect(r.IsRootEvent).toMatch(/^[01]$/);
      expect(r.QuadClass).toMatch(/^[1-4]$/);
      if (r.EventCode) {
        expect(r.EventCode).toMatch(/^\d{3,4}$/);
        expect(Number(r.GoldsteinScale)).toBeGreaterThanOrEqual(-10);
        expect(Number(r.GoldsteinScale)).toBeLessThanOrEqual(10);
      }
      for (const c of ["NumMentions", "NumSources", "NumArticles"]) expect([c, r[c]]).toEqual([c, expect.stringMatching(/^[1-9]\d*$/)]);
      expect(r.DATEADDED).toMatch(/^20\d{12}$/);
      expect(r.Actor1Code).toMatch(/^[A-Z]{3}$/);
    }
    const byCode = new Map(records.map((r) => [r.EventCode, r]));
    // a month's and a year's first day
    expect(byCode.get("112")).toMatchObject({ SQLDATE: "20220301", MonthYear: "202203", IsRootEvent: "0" });
    expect(byCode.get("190")).toMatchObject({ SQLDATE: "20220101", MonthYear: "202201", Year: "2022" });
    expect(byCode.get("057")).toMatchObject({ SQLDATE: "20220301", IsRootEvent: "1", Actor2Name: "Iran" });
    // a field never holds a tab or a line break: the sentence's are not in GDELT's columns, names' are replaced
    expect(byCode.get("040")).toMatchObject({ Actor1Code: "UKR", Actor1Name: "Ukraine & <Co>", Actor2Code: "USA" });
  });

  it("CSV: csv-parse reads one record per event, every column named, the sentence whole", async () => {
    const records: Record<string, string>[] = parseCsv((await run("--format", "csv")).stdout, { columns: true });
    expect(records).toHaveLength(EVENTS);
    expect(Object.keys(records[0])).toEqual(["id", "date", "type", "cameo", "status", "source", "target", "location", "articles", "stories", "article", "url", "trigger", "rule", "sentence"]);
    expect(records.find((r) => r.type === "AGREE")!.sentence).toBe(FIRST);
    expect(records.find((r) => r.type === "ASSAULT")).toMatchObject({ date: "2022", source: "BLR RUS", target: "UKR" });
    expect(records.find((r) => r.type === "THREATEN")!.date).toBe("");
  });

  it("PLOVER: every line a JSON object of PLOVER's fields and types", async () => {
    const types = Object.keys(QUAD_OF_TYPE) as [string, ...string[]];
    const codes = z.string().regex(/^[A-Z]{3}(;[A-Z]{3})*$/);
    const record = z.strictObject({
      id: z.string().regex(/^\d+$/),
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
      event_type: z.enum(types),
      mode: z.string().min(1).nullable(),
      context: z.string().regex(/^[a-z_]+(;[a-z_]+)*$/).nullable(),
      actor: codes,
      actor_name: z.string().min(1),
      recipient: codes.or(z.literal("")),
      recipient_name: z.string(),
      location: z.string().nullable(),
      source_text: z.string().min(1),
      source_url: z.string().url().nullable(),
      source_article: z.string().min(1),
      num_sources: z.number().int().positive(),
      status: z.enum(["occurred", "ongoing", "planned", "claimed", "denied", "hypothetical"]),
      cameo: z.string().regex(/^\d{3,4}$/).nullable(),
      goldstein: z.number().min(-10).max(10).nullable(),
      quad: z.enum(["verbalCooperation", "materialCooperation", "verbalConflict", "materialConflict"]).nullable(),
      trigger: z.string(),
      rule: z.string(),
    });
    const lines = (await run("--format", "plover")).stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(EVENTS);
    const records = lines.map((l) => record.parse(JSON.parse(l)));
    expect(records.find((r) => r.event_type === "CONSULT")).toMatchObject({ actor: "UKR;USA", recipient: "" });
    expect(records.find((r) => r.event_type === "ASSAULT")).toMatchObject({ context: "military", goldstein: -10 });
  });
});
