// The dyad series over a store built from code: counts per type, quads and the score per month,
// months without events filled in.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dyadSeries, months } from "../../src/query/dyad-series.js";
import { QUAD_OF_TYPE, QUAD_WEIGHT, typeWeight } from "../../src/query/plover-quads.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { doc, event } from "../contract/_records.js";

let store: Store;
beforeEach(async () => {
  store = openSqliteStore(":memory:");
  await store.migrate();
  await store.putDocuments([
    doc({ id: "d1", events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-10"), event("AID", ["IRN"], ["RUS"], "2024-01-12")] }),
    doc({ id: "d2", events: [event("SANCTION", ["RUS"], ["IRN"], "2024-03-02"), event("ACCUSE", ["IRN"], ["RUS"], "2024-03-03")] }),
    doc({ id: "d3", events: [event("AGREE", ["RUS"], ["IRN"], "2024-01-11")] }), // the same AGREE as d1's
  ]);
});
afterEach(() => store.close());

describe("plover quads", () => {
  it("every one of PLOVER's 16 types has a quad, and the weights are ±1 verbal, ±2 material", () => {
    expect(Object.keys(QUAD_OF_TYPE)).toHaveLength(16);
    expect(QUAD_WEIGHT).toEqual({ verbalCooperation: 1, materialCooperation: 2, verbalConflict: -1, materialConflict: -2 });
    expect([typeWeight("CONSULT"), typeWeight("AID"), typeWeight("THREATEN"), typeWeight("ASSAULT"), typeWeight("UNKNOWN")]).toEqual([1, 2, -1, -2, 0]);
  });
});

describe("dyadSeries", () => {
  it("per month: counts per type, quads and the score; the empty month between is filled", async () => {
    const s = await dyadSeries(store, "RUS", "IRN");
    expect(s).toMatchObject({ a: "RUS", b: "IRN", by: "month", directed: false, types: ["AGREE", "AID", "ACCUSE", "SANCTION"] });
    expect(s.periods).toEqual([
      { period: "2024-01", total: 2, score: 3, quads: { verbalCooperation: 1, materialCooperation: 1, verbalConflict: 0, materialConflict: 0 }, counts: { AGREE: 1, AID: 1 } },
      { period: "2024-02", total: 0, score: 0, quads: { verbalCooperation: 0, materialCooperation: 0, verbalConflict: 0, materialConflict: 0 }, counts: {} },
      { period: "2024-03", total: 2, score: -3, quads: { verbalCooperation: 0, materialCooperation: 0, verbalConflict: 1, materialConflict: 1 }, counts: { SANCTION: 1, ACCUSE: 1 } },
    ]);
  });

  it("since and until widen the months shown to their own range", async () => {
    const s = await dyadSeries(store, "RUS", "IRN", { since: "2023-12", until: "2024-04" });
    expect(s.periods.map((p) => `${p.period}:${p.total}`)).toEqual(["2023-12:0", "2024-01:2", "2024-02:0", "2024-03:2", "2024-04:0"]);
  });

  it("directed counts a→b only", async () => {
    const s = await dyadSeries(store, "IRN", "RUS", { directed: true });
    expect(s.periods.map((p) => [p.period, p.counts])).toEqual([
      ["2024-01", { AID: 1 }],
      ["2024-02", {}],
      ["2024-03", { ACCUSE: 1 }],
    ]);
  });

  it("no events: no months", async () => {
    expect((await dyadSeries(store, "RUS", "CHN")).periods).toEqual([]);
  });

  it("only months", async () => {
    await expect(dyadSeries(store, "RUS", "IRN", { by: "week" as "month" })).rejects.toThrow(/only "month"/);
  });
});

describe("months", () => {
  it("runs across a year's end, both ends included", () => {
    expect(months("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(months("2024-05", "2024-05")).toEqual(["2024-05"]);
    expect(months("2024-05", "2024-04")).toEqual([]);
  });
});

describe("dyadSeries: background is not news", () => {
  it("an act mentioned in passing without a date of its own stays out of the month-by-month series", async () => {
    await store.putDocuments([
      doc({ id: "d4", events: [event("ASSAULT", ["RUS"], ["IRN"], null, { dateSource: "background", background: true, rule: "events/noun:invasion+background:since" })] }),
    ]);
    const s = await dyadSeries(store, "RUS", "IRN");
    expect(s.types).not.toContain("ASSAULT");
    expect(s.periods.reduce((n, p) => n + p.total, 0)).toBe(4);
  });

  it("negative: one dated by its own words counts in its own month", async () => {
    await store.putDocuments([
      doc({ id: "d5", events: [event("ASSAULT", ["RUS"], ["IRN"], "2024-02", { dateSource: "text", background: true, rule: "events/noun:invasion+background:since" })] }),
    ]);
    const s = await dyadSeries(store, "RUS", "IRN");
    expect(s.periods.find((p) => p.period === "2024-02")?.counts).toEqual({ ASSAULT: 1 });
  });
});
