// Golden-file test of the article behind the project. The record is compared whole with
// test/fixtures/russia-iran-treaty.golden.json; after an intended change, regenerate it with
// UPDATE_GOLDEN=1 npx vitest run test/golden and review the diff.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { testEngine } from "../helpers.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const text = readFileSync(join(root, "examples", "russia-iran-treaty.txt"), "utf8");
const goldenFile = join(root, "test", "fixtures", "russia-iran-treaty.golden.json");
const rec = () => testEngine().extract({ id: "russia-iran-treaty", text, published: "2025-01-17", outlet: "Fox News" });

describe("the treaty article", () => {
  it("matches its golden record", () => {
    const out = rec();
    if (process.env.UPDATE_GOLDEN || !existsSync(goldenFile)) writeFileSync(goldenFile, JSON.stringify(out, null, 1) + "\n");
    expect(out).toEqual(JSON.parse(readFileSync(goldenFile, "utf8")));
  });

  it("finds every person of its gold, with state and role", () => {
    const out = rec();
    const p = (k: string) => out.actors.find((a) => a.kind === "person" && a.name.includes(k));
    expect(p("Putin")).toMatchObject({ code: "RUS", role: "President" });
    expect(p("Pezeshkian")).toMatchObject({ code: "IRN", role: "President" });
    expect(p("Peskov")).toMatchObject({ code: "RUS" });
    expect(p("Sullivan")).toMatchObject({ code: "USA" });
    expect(p("Kellogg")).toMatchObject({ code: "USA", role: "special envoy for Ukraine and Russia" });
    expect(p("Lavrov")).toMatchObject({ code: "RUS", role: "Foreign Minister" });
    expect(p("Kim Jong Un")).toMatchObject({ code: "PRK", role: "supreme leader" });
    expect(p("Blinken")).toMatchObject({ code: "USA", role: "Secretary of State" });
    expect(p("Trump")).toMatchObject({ code: "USA", role: "President-elect" });
  });

  it("finds every country of its gold", () => {
    const ids = new Set(rec().actors.filter((a) => a.kind === "country").map((a) => a.id));
    for (const c of ["RUS", "IRN", "USA", "PRK", "CHN", "UKR"]) expect(ids.has(c), c).toBe(true);
  });

  it("attributes the quotes, with Peskov's via Reuters and Lavrov's via Sky News", () => {
    const qs = rec().quotes;
    const q = (start: string) => qs.find((x) => x.text.startsWith(start));
    expect(q("Iran is an important partner")).toMatchObject({ kind: "direct", via: "Reuters", cue: "told" });
    expect(q("Iran is an important partner")?.speakerName).toMatch(/Peskov/);
    expect(q("This agreement, like our treaty")).toMatchObject({ kind: "direct", via: "Sky News" });
    expect(q("This agreement, like our treaty")?.speakerName).toMatch(/Lavrov/);
    expect(q("For the United States")?.speakerName).toMatch(/Kellogg/);
    expect(q("We’ve seen")?.speakerName).toMatch(/Blinken/);
    expect(q("do everything we can")).toMatchObject({ kind: "partial" });
    expect(q("do everything we can")?.speakerName).toMatch(/Blinken/);
    expect(q("the Biden administration is leaving")).toMatchObject({ kind: "indirect" });
    expect(q("the Biden administration is leaving")?.speakerName).toMatch(/Sullivan/);
    expect(q("the partnership pact should not")?.speakerName).toMatch(/Lavrov/);
  });

  it("makes no actor or quote of the three ALL-CAPS headline lines, but mentions flagged headline", () => {
    const out = rec();
    const headlines = out.sentences!.filter((s) => (s as { headline?: boolean }).headline);
    expect(headlines).toHaveLength(3);
    const inHeadline = (x: { start: number; end: number }) => headlines.some((h) => x.start < h.end && x.end > h.start);
    for (const a of out.actors) {
      for (const m of a.mentions) if (inHeadline(m)) expect((m as { headline?: boolean }).headline, m.text).toBe(true);
      // every actor of the article is named in its body too
      expect(a.headline, a.name).toBeUndefined();
    }
    for (const q of out.quotes) expect(inHeadline(q), q.text).toBe(false);
  });

  it("codes the events the issue names: dated, placed, with their status", () => {
    const out = rec();
    const code = (id: string) => out.actors.find((a) => a.id === id)?.code ?? id;
    const pair = (e: (typeof out.events)[number]) => [...e.source, ...e.target].map(code).sort().join("-");
    const find = (type: string, parties: string, status: string) =>
      out.events.find((e) => e.type === type && pair(e) === parties && e.status === status);
    for (const type of ["CONSULT", "AGREE"]) {
      expect(find(type, "IRN-RUS", "planned"), `${type} RUS-IRN`).toMatchObject({ date: "2025-01-17", location: "Moscow" });
      expect(find(type, "PRK-RUS", "occurred"), `${type} RUS-PRK`).toMatchObject({ date: "2024-06", location: "Pyongyang" });
    }
    const directed = (type: string, s: string, t: string) => out.events.find((e) => e.type === type && e.source.map(code).includes(s) && e.target.map(code).includes(t));
    expect(directed("ASSAULT", "RUS", "UKR")).toBeTruthy();
    expect(directed("SANCTION", "USA", "RUS")).toBeTruthy();
    expect(directed("COOPERATE", "RUS", "PRK")).toBeTruthy();
    for (const e of out.events) {
      expect(e.cameo, e.trigger).toMatch(/^\d{2,4}$/);
      expect(out.sentences!.some((s) => s.start === e.sentence.start && s.end === e.sentence.end)).toBe(true);
      expect(e.rule).toMatch(/^events\//);
    }
  });
});
