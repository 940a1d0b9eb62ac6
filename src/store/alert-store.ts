// Watch rules and their alerts (issue 16), kept in the store beside the articles. Apart from the
// Store interface, as the feed state is: only alerting needs it. Both drivers keep it append-only
// in spirit: an alert is written once, under an id fixed by (rule, key), so that a rule fires once
// per event or crossing even when a batch is retried; "seen" is a mark added later (a column in
// SQLite, a row of its own in ClickHouse, which has no UPDATE: see clickhouse-alert-store.ts).
import { createHash } from "node:crypto";
import { DyadError } from "../errors.js";
import type { AlertRule, NewAlert, StoredAlert, StoredRule } from "../model/alerts.js";

export interface AlertFilter {
  /** only alerts no `dyad alerts check` has shown */
  unseen?: boolean;
  /** only this rule's (by name) */
  rule?: string;
  kind?: "event" | "score";
  /** fired on or after (YYYY-MM-DD, or an ISO time) */
  since?: string;
  /** fired on or before, at its own precision ("2025-01-17" takes the whole day) */
  until?: string;
  /** default 100 */
  limit?: number;
  offset?: number;
}

export interface AlertStore {
  /** Adds a rule; E_ALERT_RULE when a rule of that name exists. */
  addRule(rule: AlertRule, created: string): Promise<StoredRule>;
  /** The rules, by name. */
  listRules(): Promise<StoredRule[]>;
  /** Removes a rule (its alerts stay); false when there was none of that name. */
  removeRule(name: string): Promise<boolean>;
  /** Stores alerts; those whose (rule, key) is already stored are skipped. Resolves to the ones
   * stored now, which are the ones to deliver. */
  putAlerts(alerts: NewAlert[]): Promise<StoredAlert[]>;
  /** Newest first (then by id). */
  listAlerts(filter?: AlertFilter): Promise<StoredAlert[]>;
  /** How many listAlerts would return without limit and offset. */
  countAlerts(filter?: AlertFilter): Promise<number>;
  /** Marks alerts seen at `at` (an alert seen before keeps its first time); resolves to how many were unseen. */
  markSeen(ids: string[], at: string): Promise<number>;
  close(): Promise<void>;
}

/** An alert's id: the same (rule, key) always gives the same id, on every driver. */
export function alertId(rule: string, key: string): string {
  return createHash("sha256").update(`${rule}\0${key}`).digest("hex").slice(0, 20);
}

/** What an alert stores beside its indexed columns, as JSON. */
export type AlertBody = Pick<NewAlert, "title" | "events" | "sentence" | "article" | "url" | "score">;

export function alertBody(a: NewAlert): string {
  const body: AlertBody = { title: a.title, events: a.events, sentence: a.sentence, article: a.article, url: a.url, score: a.score };
  return JSON.stringify(body);
}

export interface AlertRow {
  id: string;
  rule_id: string;
  rule_name: string;
  kind: string;
  key: string;
  created: string;
  body: string;
  seen: string | null;
}

export function alertFromRow(r: AlertRow): StoredAlert {
  const body = JSON.parse(r.body) as AlertBody;
  return { id: r.id, rule: r.rule_id, ruleName: r.rule_name, kind: r.kind as StoredAlert["kind"], key: r.key, created: r.created, seen: r.seen || null, ...body };
}

export function ruleFromRow(r: { id: string; name: string; rule: string; created: string }): StoredRule {
  return { ...(JSON.parse(r.rule) as AlertRule), name: r.name, id: r.id, created: r.created };
}

/** An alert filter's time bounds as ISO-time strings comparable with `created`. */
export function createdBounds(filter: AlertFilter): { since?: string; until?: string } {
  const out: { since?: string; until?: string } = {};
  if (filter.since) out.since = filter.since;
  // a day (or month, year) takes its whole span: every ISO time that starts with it sorts below this
  if (filter.until) out.until = filter.until.includes("T") ? filter.until : `${filter.until}\uffff`;
  return out;
}

export function limitOf(limit: number | undefined): number {
  if (limit === undefined) return 100;
  if (!Number.isInteger(limit) || limit < 0) throw new DyadError("E_QUERY", `limit ${limit} is not a whole number ≥ 0`, { limit });
  return limit;
}

export function offsetOf(offset: number | undefined): number {
  if (offset === undefined) return 0;
  if (!Number.isInteger(offset) || offset < 0) throw new DyadError("E_QUERY", `offset ${offset} is not a whole number ≥ 0`, { offset });
  return offset;
}
