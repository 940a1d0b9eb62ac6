// Which rules an ingest batch fires: a pure read over the store after the batch is written,
// given what the batch wrote (PutResult.reports). Two kinds of rule:
// - event rules: an event the batch created that matches the rule (actor or pair, types,
//   statuses) fires once per rule; a report merged into a known event fires nothing, except where
//   it brings the event to the rule's --min-sources independent stories (then it fires once);
// - score rules: the batch's new events between the rule's pair move the dyad's cooperation–
//   conflict score (query/dyad-series.ts, the score the UI charts) over the window ending at the
//   latest of them, against the window before; the rule fires when that change crosses its
//   threshold in this batch (it had not before the batch's events were counted), once per window end.
// The alerts' keys make "once" hold across batches and retries: the store keeps one alert per (rule, key).
import type { AlertEvent, AlertScore, NewAlert, StoredRule } from "../model/alerts.js";
import { dyadSeries } from "../query/dyad-series.js";
import { typeWeight } from "../query/plover-quads.js";
import { sinceBound, untilBound } from "../store/date-bounds.js";
import { DEFAULT_SERIES_STATUSES, type EventFilter, type EventReportWritten, type Store, type StoredEvent } from "../store/store.js";

export interface EvaluateOptions {
  /** when the alerts fire (ISO time); the reference for nothing else */
  now: string;
}

export async function evaluateAlerts(store: Store, rules: readonly StoredRule[], reports: readonly EventReportWritten[], options: EvaluateOptions): Promise<NewAlert[]> {
  if (!rules.length || !reports.length) return [];
  const created = new Set(reports.filter((r) => r.created).map((r) => r.event));
  const added = new Map<string, number>();
  // the batch's own report of each event: the sentence an alert quotes (the first, as the event's)
  const reportOf = new Map<string, EventReportWritten>();
  for (const r of reports) {
    added.set(r.event, (added.get(r.event) ?? 0) + 1);
    if (!reportOf.has(r.event)) reportOf.set(r.event, r);
  }
  const touched = [...added.keys()];
  const out: NewAlert[] = [];
  for (const rule of rules) {
    if (rule.score) {
      const alert = await scoreAlert(store, rule, [...created], options);
      if (alert) out.push(alert);
      continue;
    }
    // merges count only for a rule that waits for more sources
    const candidates = rule.minSources > 1 ? touched : touched.filter((id) => created.has(id));
    for (const e of await matching(store, rule, candidates)) {
      if (rule.types.length && !rule.types.includes(e.type)) continue;
      if (rule.statuses.length && !rule.statuses.includes(e.status)) continue;
      if (e.storyCount < rule.minSources) continue;
      // a known event fires only when this batch brought it to min-sources. The batch added
      // `added` reports, so at most that many stories: with at least min-sources stories without
      // them, it had crossed before. (Where the batch's reports are near-copies of stories it had,
      // it may have crossed before too; then it fired then, and the store keeps that one alert,
      // unless the rule is younger than the crossing.)
      if (!created.has(e.id) && e.storyCount - (added.get(e.id) ?? 0) >= rule.minSources) continue;
      const report = reportOf.get(e.id);
      const own = created.has(e.id);
      out.push({
        rule: rule.id,
        ruleName: rule.name,
        kind: "event",
        key: `event:${e.id}`,
        title: eventTitle(e),
        events: [alertEvent(e)],
        // a new event: its first report, which is the batch's; a known one: the report that brought it here
        sentence: own ? e.firstReport.sentence : (report?.sentence ?? e.firstReport.sentence),
        article: own ? e.firstReport.article : (report?.article ?? e.firstReport.article),
        url: own ? e.firstReport.url : null,
        score: null,
        created: options.now,
      });
    }
  }
  return out;
}

/** The events among `ids` that the rule's actor or pair names, through the store's own filters
 * (codes and actor ids on each side, symmetric events on both). */
async function matching(store: Store, rule: StoredRule, ids: string[]): Promise<StoredEvent[]> {
  if (!ids.length) return [];
  const filters: EventFilter[] = rule.pair
    ? [{ actor: rule.pair[0], target: rule.pair[1] }, ...(rule.directed ? [] : [{ actor: rule.pair[1], target: rule.pair[0] }])]
    : rule.actor
      ? [{ actor: rule.actor }, { target: rule.actor }]
      : [{}];
  const byId = new Map<string, StoredEvent>();
  for (const f of filters) {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      for (const e of await store.queryEvents({ ...f, ids: chunk, limit: chunk.length })) byId.set(e.id, e);
    }
  }
  return [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : 1));
}

async function scoreAlert(store: Store, rule: StoredRule, createdIds: string[], options: EvaluateOptions): Promise<NewAlert | null> {
  const score = rule.score!;
  const [a, b] = rule.pair!;
  const statuses = rule.statuses.length ? rule.statuses : DEFAULT_SERIES_STATUSES;
  // the batch's new events of the dyad that the series counts (a day, a month or a year as date)
  const fresh = (await matching(store, rule, createdIds)).filter((e) => e.date !== null && statuses.includes(e.status));
  const days = fresh.map((e) => e.date!).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (!days.length) return null;
  const until = days.sort().at(-1)!;
  const since = addDays(until, -(score.windowDays - 1));
  const previousUntil = addDays(since, -1);
  const previousSince = addDays(since, -score.windowDays);
  const sum = async (from: string, to: string) => {
    const s = await dyadSeries(store, a, b, { since: from, until: to, directed: rule.directed, statuses });
    return s.periods.reduce((n, p) => n + p.score, 0);
  };
  const [now, previous] = await Promise.all([sum(since, until), sum(previousSince, previousUntil)]);
  // the same windows without the batch's new events: did the change cross before?
  const inRange = (date: string, from: string, to: string) => date >= sinceBound(from) && date <= untilBound(to);
  let nowBefore = now;
  let previousBefore = previous;
  for (const e of fresh) {
    if (inRange(e.date!, since, until)) nowBefore -= typeWeight(e.type);
    else if (inRange(e.date!, previousSince, previousUntil)) previousBefore -= typeWeight(e.type);
  }
  const change = now - previous;
  const changeBefore = nowBefore - previousBefore;
  const crossed = (c: number) => (score.change === "drop" ? c <= -score.by : c >= score.by);
  if (!crossed(change) || crossed(changeBefore)) return null;
  const detail: AlertScore = { a, b, since, until, previousSince, before: previous, after: now, change };
  const sorted = [...fresh].sort((x, y) => (x.date! < y.date! ? 1 : x.date! > y.date! ? -1 : 0));
  const latest = sorted[0];
  return {
    rule: rule.id,
    ruleName: rule.name,
    kind: "score",
    key: `score:${until}`,
    title: `${a}${rule.directed ? " → " : "–"}${b} score ${score.change === "drop" ? "fell" : "rose"} by ${Math.abs(change)} in ${score.windowDays} days to ${until} (${previous} → ${now})`,
    events: sorted.map(alertEvent),
    sentence: latest.firstReport.sentence,
    article: latest.firstReport.article,
    url: latest.firstReport.url,
    score: detail,
    created: options.now,
  };
}

function alertEvent(e: StoredEvent): AlertEvent {
  return { id: e.id, type: e.type, cameo: e.cameo, status: e.status, date: e.date, source: e.source, target: e.target, stories: e.storyCount };
}

/** "AGREE RUS → IRN (planned), 2025-01-17"; a symmetric event lists its parties. */
export function eventTitle(e: Pick<StoredEvent, "type" | "source" | "target" | "status" | "date">): string {
  const parties = e.target.length ? `${e.source.join(", ")} → ${e.target.join(", ")}` : e.source.join(", ");
  return `${e.type} ${parties} (${e.status})${e.date ? `, ${e.date}` : ""}`;
}

/** YYYY-MM-DD plus n days (n may be negative), in the proleptic Gregorian calendar. */
export function addDays(day: string, n: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
