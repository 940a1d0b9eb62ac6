// The relation between two actors over time: events per month and type (from the store), with
// PLOVER quad counts and a cooperation–conflict score per month (see plover-quads.ts).
import { DyadError } from "../errors.js";
import type { EventStatus, Store } from "../store/store.js";
import { QUAD_OF_TYPE, QUAD_WEIGHT, typeWeight, type Quad } from "./plover-quads.js";

export interface DyadSeriesOptions {
  by?: "month";
  since?: string;
  until?: string;
  directed?: boolean;
  statuses?: EventStatus[];
}

export interface DyadPeriod {
  period: string;
  /** events in the period */
  total: number;
  /** Σ weight over events: cooperation > 0 > conflict */
  score: number;
  quads: Record<Quad, number>;
  /** events per PLOVER type (types without events are absent) */
  counts: Record<string, number>;
}

export interface DyadSeries {
  a: string;
  b: string;
  by: "month";
  directed: boolean;
  /** every type that occurs in the series, in PLOVER's order */
  types: string[];
  weights: Record<Quad, number>;
  /** every month from the first to the last with events (or from since to until), gaps as zeros */
  periods: DyadPeriod[];
}

const TYPE_ORDER = Object.keys(QUAD_OF_TYPE);

export async function dyadSeries(store: Store, a: string, b: string, options: DyadSeriesOptions = {}): Promise<DyadSeries> {
  const by = options.by ?? "month";
  if (by !== "month") throw new DyadError("E_QUERY", `--by ${String(by)}: only "month" is supported`, { by });
  const counts = await store.dyadSeries(a, b, { by, since: options.since, until: options.until, directed: options.directed, statuses: options.statuses });
  const byPeriod = new Map<string, DyadPeriod>();
  const types = new Set<string>();
  for (const c of counts) {
    let p = byPeriod.get(c.period);
    if (!p) byPeriod.set(c.period, (p = emptyPeriod(c.period)));
    p.counts[c.type] = (p.counts[c.type] ?? 0) + c.count;
    p.total += c.count;
    p.score += c.count * typeWeight(c.type);
    const quad = QUAD_OF_TYPE[c.type];
    if (quad) p.quads[quad] += c.count;
    types.add(c.type);
  }
  const known = [...byPeriod.keys()].sort();
  const first = options.since && options.since.length >= 7 ? options.since.slice(0, 7) : known[0];
  const last = options.until && options.until.length >= 7 ? options.until.slice(0, 7) : known.at(-1);
  const periods = first && last ? months(first, last).map((m) => byPeriod.get(m) ?? emptyPeriod(m)) : [];
  return {
    a,
    b,
    by,
    directed: options.directed ?? false,
    types: [...types].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : 1)),
    weights: { ...QUAD_WEIGHT },
    periods,
  };
}

const rank = (type: string) => {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
};

function emptyPeriod(period: string): DyadPeriod {
  return { period, total: 0, score: 0, quads: { verbalCooperation: 0, materialCooperation: 0, verbalConflict: 0, materialConflict: 0 }, counts: {} };
}

/** "2024-11" .. "2025-02" → every month between, both included. */
export function months(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
