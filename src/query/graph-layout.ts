// Positions for the relations graph (actors-graph.ts), computed where the graph is: ForceAtlas2 for
// a fixed number of iterations from a circle in node order, so the same graph always gets the same
// positions. The web UI draws them at once instead of running the layout in the browser before
// its first frame (and the aggregate cache keeps them with the graph, per store state).
import { UndirectedGraph } from "graphology";
import fa2Module from "graphology-layout-forceatlas2";
import type { ActorsGraph, GraphNode } from "./actors-graph.js";

// a CommonJS module: its types describe `default`, Node's ESM loader hands over module.exports
type ForceAtlas2 = typeof fa2Module.default;
const forceAtlas2: ForceAtlas2 = (fa2Module as unknown as { default?: ForceAtlas2 }).default ?? (fa2Module as unknown as ForceAtlas2);

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
}

export function layoutGraph(graph: ActorsGraph, options: LayoutOptions = {}): LaidOutGraph {
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
  if (g.order > 1) {
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 500 };
    forceAtlas2.assign(g, { iterations: options.iterations ?? 150, settings });
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    nodes: graph.nodes.map((node) => ({ ...node, x: round(g.getNodeAttribute(node.id, "x") as number), y: round(g.getNodeAttribute(node.id, "y") as number) })),
    edges: graph.edges,
  };
}
