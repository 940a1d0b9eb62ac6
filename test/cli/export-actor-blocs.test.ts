// `dyad query actor`, `dyad query blocs` and `dyad export` end to end over a store built from code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GDELT_COLUMNS, xmlEscape } from "../../src/query/export-formats.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { cli, tempDir } from "./_memory-io.js";
import { country, doc, event, person, quote } from "../contract/_records.js";

let tmp: Awaited<ReturnType<typeof tempDir>>;
let db: string;
beforeAll(async () => {
  tmp = await tempDir();
  db = join(tmp.dir, "x.db");
  const store = openSqliteStore(db);
  await store.migrate();
  const actors = [
    country("RUS", "Russia"),
    country("IRN", "Iran"),
    country("UKR", "Ukraine & <Co>"),
    country("USA", "United States"),
    person("person:sergei-lavrov", "Sergei Lavrov", "RUS", "Foreign Minister"),
  ];
  await store.putDocuments([
    doc({
      id: "x1",
      published: "2022-03-01",
      text: "Russia and Iran signed a treaty.\tLavrov spoke.",
      actors,
      events: [
        event("AGREE", ["RUS"], ["IRN"], "2022-03-01", { cameo: "057", trigger: "signed", sentence: { start: 0, end: 32 }, location: "Moscow" }),
        event("ASSAULT", ["RUS"], ["UKR"], "2022-03-01", { cameo: "190" }),
        event("AID", ["USA"], ["UKR"], "2022-03"),
      ],
      quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", "The treaty is not directed against anyone.")],
    }),
    doc({
      id: "x2",
      published: "2022-04-02",
      actors: actors.map((a) => (a.id === "person:sergei-lavrov" ? person("person:sergei-lavrov", "Sergei Lavrov", "RUS", "Minister of Foreign Affairs") : a)),
      events: [event("AGREE", ["RUS"], ["IRN"], "2022-03-02"), event("SANCTION", ["USA"], ["RUS"], "2022-04-02"), event("ACCUSE", ["person:sergei-lavrov"], ["USA"], "2022-04-02")],
      quotes: [quote("person:sergei-lavrov", "Sergei Lavrov", "We will answer.")],
    }),
  ]);
  await store.close();
});
afterAll(() => tmp.remove());

/** A small well-formedness check: one root, balanced tags, quoted attributes, only the five entities. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  const rest = body.replace(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g, (_m, close: string, name: string, _attrs, self: string) => {
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      if (!stack.length) roots++;
      if (!self) stack.push(name);
    }
    return "";
  });
  if (/[<>]/.test(rest)) return false;
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(rest)) return false;
  return stack.length === 0 && roots === 1;
}

describe("dyad query actor", () => {
  it("finds by part of the name: roles over time, partners, latest quotes", async () => {
    const r = await cli(["query", "actor", "lavrov", "--db", db, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [p] = JSON.parse(r.stdout);
    expect(p.actor).toMatchObject({ id: "person:sergei-lavrov", name: "Sergei Lavrov", code: "RUS", articles: 2 });
    expect(p.roles.map((x: { role: string; published: string }) => [x.published, x.role])).toEqual([
      ["2022-03-01", "Foreign Minister"],
      ["2022-04-02", "Minister of Foreign Affairs"],
    ]);
    expect(p.partners).toEqual([{ code: "USA", name: "United States", events: 1, score: -1, types: { ACCUSE: 1 } }]);
    expect(p.quotes.map((q: { text: string }) => q.text)).toEqual(["We will answer.", "The treaty is not directed against anyone."]);
  });

  it("a code: the state's partners, each merged event once; a table and CSV", async () => {
    const j = JSON.parse((await cli(["query", "actor", "RUS", "--db", db, "--format", "json", "--matches", "1"])).stdout);
    expect(j).toHaveLength(1);
    expect(j[0].partners.map((p: { code: string; events: number; score: number }) => [p.code, p.events, p.score])).toEqual([
      ["USA", 2, -3],
      ["IRN", 1, 1],
      ["UKR", 1, -2],
    ]);
    const t = await cli(["query", "actor", "RUS", "--db", db, "--matches", "1"]);
    expect(t.stdout).toMatch(/^Russia \(RUS; country, code RUS; in 2 articles\)/);
    expect(t.stdout).toContain("top partners");
    const c = await cli(["query", "actor", "lavrov", "--db", db, "--format", "csv"]);
    expect(c.stdout.split("\r\n")[0]).toBe("actor,actor_name,section,date,role,partner,partner_name,events,score,types,text,article");
    expect(c.stdout).toContain("person:sergei-lavrov,Sergei Lavrov,partner,,,USA,United States,1,-1,ACCUSE 1,,");
  });

  it("an unknown name is an error with the closest actors (issue 15: never a silent empty answer)", async () => {
    const r = await cli(["query", "actor", "nobody-at-all", "--db", db]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe('dyad query: [E_UNKNOWN_ACTOR] unknown actor: "nobody-at-all" is no actor\'s id, code or name, nor a state\'s\n');
    const typo = await cli(["query", "actor", "Lavorv", "--db", db]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("closest: Sergei Lavrov (person:sergei-lavrov, person)");
  });

  it("query events --party: a person's own events, the person named behind the state's code", async () => {
    const r = await cli(["query", "events", "--party", "Lavrov", "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n").slice(2)).toEqual([expect.stringMatching(/^2022-04-02\s+ACCUSE\s+occurred\s+RUS \(Sergei Lavrov\)\s+USA\s+1\s+1\s/)]);
    const json = JSON.parse((await cli(["query", "events", "--party", "russia", "--db", db, "--format", "json"])).stdout);
    expect(json.length).toBe(4);
    expect(json.find((e: { type: string }) => e.type === "ACCUSE").actors).toEqual([{ id: "person:sergei-lavrov", name: "Sergei Lavrov", side: "source" }]);
  });

  it("a name, a demonym or a code in any case gives the one actor it names", async () => {
    for (const name of ["Russia", "russian", "rus", "the Russian Federation"]) {
      const [p, ...more] = JSON.parse((await cli(["query", "actor", name, "--db", db, "--format", "json"])).stdout);
      expect([name, p.actor.id, more.length]).toEqual([name, "RUS", 0]);
    }
    expect(JSON.parse((await cli(["query", "actor", "Sergei Lavrov", "--db", db, "--format", "json"])).stdout)[0].actor.id).toBe("person:sergei-lavrov");
    // a state no stored article mentions is named right, and has no profile
    expect(await cli(["query", "actor", "France", "--db", db])).toMatchObject({ code: 0, stdout: "the store holds no article on France (FRA)\n" });
  });
});

describe("dyad query blocs", () => {
  it("lists blocs with members and scores", async () => {
    const r = await cli(["query", "blocs", "--db", db, "--since", "2022-01", "--format", "json"]);
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    const members = j.blocs.map((b: { members: { code: string }[] }) => b.members.map((m) => m.code));
    expect(members).toContainEqual(["IRN", "RUS"]);
    expect(members).toContainEqual(["UKR", "USA"]);
    const t = await cli(["query", "blocs", "--db", db, "--since", "2022-01"]);
    expect(t.stdout).toMatch(/IRN Iran, RUS Russia/);
    const c = await cli(["query", "blocs", "--db", db, "--format", "csv"]);
    expect(c.stdout.split("\r\n")[0]).toBe("bloc,code,name,bloc_internal,bloc_external,bloc_internal_events,bloc_external_events");
  });
});

describe("dyad export", () => {
  it("gdelt: 61 tab-separated columns a row, ours filled in", async () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(new Set(GDELT_COLUMNS).size).toBe(61);
    const r = await cli(["export", "--db", db, "--format", "gdelt"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split("\n").map((l) => l.split("\t"));
    // the AID of "2022-03" has no day: its row has the month's first day, as GDELT's own rows of such reports
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => /^\d{8}$/.test(row[GDELT_COLUMNS.indexOf("SQLDATE")]))).toBe(true);
    expect(r.stderr).toBe("");
    const aidRow = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, rows.find((row) => row[GDELT_COLUMNS.indexOf("Actor1Code")] === "USA" && row[GDELT_COLUMNS.indexOf("Actor2Code")] === "UKR")![i]]));
    expect(aidRow).toMatchObject({ SQLDATE: "20220301", MonthYear: "202203", Year: "2022", FractionDate: "2022.1644" });
    // --days-only leaves it out, and says so
    const days = await cli(["export", "--db", db, "--format", "gdelt", "--days-only"]);
    expect(days.stdout.trimEnd().split("\n")).toHaveLength(4);
    expect(days.stderr).toBe("dyad export: 1 event without a day date left out (GDELT rows need SQLDATE; without --days-only a month or year keeps them, as its first day)\n");
    for (const row of rows) expect(row).toHaveLength(61);
    const agree = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, rows.find((row) => row[GDELT_COLUMNS.indexOf("EventCode")] === "057")![i]]));
    expect(agree).toMatchObject({
      SQLDATE: "20220301",
      MonthYear: "202203",
      Year: "2022",
      Actor1Code: "RUS",
      Actor1Name: "Russia",
      Actor1CountryCode: "RUS",
      Actor2Code: "IRN",
      EventCode: "057",
      EventBaseCode: "057",
      EventRootCode: "05",
      QuadClass: "1",
      NumArticles: "2",
      NumMentions: "2",
      NumSources: "2",
      ActionGeo_FullName: "Moscow",
      SOURCEURL: "https://news.example/x1",
      // GDELT's table: 057 (sign formal agreement) is +8.0
      GoldsteinScale: "8.0",
      // its first report's sentence opens its article
      IsRootEvent: "1",
    });
    // when the first report's article was stored: YYYYMMDDHHMMSS, UTC, no later than now
    expect(agree.DATEADDED).toMatch(/^\d{14}$/);
    expect(agree.DATEADDED <= new Date().toISOString().replace(/\D/g, "").slice(0, 14)).toBe(true);
    expect(rows.every((row) => /^\d{14}$/.test(row[GDELT_COLUMNS.indexOf("DATEADDED")]))).toBe(true);
    const assault = rows.find((row) => row[GDELT_COLUMNS.indexOf("EventCode")] === "190")!;
    expect(assault[GDELT_COLUMNS.indexOf("GoldsteinScale")]).toBe("-10.0");
    // an event without a CAMEO code has no scale: empty, not 0 (0 is a real value, "make statement")
    const noCode = rows.find((row) => row[GDELT_COLUMNS.indexOf("EventCode")] === "")!;
    expect(noCode[GDELT_COLUMNS.indexOf("GoldsteinScale")]).toBe("");
    const withHeader = await cli(["export", "--db", db, "--format", "gdelt", "--header", "--since", "2022-04"]);
    expect(withHeader.stdout.split("\n")[0].split("\t")).toEqual([...GDELT_COLUMNS]);
    expect(withHeader.stdout.trimEnd().split("\n")).toHaveLength(3);
  });

  it("plover: one JSON object a line, in PLOVER's field names", async () => {
    const r = await cli(["export", "--db", db, "--format", "plover"]);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.event_type === "AGREE")).toMatchObject({ date: "2022-03-01", event_type: "AGREE", actor: "RUS", actor_name: "Russia", recipient: "IRN", source_text: "Russia and Iran signed a treaty.", num_sources: 2 });
    // mode and context from the code (the 2021 crosswalk): 057 has context "diplomatic" and no mode;
    // 190 (conventional military force) is context "military"
    expect(lines.find((l) => l.event_type === "AGREE")).toMatchObject({ mode: null, context: "diplomatic", goldstein: 8 });
    expect(lines.find((l) => l.event_type === "ASSAULT")).toMatchObject({ mode: null, context: "military", goldstein: -10 });
    // no code: nothing to read them from
    expect(lines.find((l) => l.event_type === "AID")).toMatchObject({ mode: null, context: null, goldstein: null });
    // every record has the same keys
    expect(new Set(lines.map((l) => Object.keys(l).join(","))).size).toBe(1);
  });

  it("csv: a header and one row per event; --out writes a file", async () => {
    const out = join(tmp.dir, "events.csv");
    const r = await cli(["export", "--db", db, "--format", "csv", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const lines = readFileSync(out, "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,date,type,cameo,status,source,target,location,articles,stories,article,url,trigger,rule,sentence");
    expect(lines).toHaveLength(6);
  });

  it("gexf and graphml: well-formed XML, states as nodes with their bloc, names escaped", async () => {
    for (const format of ["gexf", "graphml"]) {
      const r = await cli(["export", "--db", db, "--format", format]);
      expect(r.code).toBe(0);
      expect(wellFormed(r.stdout)).toBe(true);
      expect(r.stdout).toContain("Ukraine &amp; &lt;Co&gt;");
      expect((r.stdout.match(/<node /g) ?? []).length).toBe(4);
      expect((r.stdout.match(/<edge /g) ?? []).length).toBe(4);
    }
    const gexf = (await cli(["export", "--db", db, "--format", "gexf"])).stdout;
    // Gephi needs weights > 0: the weight is the number of events, the signed score an attribute
    expect(gexf).toMatch(/<edge id="\d+" source="RUS" target="USA" weight="2"><attvalues><attvalue for="score" value="-3"\/><attvalue for="sign" value="-1"\/><attvalue for="count" value="2"\/>/);
    for (const m of gexf.matchAll(/weight="([^"]+)"/g)) expect(Number(m[1])).toBeGreaterThan(0);
    // each state carries its bloc (the blocs of `dyad query blocs`): RUS and IRN cooperate, one bloc
    const bloc = (code: string) => new RegExp(`<node id="${code}" label="[^"]*"><attvalues><attvalue for="bloc" value="(\\d+)"/>`).exec(gexf)?.[1];
    expect(bloc("RUS")).toBeDefined();
    expect(bloc("RUS")).toBe(bloc("IRN"));
    const graphml = (await cli(["export", "--db", db, "--format", "graphml"])).stdout;
    expect(graphml).toMatch(/<node id="IRN"><data key="label">Iran<\/data><data key="bloc">\d+<\/data><\/node>/);
    expect(wellFormed("<a><b></a></b>".replace("</a></b>", "</b>"))).toBe(false);
  });

  it("xmlEscape drops what XML forbids", () => {
    expect(xmlEscape(`a&b<c>"d'\u0001`)).toBe("a&amp;b&lt;c&gt;&quot;d&apos;");
  });

  it("a missing store is an error", async () => {
    const r = await cli(["export", "--db", join(tmp.dir, "none.db"), "--format", "csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dyad export: /);
  });
});
