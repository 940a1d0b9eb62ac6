// Watch rules and alerts (store/alert-store.ts) in a ClickHouse store: tables alert_rules, alerts
// and alert_seen, created by the store's migrate() (schema version 4). 18.16 has no UPDATE or
// DELETE in the usual sense (ALTER ... DELETE rewrites parts in the background, on each shard), so
// nothing here changes a row: a rule's removal is a newer version of its row, marked removed
// (ReplacingMergeTree(version) keeps the newest, and reads take the newest with argMax, merged or
// not); an alert is inserted once under its id, and marking it seen inserts a row into alert_seen,
// which reads join by id. A retried insert writes the same rows again, which FINAL and GROUP BY fold.
// Like the store, one writer at a time: two processes adding the same rule name at once are not
// serialised (the store has no transactions to do it with).
import { randomUUID } from "node:crypto";
import { DyadError } from "../../errors.js";
import type { StoredAlert, StoredRule } from "../../model/alerts.js";
import { alertBody, alertFromRow, alertId, createdBounds, limitOf, offsetOf, ruleFromRow, type AlertFilter, type AlertRow, type AlertStore } from "../alert-store.js";
import { connectClickhouse } from "./connection.js";
import { sqlInStrings, sqlString } from "./sql-literal.js";
import type { ClickhouseStoreOptions } from "./store-url.js";

interface RuleRow {
  name: string;
  id: string;
  rule: string;
  created: string;
  removed: number | string;
}

export function openClickhouseAlertStore(options: ClickhouseStoreOptions): AlertStore {
  const c = connectClickhouse(options);
  let version = 0;
  // later than every version this process wrote, even within one millisecond
  const nextVersion = () => (version = Math.max(version + 1, Date.now()));

  /** Each rule name's newest row (removed or not). */
  const latestRules = (where = ""): Promise<RuleRow[]> =>
    c.select<RuleRow>(
      "alert rules",
      `SELECT name, argMax(id, version) AS id, argMax(rule, version) AS rule, argMax(created, version) AS created, argMax(removed, version) AS removed
       FROM ${c.t("alert_rules")} ${where} GROUP BY name ORDER BY name`,
    );

  const where = (filter: AlertFilter): string[] => {
    const w: string[] = [];
    // GLOBAL: the set of seen ids is read once and sent to every shard
    if (filter.unseen) w.push(`id GLOBAL NOT IN (SELECT alert_id FROM ${c.t("alert_seen")})`);
    if (filter.rule) w.push(`rule_name = ${sqlString(filter.rule)}`);
    if (filter.kind) w.push(`kind = ${sqlString(filter.kind)}`);
    const b = createdBounds(filter);
    if (b.since) w.push(`created >= ${sqlString(b.since)}`);
    if (b.until) w.push(`created <= ${sqlString(b.until)}`);
    return w;
  };
  const whereOf = (w: string[]) => (w.length ? `WHERE ${w.join(" AND ")}` : "");

  return {
    async addRule(rule, created) {
      const [have] = await latestRules(`WHERE name = ${sqlString(rule.name)}`);
      if (have && !Number(have.removed)) throw new DyadError("E_ALERT_RULE", `a rule named ${JSON.stringify(rule.name)} exists (dyad alerts remove ${rule.name} first)`, { name: rule.name });
      const id = randomUUID();
      await c.insert("addRule", "alert_rules", [{ name: rule.name, id, rule: JSON.stringify(rule), created, removed: 0, version: nextVersion() }]);
      return { ...rule, id, created } satisfies StoredRule;
    },
    async listRules() {
      return (await latestRules()).filter((r) => !Number(r.removed)).map(ruleFromRow);
    },
    async removeRule(name) {
      const [have] = await latestRules(`WHERE name = ${sqlString(name)}`);
      if (!have || Number(have.removed)) return false;
      await c.insert("removeRule", "alert_rules", [{ name, id: have.id, rule: have.rule, created: have.created, removed: 1, version: nextVersion() }]);
      return true;
    },
    async putAlerts(alerts) {
      if (!alerts.length) return [];
      const withIds = alerts.map((a) => ({ a, id: alertId(a.rule, a.key) }));
      // the ones stored already (by an earlier batch) are skipped, as SQLite's ON CONFLICT DO NOTHING
      const known = new Set(
        (await c.select<{ id: string }>("putAlerts", `SELECT DISTINCT id FROM ${c.t("alerts")} WHERE ${sqlInStrings("id", withIds.map((x) => x.id))}`)).map((r) => r.id),
      );
      const fresh = new Map<string, StoredAlert>();
      for (const { a, id } of withIds) if (!known.has(id) && !fresh.has(id)) fresh.set(id, { ...a, id, seen: null });
      await c.insert(
        "putAlerts",
        "alerts",
        [...fresh.values()].map((a) => ({ id: a.id, rule_id: a.rule, rule_name: a.ruleName, kind: a.kind, key: a.key, created: a.created, body: alertBody(a) })),
      );
      return [...fresh.values()];
    },
    async listAlerts(filter = {}) {
      const limit = limitOf(filter.limit);
      const offset = offsetOf(filter.offset);
      if (limit === 0) return [];
      const rows = await c.select<Omit<AlertRow, "seen">>(
        "listAlerts",
        `SELECT id, rule_id, rule_name, kind, key, created, body FROM ${c.t("alerts")} FINAL ${whereOf(where(filter))}
         ORDER BY created DESC, id DESC LIMIT ${offset}, ${limit}`,
      );
      if (!rows.length) return [];
      const seen = new Map(
        (
          await c.select<{ alert_id: string; seen: string }>(
            "listAlerts",
            `SELECT alert_id, min(seen) AS seen FROM ${c.t("alert_seen")} WHERE ${sqlInStrings("alert_id", rows.map((r) => r.id))} GROUP BY alert_id`,
          )
        ).map((r) => [r.alert_id, r.seen]),
      );
      return rows.map((r) => alertFromRow({ ...r, seen: seen.get(r.id) ?? null }));
    },
    async countAlerts(filter = {}) {
      const rows = await c.select<{ n: number }>("countAlerts", `SELECT uniqExact(id) AS n FROM ${c.t("alerts")} ${whereOf(where(filter))}`);
      return Number(rows[0]?.n ?? 0);
    },
    async markSeen(ids, at) {
      if (!ids.length) return 0;
      const already = new Set(
        (await c.select<{ alert_id: string }>("markSeen", `SELECT DISTINCT alert_id FROM ${c.t("alert_seen")} WHERE ${sqlInStrings("alert_id", ids)}`)).map((r) => r.alert_id),
      );
      const exist = new Set((await c.select<{ id: string }>("markSeen", `SELECT DISTINCT id FROM ${c.t("alerts")} WHERE ${sqlInStrings("id", ids)}`)).map((r) => r.id));
      const fresh = [...new Set(ids)].filter((id) => exist.has(id) && !already.has(id));
      await c.insert("markSeen", "alert_seen", fresh.map((alert_id) => ({ alert_id, seen: at })));
      return fresh.length;
    },
    async close() {
      await c.close();
    },
  };
}
