// Watch rules and alerts (store/alert-store.ts) in the SQLite store's file: tables alert_rules
// and alerts (migration 8), through a connection of its own, as the feed state does. Open it
// after the store has migrated. Writes wait their turn as the store's batches do.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { DyadError } from "../../errors.js";
import type { StoredAlert, StoredRule } from "../../model/alerts.js";
import { alertBody, alertFromRow, alertId, createdBounds, limitOf, offsetOf, ruleFromRow, type AlertFilter, type AlertRow, type AlertStore } from "../alert-store.js";
import { BUSY_TIMEOUT_MS, whenSqliteFree } from "./sqlite-store.js";

export function openSqliteAlertStore(path: string, options: { writeWaitMs?: number } = {}): AlertStore {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.prepare("SELECT 1 FROM alerts LIMIT 1").get();
  } catch (e) {
    throw new DyadError("E_STORE_OPEN", `${path}: no alert tables (${(e as Error).message}); migrate the store first (dyad ingest, or dyad alerts add)`, { path }, e);
  }
  const guard = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof DyadError) throw e;
      throw new DyadError("E_STORE", `${what}: ${(e as Error).message}`, { path, what }, e);
    }
  };
  const write = <T>(what: string, fn: () => T): Promise<T> => whenSqliteFree(() => guard(what, fn), options.writeWaitMs);

  const where = (filter: AlertFilter): { sql: string; params: unknown[] } => {
    const w: string[] = [];
    const params: unknown[] = [];
    if (filter.unseen) w.push("seen IS NULL");
    if (filter.rule) {
      w.push("rule_name = ?");
      params.push(filter.rule);
    }
    if (filter.kind) {
      w.push("kind = ?");
      params.push(filter.kind);
    }
    const b = createdBounds(filter);
    if (b.since) {
      w.push("created >= ?");
      params.push(b.since);
    }
    if (b.until) {
      w.push("created <= ?");
      params.push(b.until);
    }
    return { sql: w.length ? `WHERE ${w.join(" AND ")}` : "", params };
  };

  return {
    async addRule(rule, created) {
      const id = randomUUID();
      return write("addRule", () => {
        const r = db.prepare("INSERT INTO alert_rules (id, name, rule, created) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING").run(id, rule.name, JSON.stringify(rule), created);
        if (!r.changes) throw new DyadError("E_ALERT_RULE", `a rule named ${JSON.stringify(rule.name)} exists (dyad alerts remove ${rule.name} first)`, { name: rule.name });
        return { ...rule, id, created } satisfies StoredRule;
      });
    },
    async listRules() {
      return guard("listRules", () => (db.prepare("SELECT id, name, rule, created FROM alert_rules ORDER BY name").all() as { id: string; name: string; rule: string; created: string }[]).map(ruleFromRow));
    },
    async removeRule(name) {
      return write("removeRule", () => db.prepare("DELETE FROM alert_rules WHERE name = ?").run(name).changes > 0);
    },
    async putAlerts(alerts) {
      if (!alerts.length) return [];
      const insert = db.prepare("INSERT INTO alerts (id, rule_id, rule_name, kind, key, created, body) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
      return write("putAlerts", () =>
        db.transaction(() => {
          const stored: StoredAlert[] = [];
          for (const a of alerts) {
            const id = alertId(a.rule, a.key);
            if (insert.run(id, a.rule, a.ruleName, a.kind, a.key, a.created, alertBody(a)).changes) stored.push({ ...a, id, seen: null });
          }
          return stored;
        }).immediate(),
      );
    },
    async listAlerts(filter = {}) {
      const w = where(filter);
      return guard("listAlerts", () =>
        (db.prepare(`SELECT id, rule_id, rule_name, kind, key, created, body, seen FROM alerts ${w.sql} ORDER BY created DESC, id DESC LIMIT ? OFFSET ?`).all(...w.params, limitOf(filter.limit), offsetOf(filter.offset)) as AlertRow[]).map(alertFromRow),
      );
    },
    async countAlerts(filter = {}) {
      const w = where(filter);
      return guard("countAlerts", () => (db.prepare(`SELECT count(*) AS n FROM alerts ${w.sql}`).get(...w.params) as { n: number }).n);
    },
    async markSeen(ids, at) {
      if (!ids.length) return 0;
      const mark = db.prepare("UPDATE alerts SET seen = ? WHERE id = ? AND seen IS NULL");
      return write("markSeen", () => db.transaction(() => ids.reduce((n, id) => n + mark.run(at, id).changes, 0)).immediate());
    },
    async close() {
      db.close();
    },
  };
}
