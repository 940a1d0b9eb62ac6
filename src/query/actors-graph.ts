// The relations graph for the UI: the states of RelationsGraph (relations-graph.ts), extended with
// the persons and organisations that take part in events. A person or organisation is linked to
// each actor on the other side of its events (states by code, others by id); the state-to-state
// edges are RelationsGraph's own, so an event between Putin and Ukraine adds Putin–UKR here while
// RUS–UKR stays as RelationsGraph counts it. Only the most active persons and organisations are
// kept (maxActors), so that the graph stays readable and cheap to send.
import type { EventStatus, Store } from "../store/store.js";
import { pairEdges, relationsGraph, stateNames } from "./relations-graph.js";

export type GraphNodeKind = "country" | "organization" | "person";

export interface GraphNode {
  /** a state's code, or a person's or organisation's actor id */
  id: string;
  name: string;
  kind: GraphNodeKind;
  /** Σ count of the node's edges: how many (event, counterpart) links it has */
  events: number;
}

export interface GraphEdge {
  /** the pair, a < b */
  a: string;
  b: string;
  score: number;
  count: number;
}

export interface ActorsGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface ActorsGraphOptions {
  since?: string;
  until?: string;
  statuses?: EventStatus[];
  /** persons and organisations kept, most linked first (default 60) */
  maxActors?: number;
}

// igos and armed groups are drawn as organisations: the UI knows three kinds
const KIND_OF: Record<string, GraphNodeKind> = { person: "person", organization: "organization", igo: "organization", group: "organization" };

export async function actorsGraph(store: Store, options: ActorsGraphOptions = {}): Promise<ActorsGraph> {
  // every state, and every person and organisation, looked up once (not once per event)
  // the reads asked together: a store that reads on other threads (or over the network) answers
  // them at once instead of one after another
  const kinds = Object.entries(KIND_OF);
  const [stateNameOf, lists, rows] = await Promise.all([
    stateNames(store),
    Promise.all(kinds.map(([kind]) => store.findActors({ kind, limit: 10_000_000 }))),
    store.actorRelationCounts({ since: options.since, until: options.until, statuses: options.statuses }),
  ]);
  const states = await relationsGraph(store, options, stateNameOf);
  const others = new Map<string, { name: string; kind: GraphNodeKind }>();
  kinds.forEach(([, as], i) => {
    for (const a of lists[i]) others.set(a.id, { name: a.name, kind: as });
  });
  // state–state pairs are RelationsGraph's; here only pairs with a person or organisation
  const edges = pairEdges(rows, (x, y) => {
    const xOther = others.has(x);
    const yOther = others.has(y);
    return (xOther || yOther) && (xOther || stateNameOf.has(x)) && (yOther || stateNameOf.has(y));
  });

  const linked = new Map<string, number>();
  for (const e of edges) for (const id of [e.a, e.b]) if (others.has(id)) linked.set(id, (linked.get(id) ?? 0) + e.count);
  const keep = new Set(
    [...linked.entries()]
      .sort((p, q) => q[1] - p[1] || cmp(p[0], q[0]))
      .slice(0, options.maxActors ?? 60)
      .map(([id]) => id),
  );
  const allEdges: GraphEdge[] = states.edges.map((e) => ({ ...e }));
  for (const e of edges) {
    if ((others.has(e.a) && !keep.has(e.a)) || (others.has(e.b) && !keep.has(e.b))) continue;
    allEdges.push(e);
  }
  allEdges.sort((p, q) => cmp(p.a, q.a) || cmp(p.b, q.b));
  const degree = new Map<string, number>();
  for (const e of allEdges) for (const id of [e.a, e.b]) degree.set(id, (degree.get(id) ?? 0) + e.count);
  const nodes: GraphNode[] = [...degree.entries()]
    .map(([id, events]): GraphNode => {
      const other = others.get(id);
      return other ? { id, name: other.name, kind: other.kind, events } : { id, name: stateNameOf.get(id) ?? id, kind: "country", events };
    })
    .sort((p, q) => cmp(p.id, q.id));
  return { nodes, edges: allEdges };
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
