// Blocs and the relations graph over a store built from code: {A, B} and {C, D} cooperate inside,
// and fight across; a person stands for its country's code.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blocEventFilter, cellEventFilter } from "../../src/query/bloc-cell.js";
import { findBlocs, mulberry32 } from "../../src/query/blocs.js";
import { pairsOf, relationsGraph } from "../../src/query/relations-graph.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";
import { country, doc, event, person } from "../contract/_records.js";

const states = [country("AAA", "Aland"), country("BBB", "Bolonia"), country("CCC", "Cyrania"), country("DDD", "Dorvia"), person("person:x", "X Y", "AAA", "President")];

let store: Store;
beforeEach(async () => {
  store = openSqliteStore(":memory:");
  await store.migrate();
  await store.putDocuments([
    doc({
      id: "b1",
      actors: states,
      events: [
        event("AGREE", ["AAA"], ["BBB"], "2022-03-01"),
        event("AID", ["BBB"], ["AAA"], "2022-03-05"),
        event("COOPERATE", ["CCC"], ["DDD"], "2022-03-01"),
        event("CONSULT", ["CCC", "DDD"], [], "2022-03-09"),
        event("ASSAULT", ["person:x"], ["CCC"], "2022-03-02"),
        event("SANCTION", ["BBB"], ["DDD"], "2022-03-03"),
        event("THREATEN", ["DDD"], ["AAA"], "2022-04-03"),
        // a little cooperation across does not outweigh the conflict
        event("CONSULT", ["BBB"], ["CCC"], "2022-04-10"),
        event("AGREE", ["AAA"], ["CCC"], "2021-01-10"),
      ],
    }),
    // the same AID from another article: one event, counted once
    doc({ id: "b2", actors: states, events: [event("AID", ["BBB"], ["AAA"], "2022-03-06")] }),
  ]);
});
afterEach(() => store.close());

describe("relationsGraph", () => {
  it("sums PLOVER weights per pair of states, each merged event once", async () => {
    const g = await relationsGraph(store, { since: "2022-01" });
    expect(g.nodes).toEqual([
      { code: "AAA", name: "Aland" },
      { code: "BBB", name: "Bolonia" },
      { code: "CCC", name: "Cyrania" },
      { code: "DDD", name: "Dorvia" },
    ]);
    expect(g.edges).toEqual([
      { a: "AAA", b: "BBB", score: 3, count: 2 },
      { a: "AAA", b: "CCC", score: -2, count: 1 },
      { a: "AAA", b: "DDD", score: -1, count: 1 },
      { a: "BBB", b: "CCC", score: 1, count: 1 },
      { a: "BBB", b: "DDD", score: -2, count: 1 },
      { a: "CCC", b: "DDD", score: 3, count: 2 },
    ]);
  });

  it("pairs: each source with each target; without a target, every two parties", () => {
    expect(pairsOf(["A", "B"], ["C"])).toEqual([["A", "C"], ["B", "C"]]);
    expect(pairsOf(["A", "B", "C"], [])).toEqual([["A", "B"], ["A", "C"], ["B", "C"]]);
  });
});

describe("findBlocs", () => {
  it("two blocs: {A, B} and {C, D}, with their internal and external scores", async () => {
    const r = await findBlocs(store, { since: "2022-01" });
    expect(r.blocs.map((b) => b.members.map((m) => m.code))).toEqual([["AAA", "BBB"], ["CCC", "DDD"]]);
    expect(r.blocs[0]).toMatchObject({ id: 1, internal: 3, external: -4, internalEvents: 2, externalEvents: 4 });
    expect(r.blocs[1]).toMatchObject({ id: 2, internal: 3, external: -4 });
    expect(r.blocs[0].members[0]).toEqual({ code: "AAA", name: "Aland" });
    expect(r.modularity).toBeGreaterThan(0);
  });

  it("cells: each pair of blocs with its events, each once, as the store lists them with the cell's filter", async () => {
    await store.putDocuments([
      doc({
        id: "b3",
        actors: [...states, country("EEE", "Elbonia")],
        events: [
          // four pairs across, one event
          event("SANCTION", ["AAA", "BBB"], ["CCC", "DDD"], "2022-05-01"),
          // a state's act on itself is no pair; a symmetric event with a state and no other state neither
          event("COERCE", ["AAA"], ["AAA"], "2022-05-02"),
          event("CONSULT", ["CCC", "person:nobody"], [], "2022-05-03"),
          // not counted by the blocs (hypothetical), nor then by the cell
          event("AGREE", ["AAA"], ["CCC"], "2022-05-04", { status: "hypothetical" }),
          event("AID", ["AAA"], ["BBB"], "2022-05-05", { status: "planned" }),
        ],
      }),
    ]);
    const r = await findBlocs(store, { since: "2022-01" });
    expect(r.blocs.map((b) => b.members.map((m) => m.code))).toEqual([["AAA", "BBB"], ["CCC", "DDD"]]);
    expect(r.statuses).toEqual(["occurred", "ongoing", "claimed", "planned"]);
    expect(r.cells.map((c) => [c.a, c.b, c.events])).toEqual([
      [1, 1, 3],
      [1, 2, 5],
      [2, 2, 2],
    ]);
    // the across cell's score sums its pairs (the SANCTION's four among them): the blocs' external score
    expect(r.cells[1].score).toBe(r.blocs[0].external);
    expect(r.cells[0].score).toBe(r.blocs[0].internal);
    for (const cell of r.cells) {
      const filter = cellEventFilter(r, cell);
      expect([cell, await store.countEvents(filter)]).toEqual([cell, cell.events]);
      expect([cell, (await store.queryEvents({ ...filter, limit: 500 })).length]).toEqual([cell, cell.events]);
    }
    // each bloc's events inside and across, each once: the SANCTION of four pairs is one event
    expect(r.blocs.map((b) => [b.internalEvents, b.externalEvents])).toEqual([
      [3, 5],
      [2, 5],
    ]);
    for (const b of r.blocs) {
      for (const where of ["inside", "across"] as const) {
        const filter = blocEventFilter(r, b.id, where);
        expect([b.id, where, await store.countEvents(filter)]).toEqual([b.id, where, where === "inside" ? b.internalEvents : b.externalEvents]);
      }
    }
    expect(cellEventFilter(r, r.cells[1])).toEqual({ actors: ["AAA", "BBB"], targets: ["CCC", "DDD"], either: true, statuses: r.statuses, since: "2022-01", until: undefined });
  });

  it("is deterministic", async () => {
    expect(await findBlocs(store, { since: "2022-01", seed: 7 })).toEqual(await findBlocs(store, { since: "2022-01", seed: 7 }));
  });

  it("an empty period has no blocs", async () => {
    expect((await findBlocs(store, { since: "2030" })).blocs).toEqual([]);
  });

  it("the seeded generator repeats", () => {
    const a = mulberry32(3);
    const b = mulberry32(3);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe("roleSpans", () => {
  it("each role once, case aside, with its first and last date and its articles", async () => {
    const { roleSpans } = await import("../../src/query/actor-profile.js");
    const r = (published: string | null, role: string | null) => ({ article: "a", published, outlet: null, role, description: null });
    expect(roleSpans([r("2020-01-01", "Minister"), r("2021-01-01", "President"), r("2022-01-01", "minister"), r("2019-05-01", null)])).toEqual([
      { role: "Minister", from: "2020-01-01", to: "2022-01-01", articles: 2 },
      { role: "President", from: "2021-01-01", to: "2021-01-01", articles: 1 },
    ]);
  });
});
