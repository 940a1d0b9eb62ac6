// Merging one batch's event reports into events, as the SQLite driver does step by step: a dated
// report joins the stored or new event of the same type and dyad within a day (the nearest, then
// the oldest), a month- or year-dated one the event of the same date; an undated one merges only
// within its article. Pure: the store loads the candidates, this decides, the store writes what
// changed(): new events and new versions (ReplacingMergeTree) of stored ones.
import type { EventReportRow } from "../document-rows.js";
import type { EventRow } from "../stored-rows.js";
import type { EventStatus } from "../store.js";

/** An event row as stored (events table). */
export interface StoredEventRow extends EventRow {
  day: number | null;
  month: string | null;
  source_actors: string[];
  target_actors: string[];
  version: number;
}

export interface MergeEvent extends Omit<StoredEventRow, "status"> {
  status: EventStatus;
  /** a new event, or a stored one this batch changed: written at the end of the batch */
  dirty: boolean;
}

/** Between the parts of a merge key: a character no type or actor code holds. */
export const KEY_SEPARATOR = "\0";

export const mergeKey = (e: { type: string; sourceKey?: string; targetKey?: string; source_key?: string; target_key?: string }): string =>
  [e.type, e.sourceKey ?? e.source_key, e.targetKey ?? e.target_key].join(KEY_SEPARATOR);

export const undatedKey = (ev: EventReportRow): string => `${ev.type}|${ev.sourceKey}|${ev.targetKey}`;

/** A merger over the stored candidates (dated events that this batch's reports may join). */
export function eventMerger(candidates: MergeEvent[]) {
  const byKey = new Map<string, MergeEvent[]>();
  for (const e of candidates) {
    const list = byKey.get(mergeKey(e)) ?? [];
    list.push(e);
    byKey.set(mergeKey(e), list);
  }
  const touched: MergeEvent[] = [];
  return {
    find(ev: EventReportRow, undated: Map<string, MergeEvent>): MergeEvent | undefined {
      if (ev.date === null) return undated.get(undatedKey(ev));
      const list = byKey.get(mergeKey(ev)) ?? [];
      let best: MergeEvent | undefined;
      for (const c of list) {
        if (ev.day !== null) {
          if (c.day === null || Math.abs(c.day - ev.day) > 1) continue;
          if (!best || Math.abs(c.day - ev.day) < Math.abs(best.day! - ev.day) || (Math.abs(c.day - ev.day) === Math.abs(best.day! - ev.day) && c.id < best.id)) best = c;
        } else if (c.day === null && c.date === ev.date && (!best || c.id < best.id)) best = c;
      }
      return best;
    },
    create(ev: EventReportRow, id: number): MergeEvent {
      const e: MergeEvent = {
        id,
        type: ev.type,
        cameo: ev.cameo,
        status: ev.status,
        date: ev.date,
        day: ev.day,
        month: ev.month,
        source_key: ev.sourceKey,
        target_key: ev.targetKey,
        source_actors: [],
        target_actors: [],
        location: ev.location,
        version: 0,
        dirty: true,
      };
      if (ev.date !== null) {
        const list = byKey.get(mergeKey(ev)) ?? [];
        list.push(e);
        byKey.set(mergeKey(ev), list);
      }
      touched.push(e);
      return e;
    },
    /** every report adds its actors (codes and ids) to its event's sides, for filters */
    addActors(e: MergeEvent, ev: EventReportRow): void {
      for (const [side, add] of [["source_actors", ev.sourceActors], ["target_actors", ev.targetActors]] as const) {
        const missing = add.filter((x) => !e[side].includes(x));
        if (!missing.length) continue;
        e[side] = [...e[side], ...missing];
        e.dirty = true;
      }
      if (e.dirty && !touched.includes(e)) touched.push(e);
    },
    /** new events, and new versions of the stored events this batch changed */
    changed(): object[] {
      return touched
        .filter((e) => e.dirty)
        .map(({ dirty: _dirty, ...e }) => ({ ...e, version: e.version + 1 }));
    },
  };
}
