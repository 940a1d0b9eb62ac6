// Blocs: communities of the signed relations graph between states. Louvain (graphology) runs on
// the positive part only: pairs whose events sum to cooperation are edges weighted by that score;
// pairs in net conflict get no edge, so adversaries are never pulled together by their conflict.
// Each bloc then reports the signed sums: internal (pairs inside it) and external (pairs across).
// Deterministic: nodes and edges are added in code order and Louvain's RNG is seeded.
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import { DEFAULT_SERIES_STATUSES, type EventStatus, type RelationCount, type Store } from "../store/store.js";
import { pairsOf, relationsGraphOf, stateNames, type GraphOptions, type RelationEdge, type RelationsGraph, type StateNode } from "./relations-graph.js";

export interface BlocsOptions extends GraphOptions {
  /** Louvain's resolution (default 1: larger → smaller blocs) */
  resolution?: number;
  /** seed of Louvain's random order (default 1) */
  seed?: number;
}

export interface Bloc {
  /** 1, 2, ... by size (largest first), then by first member */
  id: number;
  members: StateNode[];
  /** Σ score over pairs inside the bloc (all signs) */
  internal: number;
  /** Σ score over pairs with one member inside and one outside */
  external: number;
  /** events between two members (each once, with the relation rows: findBlocs; from a graph alone,
   * once per pair of states), in either direction */
  internalEvents: number;
  /** events between a member and a state of another bloc (as internalEvents) */
  externalEvents: number;
}

/** The events between the members of two blocs (a ≤ b; a = b: inside one bloc), in either
 * direction: each event once, however many pairs of members it relates, so that the Events view
 * filtered to the cell (source in one bloc, target in the other, either way, two different states,
 * the same statuses and dates) lists exactly `events` events. */
export interface BlocCell {
  a: number;
  b: number;
  events: number;
  /** Σ score of the pairs across the cell (an event counts once per pair, as in a bloc's scores) */
  score: number;
}

export interface Blocs {
  since: string | null;
  until: string | null;
  /** the statuses counted (the Events view's filter of a cell) */
  statuses: EventStatus[];
  method: string;
  modularity: number;
  blocs: Bloc[];
  /** every pair of blocs, a ≤ b, by a then b; with the rows it was made from (findBlocs), else empty */
  cells: BlocCell[];
}

// a CommonJS module: its types describe `default`, Node's ESM loader hands over module.exports
type Louvain = typeof louvainModule.default;
const louvain: Louvain = (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

export async function findBlocs(store: Store, options: BlocsOptions = {}): Promise<Blocs> {
  const [names, rows] = await Promise.all([stateNames(store), store.relationCounts({ since: options.since, until: options.until, statuses: options.statuses })]);
  return blocsOfGraph(relationsGraphOf(rows, names), options, rows);
}

/** The blocs of a relations graph already read (the exports label their nodes with them); with
 * the relation rows the graph was made of, the cells between blocs too. */
export function blocsOfGraph(graph: RelationsGraph, options: BlocsOptions = {}, rows: readonly RelationCount[] = []): Blocs {
  const g = new UndirectedGraph();
  for (const n of graph.nodes) g.addNode(n.code);
  for (const e of graph.edges) if (e.score > 0) g.addEdge(e.a, e.b, { weight: e.score });
  const detailed = g.order
    ? louvain.detailed(g, { getEdgeWeight: "weight", resolution: options.resolution ?? 1, rng: mulberry32(options.seed ?? 1) })
    : { communities: {} as Record<string, number>, modularity: 0 };
  const groups = new Map<number, StateNode[]>();
  for (const n of graph.nodes) {
    const c = detailed.communities[n.code];
    const list = groups.get(c) ?? [];
    list.push(n);
    groups.set(c, list);
  }
  const communityOf = new Map<string, number>(graph.nodes.map((n) => [n.code, detailed.communities[n.code]]));
  const blocs = [...groups.entries()]
    .map(([c, members]) => {
      let internal = 0;
      let external = 0;
      let internalEvents = 0;
      let externalEvents = 0;
      for (const e of graph.edges) {
        const inA = communityOf.get(e.a) === c;
        const inB = communityOf.get(e.b) === c;
        if (inA && inB) {
          internal += e.score;
          internalEvents += e.count;
        } else if (inA || inB) {
          external += e.score;
          externalEvents += e.count;
        }
      }
      return { id: 0, members, internal, external, internalEvents, externalEvents };
    })
    .sort((x, y) => y.members.length - x.members.length || (x.members[0].code < y.members[0].code ? -1 : 1))
    .map((b, i) => ({ ...b, id: i + 1 }));
  const blocOf = new Map<string, number>(blocs.flatMap((b) => b.members.map((m): [string, number] => [m.code, b.id])));
  const cells = blocCells(blocs.length, blocOf, graph.edges, rows);
  if (rows.length) countEventsOnce(blocs, blocOf, rows);
  return {
    since: options.since ?? null,
    until: options.until ?? null,
    statuses: options.statuses?.length ? options.statuses : DEFAULT_SERIES_STATUSES,
    cells,
    method: "Louvain (graphology-communities-louvain) on the cooperation-weighted edges; pairs in net conflict are not edges",
    modularity: detailed.modularity,
    blocs,
  };
}

/** Every pair of blocs (a ≤ b): its events, each once (a row of relation counts is a set of
 * events with the same parties, so a row that relates the two blocs by any pair of two member
 * states adds its count once), and the summed score of its pairs. */
function blocCells(n: number, blocOf: Map<string, number>, edges: readonly RelationEdge[], rows: readonly RelationCount[]): BlocCell[] {
  const key = (x: number, y: number) => (x < y ? `${x} ${y}` : `${y} ${x}`);
  const cells = new Map<string, BlocCell>();
  for (let a = 1; a <= n; a++) for (let b = a; b <= n; b++) cells.set(key(a, b), { a, b, events: 0, score: 0 });
  for (const e of edges) {
    const cell = cells.get(key(blocOf.get(e.a)!, blocOf.get(e.b)!));
    if (cell) cell.score += e.score;
  }
  for (const r of rows) {
    const touched = new Set<string>();
    for (const [x, y] of pairsOf(r.source, r.target)) {
      const bx = blocOf.get(x);
      const by = blocOf.get(y);
      if (x !== y && bx !== undefined && by !== undefined) touched.add(key(bx, by));
    }
    for (const k of touched) cells.get(k)!.events += r.count;
  }
  return [...cells.values()];
}

/** Each bloc's events inside and across, each event once (an event of several parties relates
 * several pairs): what the Events view lists for them (bloc-cell.ts). */
function countEventsOnce(blocs: Bloc[], blocOf: Map<string, number>, rows: readonly RelationCount[]): void {
  for (const b of blocs) {
    b.internalEvents = 0;
    b.externalEvents = 0;
  }
  const byId = new Map(blocs.map((b) => [b.id, b]));
  for (const r of rows) {
    const inside = new Set<number>();
    const across = new Set<number>();
    for (const [x, y] of pairsOf(r.source, r.target)) {
      const bx = blocOf.get(x);
      const by = blocOf.get(y);
      if (x === y || bx === undefined || by === undefined) continue;
      if (bx === by) inside.add(bx);
      else across.add(bx).add(by);
    }
    for (const id of inside) byId.get(id)!.internalEvents += r.count;
    for (const id of across) byId.get(id)!.externalEvents += r.count;
  }
}

/** A small seeded PRNG (mulberry32): the same seed gives the same blocs. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
