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

/** A side's actors as the store's filter: one on a side is `actor` (`target`), several are
 * `actors` (`targets`): any of them, two different actors making a match (store.ts). */
export function eventSideFilter(sources: string[] | undefined, targets: string[] | undefined): Pick<EventFilter, "actor" | "actors" | "target" | "targets"> {
  const side = (keys: string[] | undefined) => {
    const unique = keys ? [...new Set(keys)] : undefined;
    return unique && unique.length > 1 ? { many: unique } : { one: unique?.[0] };
  };
  const s = side(sources);
  const t = side(targets);
  return { actor: s.one, actors: s.many, target: t.one, targets: t.many };
}
