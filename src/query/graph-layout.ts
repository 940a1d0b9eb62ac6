// Positions for the relations graph (actors-graph.ts), computed where the graph is: ForceAtlas2 for
// a fixed number of iterations from a circle in node order, so the same graph always gets the same
// positions. The web UI draws them at once instead of running the layout in the browser before
// its first frame (and the aggregate cache keeps them with the graph, per store state).
//
// The iterations run in slices of a few milliseconds, each in its own turn of the event loop: the
// layout of a few hundred nodes takes 30-60 ms of CPU, and `dyad serve` computes it while it answers
// other requests (measured: run whole, it was most of bench:api's p99). The slices run the library's
// own steps (graphToByteArrays, iterate, assignLayoutChanges: what forceAtlas2.assign runs in one
// loop), so the positions are the library's, to the bit (a test compares them).
import { createRequire } from "node:module";
import { UndirectedGraph } from "graphology";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import fa2Module from "graphology-layout-forceatlas2";
import type { ActorsGraph, GraphNode } from "./actors-graph.js";

// a CommonJS module: its types describe `default`, Node's ESM loader hands over module.exports
type ForceAtlas2 = typeof fa2Module.default;
const forceAtlas2: ForceAtlas2 = (fa2Module as unknown as { default?: ForceAtlas2 }).default ?? (fa2Module as unknown as ForceAtlas2);

// the library's steps, from its own files (the package has no exports map; these are what its
// index.js requires). Their types are the little of them used here.
type EdgeWeight = (edge: string, attributes: Record<string, unknown>) => number;
interface Fa2Helpers {
  assign(target: object, ...sources: object[]): Required<ForceAtlas2Settings>;
  validateSettings(settings: object): { message: string } | null;
  graphToByteArrays(graph: UndirectedGraph, getEdgeWeight: EdgeWeight): { nodes: Float32Array; edges: Float32Array };
  assignLayoutChanges(graph: UndirectedGraph, nodes: Float32Array, outputReducer: null): void;
}
const require = createRequire(import.meta.url);
const helpers = require("graphology-layout-forceatlas2/helpers.js") as Fa2Helpers;
const iterate = require("graphology-layout-forceatlas2/iterate.js") as (settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array) => void;
const DEFAULTS = require("graphology-layout-forceatlas2/defaults.js") as Required<ForceAtlas2Settings>;

export interface PlacedNode extends GraphNode {
  /** the layout's coordinates (arbitrary units; y up, as sigma.js takes them) */
  x: number;
  y: number;
}

export interface LaidOutGraph extends ActorsGraph {
  nodes: PlacedNode[];
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations (default 150: a graph of a few hundred nodes has settled by then) */
  iterations?: number;
  /** the longest the layout runs before it lets the event loop turn (default 4 ms) */
  sliceMs?: number;
}

export async function layoutGraph(graph: ActorsGraph, options: LayoutOptions = {}): Promise<LaidOutGraph> {
  const g = new UndirectedGraph();
  const n = Math.max(1, graph.nodes.length);
  graph.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / n;
    g.addNode(node.id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  for (const e of graph.edges) {
    // a self-pair pulls nothing; the edge count is damped so that one busy pair does not collapse the rest
    if (e.a === e.b || g.hasEdge(e.a, e.b) || !g.hasNode(e.a) || !g.hasNode(e.b)) continue;
    g.addEdge(e.a, e.b, { weight: Math.log1p(e.count) });
  }
  if (g.order > 1) await forceAtlas2Sliced(g, options.iterations ?? 150, { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 500 }, options.sliceMs ?? 4);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    nodes: graph.nodes.map((node) => ({ ...node, x: round(g.getNodeAttribute(node.id, "x") as number), y: round(g.getNodeAttribute(node.id, "y") as number) })),
    edges: graph.edges,
  };
}

/** forceAtlas2.assign(g, { iterations, settings }), its iterations in slices of about `sliceMs`. */
async function forceAtlas2Sliced(g: UndirectedGraph, iterations: number, given: ForceAtlas2Settings, sliceMs: number): Promise<void> {
  const settings = helpers.assign({}, DEFAULTS, given);
  const invalid = helpers.validateSettings(settings);
  if (invalid) throw new Error(`graphology-layout-forceatlas2: ${invalid.message}`);
  // the library's default weight getter: the `weight` attribute, 1 where it is not a number
  const matrices = helpers.graphToByteArrays(g, (_edge, { weight }) => (typeof weight === "number" && !Number.isNaN(weight) ? weight : 1));
  let sliceStart = performance.now();
  for (let i = 0; i < iterations; i++) {
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
    iterate(settings, matrices.nodes, matrices.edges);
  }
  helpers.assignLayoutChanges(g, matrices.nodes, null);
}
