// The alert contract (store/alert-store.ts): watch rules and their alerts, run against every store
// that keeps them (openAlertStore: SQLite, ClickHouse). `freshSpec` gives a new store's spec.
import { describe, expect, it } from "vitest";
import { parseRule } from "../../src/alerts/rule.js";
import { DyadError } from "../../src/errors.js";
import type { NewAlert } from "../../src/model/alerts.js";
import type { AlertStore } from "../../src/store/alert-store.js";
import { openAlertStore, openStore } from "../../src/store/open-store.js";

export function testAlertStore(name: string, freshSpec: () => string): void {
  describe(`alert contract: ${name}`, () => {
    async function opened(): Promise<{ alerts: AlertStore; spec: string }> {
      const spec = freshSpec();
      const store = openStore(spec);
      await store.migrate();
      await store.close();
      return { alerts: openAlertStore(spec), spec };
    }
    const treaty = parseRule({ name: "treaty", pair: ["rus", "IRN"], types: ["agree"] });
    const alert = (rule: string, key: string, created: string, extra: Partial<NewAlert> = {}): NewAlert => ({
      rule,
      ruleName: "treaty",
      kind: "event",
      key,
      title: `AGREE RUS → IRN (${key})`,
      events: [{ id: key, type: "AGREE", cameo: "057", status: "planned", date: "2025-01-17", source: ["RUS"], target: ["IRN"], stories: 1 }],
      sentence: "Russia and Iran will sign a treaty on Friday, it's said \\ \"quoted\".",
      article: "treaty.txt",
      url: null,
      score: null,
      created,
      ...extra,
    });

    it("keeps rules, by name, as they were given; refuses a second rule of one name; removes one", async () => {
      const { alerts } = await opened();
      try {
        expect(await alerts.listRules()).toEqual([]);
        const added = await alerts.addRule(treaty, "2025-01-17T10:00:00.000Z");
        expect(added).toMatchObject({ name: "treaty", pair: ["RUS", "IRN"], types: ["AGREE"], created: "2025-01-17T10:00:00.000Z" });
        const drop = parseRule({ name: "us-china", pair: ["USA", "CHN"], scoreDrop: 20, window: "30d", webhook: "https://hooks.example/dyad" });
        await alerts.addRule(drop, "2025-01-17T10:00:01.000Z");
        expect((await alerts.listRules()).map((r) => r.name)).toEqual(["treaty", "us-china"]);
        expect((await alerts.listRules())[1]).toEqual({ ...drop, id: expect.any(String), created: "2025-01-17T10:00:01.000Z" });
        const again = await alerts.addRule(treaty, "2025-01-17T11:00:00.000Z").catch((e) => e);
        expect(again).toBeInstanceOf(DyadError);
        expect(again.code).toBe("E_ALERT_RULE");
        expect(again.message).toMatch(/rule named "treaty" exists/);
        expect(await alerts.removeRule("treaty")).toBe(true);
        expect(await alerts.removeRule("treaty")).toBe(false);
        expect(await alerts.removeRule("never")).toBe(false);
        expect((await alerts.listRules()).map((r) => r.name)).toEqual(["us-china"]);
        // added again: another rule, with another id
        const back = await alerts.addRule(treaty, "2025-01-18T10:00:00.000Z");
        expect(back.id).not.toBe(added.id);
        expect((await alerts.listRules()).map((r) => [r.name, r.created])).toEqual([
          ["treaty", "2025-01-18T10:00:00.000Z"],
          ["us-china", "2025-01-17T10:00:01.000Z"],
        ]);
      } finally {
        await alerts.close();
      }
    });

    it("stores an alert once per (rule, key): a second put of it stores nothing", async () => {
      const { alerts } = await opened();
      try {
        const rule = await alerts.addRule(treaty, "2025-01-17T10:00:00.000Z");
        const first = await alerts.putAlerts([alert(rule.id, "1", "2025-01-17T10:01:00.000Z"), alert(rule.id, "2", "2025-01-17T10:01:00.000Z")]);
        expect(first.map((a) => a.key)).toEqual(["1", "2"]);
        expect(first[0]).toMatchObject({ id: expect.any(String), seen: null, ruleName: "treaty" });
        const again = await alerts.putAlerts([alert(rule.id, "1", "2025-01-17T10:05:00.000Z"), alert(rule.id, "3", "2025-01-17T10:05:00.000Z")]);
        expect(again.map((a) => a.key)).toEqual(["3"]);
        // within one put, too
        expect((await alerts.putAlerts([alert(rule.id, "4", "2025-01-17T10:06:00.000Z"), alert(rule.id, "4", "2025-01-17T10:06:00.000Z")])).length).toBe(1);
        expect(await alerts.countAlerts()).toBe(4);
        // another rule may fire on the same event
        expect((await alerts.putAlerts([alert("another-rule", "1", "2025-01-17T10:07:00.000Z")])).length).toBe(1);
      } finally {
        await alerts.close();
      }
    });

    it("lists alerts newest first, whole, with filters and pages; counts them alike", async () => {
      const { alerts } = await opened();
      try {
        const rule = await alerts.addRule(treaty, "2025-01-17T10:00:00.000Z");
        const a1 = alert(rule.id, "1", "2025-01-16T09:00:00.000Z");
        const a2 = alert(rule.id, "2", "2025-01-17T09:00:00.000Z", { kind: "score", ruleName: "us-china", events: [], sentence: null, article: null, score: { a: "USA", b: "CHN", since: "2024-12-19", until: "2025-01-17", previousSince: "2024-11-19", before: 3, after: -20, change: -23 } });
        const a3 = alert(rule.id, "3", "2025-01-18T09:00:00.000Z", { url: "https://news.example/x" });
        await alerts.putAlerts([a1, a2, a3]);
        const all = await alerts.listAlerts();
        expect(all.map((a) => a.key)).toEqual(["3", "2", "1"]);
        expect(all[2]).toEqual({ ...a1, id: all[2].id, seen: null });
        expect(all[1].score).toEqual(a2.score);
        expect((await alerts.listAlerts({ limit: 1, offset: 1 })).map((a) => a.key)).toEqual(["2"]);
        expect((await alerts.listAlerts({ kind: "score" })).map((a) => a.key)).toEqual(["2"]);
        expect((await alerts.listAlerts({ rule: "treaty" })).map((a) => a.key)).toEqual(["3", "1"]);
        expect((await alerts.listAlerts({ since: "2025-01-17" })).map((a) => a.key)).toEqual(["3", "2"]);
        expect((await alerts.listAlerts({ until: "2025-01-17" })).map((a) => a.key)).toEqual(["2", "1"]);
        expect((await alerts.listAlerts({ since: "2025-01-17", until: "2025-01-17" })).map((a) => a.key)).toEqual(["2"]);
        expect(await alerts.countAlerts({ since: "2025-01-17" })).toBe(2);
        expect(await alerts.countAlerts({ rule: "nobody" })).toBe(0);
        // values that try to break out of the query match nothing and drop nothing
        expect(await alerts.countAlerts({ rule: "treaty' OR '1'='1" })).toBe(0);
        expect(await alerts.listAlerts({ rule: "x\\' OR 1=1 --", kind: "event" })).toEqual([]);
        expect(await alerts.removeRule("treaty' OR name != '")).toBe(false);
        expect((await alerts.listRules()).map((r) => r.name)).toEqual(["treaty"]);
        expect(await alerts.listAlerts({ limit: 0 })).toEqual([]);
      } finally {
        await alerts.close();
      }
    });

    it("marks alerts seen once: unseen ones are listed until then, and the first time seen is kept", async () => {
      const { alerts } = await opened();
      try {
        const rule = await alerts.addRule(treaty, "2025-01-17T10:00:00.000Z");
        const [x, y] = await alerts.putAlerts([alert(rule.id, "1", "2025-01-17T10:01:00.000Z"), alert(rule.id, "2", "2025-01-17T10:02:00.000Z")]);
        expect((await alerts.listAlerts({ unseen: true })).map((a) => a.key)).toEqual(["2", "1"]);
        expect(await alerts.markSeen([x.id], "2025-01-17T11:00:00.000Z")).toBe(1);
        expect((await alerts.listAlerts({ unseen: true })).map((a) => a.key)).toEqual(["2"]);
        expect(await alerts.countAlerts({ unseen: true })).toBe(1);
        expect(await alerts.markSeen([x.id, y.id, "no-such-alert"], "2025-01-17T12:00:00.000Z")).toBe(1);
        expect(await alerts.listAlerts({ unseen: true })).toEqual([]);
        expect((await alerts.listAlerts()).map((a) => [a.key, a.seen])).toEqual([
          ["2", "2025-01-17T12:00:00.000Z"],
          ["1", "2025-01-17T11:00:00.000Z"],
        ]);
      } finally {
        await alerts.close();
      }
    });

    it("outlives its connection: a new one reads the rules and alerts the last one wrote", async () => {
      const { alerts, spec } = await opened();
      const rule = await alerts.addRule(treaty, "2025-01-17T10:00:00.000Z");
      await alerts.putAlerts([alert(rule.id, "1", "2025-01-17T10:01:00.000Z")]);
      await alerts.close();
      const second = openAlertStore(spec);
      try {
        expect((await second.listRules()).map((r) => r.id)).toEqual([rule.id]);
        expect((await second.listAlerts()).map((a) => a.sentence)).toEqual(["Russia and Iran will sign a treaty on Friday, it's said \\ \"quoted\"."]);
      } finally {
        await second.close();
      }
    });
  });
}
