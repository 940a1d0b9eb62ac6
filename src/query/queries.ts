// The read side over a store, as the CLI (and later the API) asks for it: events, quotes and the
// dyad series, as plain objects. Checks what a person types before the store sees it.
import { DyadError } from "../errors.js";
import { STATUS_RANK, type EventFilter, type EventStatus, type QuoteFilter, type Store, type StoredEvent, type StoredQuote } from "../store/store.js";
import { QUAD_OF_TYPE } from "./plover-quads.js";

export { dyadSeries, type DyadSeries, type DyadPeriod, type DyadSeriesOptions } from "./dyad-series.js";

export const EVENT_TYPES = Object.keys(QUAD_OF_TYPE);
export const EVENT_STATUSES = Object.keys(STATUS_RANK) as EventStatus[];

export async function listEvents(store: Store, filter: EventFilter): Promise<StoredEvent[]> {
  checkEventFilter(filter);
  return store.queryEvents({ ...filter, type: filter.type?.toUpperCase() });
}

/** A type or status that is none of PLOVER's is an error that says which are. */
function checkEventFilter(filter: EventFilter): void {
  if (filter.type && !EVENT_TYPES.includes(filter.type.toUpperCase())) {
    throw new DyadError("E_QUERY", `--type ${filter.type} is not a PLOVER type (${EVENT_TYPES.join(", ")})`, { type: filter.type });
  }
  if (filter.status && !EVENT_STATUSES.includes(filter.status)) {
    throw new DyadError("E_QUERY", `--status ${filter.status} is not one of ${EVENT_STATUSES.join(", ")}`, { status: filter.status });
  }
}

export async function listQuotes(store: Store, filter: QuoteFilter): Promise<StoredQuote[]> {
  return store.queryQuotes(filter);
}

/** The most events of each direction a pair's list reads to page through both directions at once. */
export const EITHER_WAY_MAX = 20_000;

/**
 * Events between two actors in either direction (A → B and B → A, as a dyad's chart counts them),
 * newest first, one page of them and how many there are. Each direction is read newest first and
 * the two merged, an event on both sides (a joint act) once. Exact up to EITHER_WAY_MAX events a
 * direction, where the count stops.
 */
export async function listEventsEitherWay(store: Store, filter: EventFilter & { actor: string; target: string }): Promise<{ items: StoredEvent[]; total: number }> {
  const limit = filter.limit ?? 100;
  const offset = filter.offset ?? 0;
  const base = { ...filter, type: filter.type?.toUpperCase(), newestFirst: true, offset: 0 };
  // a page needs the first offset + limit of each direction; the total needs them all (ids only
  // would do, but the store reads whole events: capped)
  const read = (actor: string, target: string) => store.queryEvents({ ...base, actor, target, limit: EITHER_WAY_MAX });
  checkEventFilter(filter);
  const [ab, ba] = await Promise.all([read(filter.actor, filter.target), filter.actor === filter.target ? Promise.resolve([]) : read(filter.target, filter.actor)]);
  const byId = new Map<string, StoredEvent>();
  for (const e of [...ab, ...ba]) byId.set(e.id, e);
  const all = [...byId.values()].sort(newestFirstOrder);
  return { items: all.slice(offset, offset + limit), total: all.length };
}

/** Newest first by event date, undated last, then by id (newest stored first). */
export function newestFirstOrder(x: StoredEvent, y: StoredEvent): number {
  if (x.date !== y.date) {
    if (x.date === null) return 1;
    if (y.date === null) return -1;
    // "2024-03" (a month) after "2024-03-31": the store's order of dates as text, reversed
    return x.date < y.date ? 1 : -1;
  }
  return Number(y.id) - Number(x.id) || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0);
}
