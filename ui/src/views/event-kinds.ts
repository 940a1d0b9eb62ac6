// The PLOVER types and statuses the Events view filters by. The types are the server's own list
// (plover-quads.ts, a module without dependencies); the statuses are checked against the store's
// type, so that a status added there fails the UI's type check until it is added here.
import { QUAD_OF_TYPE } from "../../../src/query/plover-quads.js";
import { DEFAULT_SERIES_STATUSES, type EventStatus } from "../../../src/store/store.js";

export const EVENT_TYPES: readonly string[] = Object.keys(QUAD_OF_TYPE);

const STATUS_ORDER = { occurred: 1, ongoing: 2, claimed: 3, planned: 4, denied: 5, hypothetical: 6 } satisfies Record<EventStatus, number>;
export const EVENT_STATUSES = Object.keys(STATUS_ORDER) as EventStatus[];

/** The statuses the charts count (all but denied and hypothetical): a chart element's events. */
export const COUNTED_STATUSES: readonly EventStatus[] = DEFAULT_SERIES_STATUSES;
