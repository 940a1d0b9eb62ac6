// The signed relations graph between states: one undirected edge per pair of state codes that
// share events, weighted by the PLOVER quad score of those events (cooperation > 0 > conflict,
// see plover-quads.ts), summed over the period. Each merged event counts once per pair of parties.
import type { EventStatus, RelationCount, Store } from "../store/store.js";
import { typeWeight } from "./plover-quads.js";

export interface GraphOptions {
  since?: string;
  until?: string;
  statuses?: EventStatus[];
}

export interface StateNode {
  code: string;
  name: string;
}

export interface RelationEdge {
  /** the pair, a < b */
  a: string;
  b: string;
  /** Σ weight of the pair's events */
  score: number;
  /** how many events the pair shares */
  count: number;
}

export interface RelationsGraph {
  /** states with at least one edge, by code */
  nodes: StateNode[];
  /** by a, then b */
  edges: RelationEdge[];
}

/** Code → name of every country actor in the store. */
export async function stateNames(store: Store): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const a of await store.findActors({ kind: "country", limit: 100_000 })) if (a.code && !names.has(a.code)) names.set(a.code, a.name);
  return names;
}

/** `names`: the store's state names (stateNames), when the caller has them already. */
export async function relationsGraph(store: Store, options: GraphOptions = {}, names?: Map<string, string>): Promise<RelationsGraph> {
  names ??= await stateNames(store);
  return relationsGraphOf(await store.relationCounts({ since: options.since, until: options.until, statuses: options.statuses }), names);
}

/** The graph of relation rows already read (store.relationCounts), over the states in `names`. */
export function relationsGraphOf(rows: readonly RelationCount[], names: Map<string, string>): RelationsGraph {
  const edges = pairEdges(rows, (x, y) => names.has(x) && names.has(y));
  const sorted = edges.sort((p, q) => cmp(p.a, q.a) || cmp(p.b, q.b));
  const codes = [...new Set(sorted.flatMap((e) => [e.a, e.b]))].sort(cmp);
  return { nodes: codes.map((code) => ({ code, name: names.get(code) ?? code })), edges: sorted };
}

/** The pairs an event relates: each source with each target, or, without a target, every two parties. */
/** One undirected edge per pair of parties that `keep` accepts (never an actor with itself):
 * Σ PLOVER quad weight and the count of the rows' events. */
export function pairEdges(rows: readonly RelationCount[], keep: (x: string, y: string) => boolean): RelationEdge[] {
  const edges = new Map<string, RelationEdge>();
  for (const r of rows) {
    const weight = typeWeight(r.type);
    for (const [x, y] of pairsOf(r.source, r.target)) {
      if (x === y || !keep(x, y)) continue;
      const [a, b] = x < y ? [x, y] : [y, x];
      const key = `${a} ${b}`;
      let e = edges.get(key);
      if (!e) edges.set(key, (e = { a, b, score: 0, count: 0 }));
      e.score += weight * r.count;
      e.count += r.count;
    }
  }
  return [...edges.values()];
}

export function pairsOf(source: string[], target: string[]): [string, string][] {
  const out: [string, string][] = [];
  if (target.length) {
    for (const s of source) for (const t of target) out.push([s, t]);
  } else {
    for (let i = 0; i < source.length; i++) for (let j = i + 1; j < source.length; j++) out.push([source[i], source[j]]);
  }
  return out;
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
