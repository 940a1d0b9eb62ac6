// The graph's interactive renderer: sigma.js (WebGL) over a graphology graph of the laid-out nodes.
// Loaded after the first frame (graph-sketch.ts) is on screen: it is most of the graph view's code.
import { UndirectedGraph } from "graphology";
import Sigma from "sigma";
import type { SketchEdge, SketchNode } from "./graph-sketch.js";
import { labelPlacer, SKETCH } from "./graph-sketch.js";

export interface GraphRenderer {
  /** draws other nodes and edges (a filter or a time range changed) */
  update(nodes: SketchNode[], edges: RendererEdge[]): void;
  kill(): void;
}

export interface RendererEdge extends SketchEdge {
  score: number;
  count: number;
}

/** Draws the nodes and edges into `stage` (sigma's canvases are appended to it); throws without WebGL. */
export function createRenderer(stage: HTMLElement, nodes: SketchNode[], edges: RendererEdge[], onClick: (id: string) => void, onClickEdge?: (a: string, b: string) => void): GraphRenderer {
  const graph = new UndirectedGraph();
  const fill = (nodes: SketchNode[], edges: RendererEdge[]) => {
    graph.clear();
    for (const n of nodes) graph.addNode(n.id, { label: n.label, x: n.x, y: n.y, size: n.size, color: n.color });
    for (const e of edges) if (!graph.hasEdge(e.a, e.b)) graph.addEdge(e.a, e.b, { size: e.size, color: e.color, score: e.score, count: e.count });
  };
  fill(nodes, edges);
  let hovered: string | null = null;
  // labels clear of each other, afresh each frame (graph-sketch.ts)
  let place = labelPlacer();
  const renderer = new Sigma(graph, stage, {
    labelRenderedSizeThreshold: SKETCH.labelThreshold,
    labelGridCellSize: SKETCH.labelGrid,
    labelFont: SKETCH.labelFont,
    labelSize: SKETCH.labelSize,
    defaultDrawNodeLabel: (context, data) => {
      if (data.label) place(context, data.label, data.x + data.size + 3, data.y + SKETCH.labelSize / 3);
    },
    zIndex: true,
    // an edge opens the events between its two actors
    enableEdgeEvents: onClickEdge !== undefined,
    minCameraRatio: 0.1,
    maxCameraRatio: 4,
    nodeReducer: (node, attrs) => (hovered && node !== hovered && !graph.areNeighbors(node, hovered) ? { ...attrs, color: "#ddd", label: "" } : attrs),
    edgeReducer: (edge, attrs) => (hovered && !graph.hasExtremity(edge, hovered) ? { ...attrs, hidden: true } : attrs),
  });
  // the browser tests find a node's position on the canvas through this (no global needed)
  (stage as HTMLElement & { sigma?: Sigma }).sigma = renderer;
  renderer.on("beforeRender", () => (place = labelPlacer()));
  renderer.on("clickNode", ({ node }) => onClick(node));
  if (onClickEdge) {
    renderer.on("clickEdge", ({ edge }) => onClickEdge(graph.source(edge), graph.target(edge)));
    renderer.on("enterEdge", () => (stage.style.cursor = "pointer"));
    renderer.on("leaveEdge", () => (stage.style.cursor = ""));
  }
  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    stage.style.cursor = "pointer";
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveNode", () => {
    hovered = null;
    stage.style.cursor = "";
    renderer.refresh({ skipIndexation: true });
  });
  return {
    update: (nodes, edges) => {
      hovered = null;
      fill(nodes, edges);
      renderer.refresh();
    },
    kill: () => {
      delete (stage as HTMLElement & { sigma?: Sigma }).sigma;
      renderer.kill();
    },
  };
}
