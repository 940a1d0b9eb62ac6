// Blocs: communities of the signed relations graph between states. Louvain (graphology) runs on
// the positive part only: pairs whose events sum to cooperation are edges weighted by that score;
// pairs in net conflict get no edge, so adversaries are never pulled together by their conflict.
// Each bloc then reports the signed sums: internal (pairs inside it) and external (pairs across).
// Deterministic: nodes and edges are added in code order and Louvain's RNG is seeded.
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import { relationsGraph, type GraphOptions, type RelationsGraph, type StateNode } from "./relations-graph.js";

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
  /** events between members */
  internalEvents: number;
  externalEvents: number;
}

export interface Blocs {
  since: string | null;
  until: string | null;
  method: string;
  modularity: number;
  blocs: Bloc[];
}

// a CommonJS module: its types describe `default`, Node's ESM loader hands over module.exports
type Louvain = typeof louvainModule.default;
const louvain: Louvain = (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

export async function findBlocs(store: Parameters<typeof relationsGraph>[0], options: BlocsOptions = {}): Promise<Blocs> {
  return blocsOfGraph(await relationsGraph(store, options), options);
}

/** The blocs of a relations graph already read (the exports label their nodes with them). */
export function blocsOfGraph(graph: RelationsGraph, options: BlocsOptions = {}): Blocs {
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
  return {
    since: options.since ?? null,
    until: options.until ?? null,
    method: "Louvain (graphology-communities-louvain) on the cooperation-weighted edges; pairs in net conflict are not edges",
    modularity: detailed.modularity,
    blocs,
  };
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
