// The graph's first frame: the laid-out graph drawn on a 2D canvas where sigma.js will draw it (sigma's
// own camera matrix, at its default camera), and clickable, while sigma's code loads and its WebGL
// context starts (a few hundred milliseconds in a software renderer). sigma then draws over it and
// the sketch is removed.
import { createNormalizationFunction, matrixFromCamera, multiplyVec2 } from "sigma/utils";

export interface SketchNode {
  id: string;
  label: string;
  x: number;
  y: number;
  /** radius in pixels at the default camera (sigma's node size) */
  size: number;
  color: string;
}

export interface SketchEdge {
  a: string;
  b: string;
  /** thickness in pixels */
  size: number;
  color: string;
}

/** sigma's defaults that the sketch mirrors (sigma/settings: stagePadding, labelFont, labelSize,
 * labelGridCellSize) and the threshold the graph view passes it */
export const SKETCH = { padding: 30, labelFont: "Arial", labelSize: 14, labelGrid: 70, labelThreshold: 4 };

/** Labels that keep clear of each other: one frame's labels, largest node first; a label that
 * would overlap one already drawn is left out (two nodes side by side in neighbouring grid cells
 * gave "TArmenia" and a name written over another). Both renderers draw through one per frame. */
export function labelPlacer(): (ctx: CanvasRenderingContext2D, label: string, x: number, y: number) => boolean {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  return (ctx, label, x, y) => {
    ctx.font = `${SKETCH.labelSize}px ${SKETCH.labelFont}`;
    const box = { x0: x - 2, y0: y - SKETCH.labelSize, x1: x + ctx.measureText(label).width + 2, y1: y + 4 };
    if (placed.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1)) return false;
    placed.push(box);
    drawHaloLabel(ctx, label, x, y);
    return true;
  };
}

/** A node's label as both renderers draw it: black text in a white halo, readable over the edges
 * and nodes it crosses (sigma's default label has none, and labels were lost under the nodes). */
export function drawHaloLabel(ctx: CanvasRenderingContext2D, label: string, x: number, y: number): void {
  ctx.font = `${SKETCH.labelSize}px ${SKETCH.labelFont}`;
  ctx.lineJoin = "round";
  ctx.lineWidth = 4;
  ctx.strokeStyle = "rgba(255,255,255,0.9)";
  ctx.strokeText(label, x, y);
  ctx.fillStyle = "#000";
  ctx.fillText(label, x, y);
}

/** Where each node lands on a stage of this size at sigma's default camera. */
export function viewportPositions(nodes: SketchNode[], width: number, height: number): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  if (!nodes.length) return out;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of nodes) {
    x0 = Math.min(x0, n.x);
    x1 = Math.max(x1, n.x);
    y0 = Math.min(y0, n.y);
    y1 = Math.max(y1, n.y);
  }
  const extent = { x: [x0, x1] as [number, number], y: [y0, y1] as [number, number] };
  const normalise = createNormalizationFunction(extent);
  const matrix = matrixFromCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { width, height }, { width: x1 - x0 || 1, height: y1 - y0 || 1 }, SKETCH.padding);
  for (const n of nodes) {
    const p = multiplyVec2(matrix, normalise(n));
    out.set(n.id, { x: ((1 + p.x) * width) / 2, y: ((1 - p.y) * height) / 2 });
  }
  return out;
}

export interface Sketch {
  canvas: HTMLCanvasElement;
  /** each node's centre on the stage */
  positions: Map<string, { x: number; y: number }>;
  /** the node under a point of the stage (topmost first), or null */
  nodeAt(x: number, y: number): string | null;
}

/** Draws the graph into a canvas that fills `stage`; `onClick` gets a clicked node's id. */
export function drawSketch(stage: HTMLElement, nodes: SketchNode[], edges: SketchEdge[], onClick: (id: string) => void): Sketch {
  // sigma's dimensions: the container's offset size (its canvases span the border too)
  const width = stage.offsetWidth;
  const height = stage.offsetHeight;
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.className = "graph-sketch";
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const at = viewportPositions(nodes, width, height);
  const ctx = canvas.getContext("2d");
  if (ctx) {
    ctx.scale(ratio, ratio);
    for (const e of edges) {
      const p = at.get(e.a);
      const q = at.get(e.b);
      if (!p || !q) continue;
      ctx.strokeStyle = e.color;
      ctx.lineWidth = e.size;
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(q.x, q.y);
      ctx.stroke();
    }
    for (const n of nodes) {
      const p = at.get(n.id)!;
      ctx.fillStyle = n.color;
      ctx.beginPath();
      ctx.arc(p.x, p.y, n.size, 0, 2 * Math.PI);
      ctx.fill();
    }
    // as sigma: one label per grid cell, the largest node's, and only for nodes big enough
    const cells = new Set<string>();
    const place = labelPlacer();
    for (const n of [...nodes].sort((p, q) => q.size - p.size)) {
      if (n.size < SKETCH.labelThreshold) break;
      const p = at.get(n.id)!;
      const cell = `${Math.floor(p.x / SKETCH.labelGrid)},${Math.floor(p.y / SKETCH.labelGrid)}`;
      if (cells.has(cell)) continue;
      cells.add(cell);
      place(ctx, n.label, p.x + n.size + 3, p.y + SKETCH.labelSize / 3);
    }
  }
  const nodeAt = (x: number, y: number): string | null => {
    // drawn last is on top
    for (let i = nodes.length - 1; i >= 0; i--) {
      const p = at.get(nodes[i].id)!;
      if ((p.x - x) ** 2 + (p.y - y) ** 2 <= Math.max(nodes[i].size, 4) ** 2) return nodes[i].id;
    }
    return null;
  };
  const local = (ev: MouseEvent) => {
    const box = canvas.getBoundingClientRect();
    return nodeAt(ev.clientX - box.left, ev.clientY - box.top);
  };
  canvas.addEventListener("click", (ev) => {
    const id = local(ev);
    if (id) onClick(id);
  });
  canvas.addEventListener("mousemove", (ev) => {
    canvas.style.cursor = local(ev) ? "pointer" : "";
  });
  stage.append(canvas);
  return { canvas, positions: at, nodeAt };
}
