// What a batch fires, against a real SQLite store filled with hand-built records.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays, evaluateAlerts } from "../../src/alerts/evaluate-alerts.js";
import { parseRule, type RuleInput } from "../../src/alerts/rule.js";
import type { StoredRule } from "../../src/model/alerts.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { DocumentToStore, Store } from "../../src/store/store.js";
import { doc, event } from "../contract/_records.js";
import { NEAR_COPY_TEXT, SAME_TOPIC_TEXT, WIRE_TEXT } from "../contract/_stories.js";

const NOW = "2025-02-01T00:00:00.000Z";
let dir: string;
let store: Store;
let n = 0;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-alerts-"));
  store = openSqliteStore(join(dir, "store.db"));
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const rule = (input: RuleInput): StoredRule => ({ ...parseRule(input), id: `rule-${++n}`, created: NOW });
/** Writes a batch and evaluates the rules on what it wrote. */
async function batch(rules: StoredRule[], docs: DocumentToStore[]) {
  const put = await store.putDocuments(docs);
  return evaluateAlerts(store, rules, put.reports ?? [], { now: NOW });
}

describe("event rules", () => {
  it("a new event of the pair fires, with its event, sentence and article; a report merged into it fires nothing", async () => {
    const treaty = rule({ name: "treaty", pair: ["RUS", "IRN"], types: ["AGREE"] });
    const fired = await batch([treaty], [doc({ id: "a1", url: "https://news.example/a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { status: "planned" })] })]);
    expect(fired).toEqual([
      {
        rule: treaty.id,
        ruleName: "treaty",
        kind: "event",
        key: expect.stringMatching(/^event:\d+$/),
        title: "AGREE RUS → IRN (planned), 2025-01-17",
        events: [{ id: expect.any(String), type: "AGREE", cameo: null, status: "planned", date: "2025-01-17", source: ["RUS"], target: ["IRN"], stories: 1 }],
        sentence: "Sentence one",
        article: "a1",
        url: "https://news.example/a1",
        score: null,
        created: NOW,
      },
    ]);
    // another article, the next day: merged into the known event
    expect(await batch([treaty], [doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-18")] })])).toEqual([]);
  });

  it("either direction of the pair unless directed; symmetric events match a pair; other pairs, types and statuses do not", async () => {
    const any = rule({ name: "any", pair: ["IRN", "RUS"] });
    const directed = rule({ name: "directed", pair: ["IRN", "RUS"], directed: true });
    const occurred = rule({ name: "occurred", pair: ["RUS", "IRN"], statuses: ["occurred"] });
    const threats = rule({ name: "threats", types: ["THREATEN"] });
    const fired = await batch(
      [any, directed, occurred, threats],
      [
        doc({
          id: "a1",
          events: [
            event("AGREE", ["RUS"], ["IRN"], "2025-01-17", { status: "planned" }),
            event("CONSULT", ["IRN", "RUS"], [], "2025-01-10"),
            event("ASSAULT", ["RUS"], ["UKR"], "2025-01-11"),
          ],
        }),
      ],
    );
    expect(fired.map((a) => `${a.ruleName}: ${a.title}`).sort()).toEqual([
      "any: AGREE RUS → IRN (planned), 2025-01-17",
      "any: CONSULT IRN, RUS (occurred), 2025-01-10",
      "directed: CONSULT IRN, RUS (occurred), 2025-01-10",
      "occurred: CONSULT IRN, RUS (occurred), 2025-01-10",
    ]);
  });

  it("an actor on either side, by code or by actor id", async () => {
    const ukr = rule({ name: "ukr", actor: "ukr" });
    const lavrov = rule({ name: "lavrov", actor: "person:sergei-lavrov" });
    const fired = await batch(
      [ukr, lavrov],
      [doc({ id: "a1", events: [event("ASSAULT", ["RUS", "person:sergei-lavrov"], ["UKR"], "2025-01-11"), event("AGREE", ["RUS"], ["IRN"], "2025-01-12")] })],
    );
    expect(fired.map((a) => `${a.ruleName}: ${a.events[0].type}`).sort()).toEqual(["lavrov: ASSAULT", "ukr: ASSAULT"]);
  });

  it("--min-sources: fires when a merged report brings the event to that many independent stories, once", async () => {
    const two = rule({ name: "two", pair: ["RUS", "IRN"], minSources: 2 });
    expect(await batch([two], [doc({ id: "a1", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })])).toEqual([]);
    const second = await batch([two], [doc({ id: "a2", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })]);
    expect(second.map((a) => [a.events[0].stories, a.article])).toEqual([[2, "a2"]]);
    // a third source: the event had two before, so this is no crossing
    expect(await batch([two], [doc({ id: "a3", events: [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")] })])).toEqual([]);
  });

  it("--min-sources counts independent stories: a near-copy adds a report, not a source; the next story fires", async () => {
    const two = rule({ name: "two", pair: ["RUS", "IRN"], minSources: 2 });
    const agree = [event("AGREE", ["RUS"], ["IRN"], "2025-01-17")];
    expect(await batch([two], [doc({ id: "wire", text: WIRE_TEXT, events: agree })])).toEqual([]);
    // the same story run by another outlet: two reports, one story
    expect(await batch([two], [doc({ id: "copy", text: NEAR_COPY_TEXT, events: agree })])).toEqual([]);
    const fired = await batch([two], [doc({ id: "other", text: SAME_TOPIC_TEXT, events: agree })]);
    expect(fired.map((a) => [a.events[0].stories, a.article])).toEqual([[2, "other"]]);
  });

  it("a rule fires on nothing when the batch wrote no event report", async () => {
    expect(await batch([rule({ name: "t", types: ["AGREE"] })], [doc({ id: "a1" })])).toEqual([]);
  });
});

describe("score rules", () => {
  const assault = (id: string, day: string) => doc({ id, events: [event("ASSAULT", ["RUS"], ["UKR"], day)] });

  it("fires when the pair's score over the window falls past the threshold against the window before, once per crossing", async () => {
    const drop = rule({ name: "drop", pair: ["UKR", "RUS"], scoreDrop: 5, window: "30d" });
    // a cooperative month before: +2 (two AGREE)
    expect(
      await batch([drop], [doc({ id: "c1", events: [event("AGREE", ["RUS"], ["UKR"], "2024-12-01")] }), doc({ id: "c2", events: [event("AGREE", ["UKR"], ["RUS"], "2024-12-05")] })]),
    ).toEqual([]);
    // one assault (-2): change -4, not yet
    expect(await batch([drop], [assault("x1", "2025-01-10")])).toEqual([]);
    // a second (-2): the window to 2025-01-12 scores -4 against +2 before: -6, crossed
    const fired = await batch([drop], [assault("x2", "2025-01-12")]);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      kind: "score",
      key: "score:2025-01-12",
      score: { a: "UKR", b: "RUS", since: "2024-12-14", until: "2025-01-12", previousSince: "2024-11-14", before: 2, after: -4, change: -6 },
      article: "x2",
    });
    expect(fired[0].title).toBe("UKR–RUS score fell by 6 in 30 days to 2025-01-12 (2 → -4)");
    // further down, the same window end (a new event, COERCE): it had crossed already
    expect(await batch([drop], [doc({ id: "x3", events: [event("COERCE", ["RUS"], ["UKR"], "2025-01-12")] })])).toEqual([]);
  });

  it("a rise, and a directed pair counts only its own direction", async () => {
    const rise = rule({ name: "rise", pair: ["RUS", "IRN"], directed: true, scoreRise: 2, window: "1w" });
    expect(await batch([rise], [doc({ id: "b1", events: [event("COOPERATE", ["IRN"], ["RUS"], "2025-01-10")] })])).toEqual([]);
    const fired = await batch([rise], [doc({ id: "b2", events: [event("AID", ["RUS"], ["IRN"], "2025-01-10")] })]);
    expect(fired.map((a) => a.score)).toEqual([{ a: "RUS", b: "IRN", since: "2025-01-04", until: "2025-01-10", previousSince: "2024-12-28", before: 0, after: 2, change: 2 }]);
  });
});

it("addDays crosses months, years and leap days", () => {
  expect(addDays("2025-01-12", -29)).toBe("2024-12-14");
  expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
});
