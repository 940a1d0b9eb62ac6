// Graph: states, organisations and people as nodes (sized by events), edges coloured from
// cooperation (blue) to conflict (red) by their mean score and sized by event count. Layout:
// ForceAtlas2 for a fixed number of iterations from a circle, so the same data always draws the same.
import { UndirectedGraph } from "graphology";
import fa2Module from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { api, type Graph as GraphData, type NodeKind } from "../api.js";
import { errorBox, timeRange } from "../components.js";
import { h, replace } from "../dom.js";
import { KIND_COLORS, kindColor, num, scoreColor, signed } from "../format.js";
import { href, replaceParams } from "../route.js";
import type { View } from "../view.js";

// a CommonJS module: its types describe `default`, the bundler hands over module.exports (as in query/blocs.ts)
type ForceAtlas2 = typeof fa2Module.default;
const forceAtlas2: ForceAtlas2 = (fa2Module as unknown as { default?: ForceAtlas2 }).default ?? (fa2Module as unknown as ForceAtlas2);

const KINDS: NodeKind[] = ["country", "organization", "person"];
/** ForceAtlas2 iterations before the first frame, then per animation frame until the total: the
 * graph shows (and can be clicked) at once and settles in a few frames, the same way every time */
const FIRST_ITERATIONS = 30;
const FRAME_ITERATIONS = 20;
const ITERATIONS = 150;

const view: View = async (root, ctx) => {
  const { route } = ctx;
  const kinds = new Set((route.params.get("kinds") ?? KINDS.join(",")).split(",").filter((k): k is NodeKind => (KINDS as string[]).includes(k)));
  const stage = h("div", { class: "graph-stage", "data-testid": "graph" });
  const side = h("aside", { class: "graph-side" });
  const status = h("span", { class: "muted" });
  let since = route.params.get("since") ?? undefined;
  let until = route.params.get("until") ?? undefined;
  let data: GraphData = { nodes: [], edges: [] };
  const graph = new UndirectedGraph();
  let renderer: Sigma | null = null;
  let hovered: string | null = null;
  let frame = 0;

  const toggles = KINDS.map((k) => {
    const box = h("input", { type: "checkbox", checked: kinds.has(k), "data-kind": k });
    box.addEventListener("change", () => {
      if (box.checked) kinds.add(k);
      else kinds.delete(k);
      replaceParams(route, { kinds: kinds.size === KINDS.length ? null : [...kinds].join(",") });
      draw();
    });
    const dot = h("span", { class: "dot" });
    dot.style.background = KIND_COLORS[k];
    return h("label", { class: "toggle" }, box, dot, k === "organization" ? "organisations" : k === "country" ? "states" : "people");
  });
  const first = api.graph({ since, until });
  first.catch(() => undefined); // load() reports its failure
  const slider = await timeRange(since ?? null, until ?? null, (s, u) => {
    since = s;
    until = u;
    replaceParams(route, { since: s, until: u });
    void load();
  });
  if (!ctx.alive()) return;
  replace(root, h("div", { class: "toolbar" }, slider, ...toggles, status), h("div", { class: "graph-wrap" }, stage, side), legend());

  function draw(): void {
    graph.clear();
    const shown = data.nodes.filter((n) => kinds.has(n.kind));
    const ids = new Set(shown.map((n) => n.id));
    const edges = data.edges.filter((e) => ids.has(e.a) && ids.has(e.b) && e.a !== e.b);
    // a node with no edge left after filtering is noise in a relations graph
    const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
    const nodes = shown.filter((n) => linked.has(n.id));
    const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
    const maxCount = Math.max(1, ...edges.map((e) => e.count));
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
      graph.addNode(n.id, {
        label: n.name,
        x: 100 * Math.cos(angle),
        y: 100 * Math.sin(angle),
        size: 3 + 15 * Math.sqrt(n.events / maxEvents),
        color: kindColor(n.kind),
        kind: n.kind,
      });
    });
    for (const e of edges) {
      if (graph.hasEdge(e.a, e.b)) continue;
      graph.addEdge(e.a, e.b, { size: 0.5 + 5 * Math.sqrt(e.count / maxCount), color: scoreColor(e.score, e.count), weight: Math.log1p(e.count), score: e.score, count: e.count });
    }
    performance.mark("dyad:graph:built");
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
    cancelAnimationFrame(frame);
    delete stage.dataset.layout;
    if (graph.order > 1) forceAtlas2.assign(graph, { iterations: FIRST_ITERATIONS, settings });
    performance.mark("dyad:graph:layout");
    status.textContent = `${num(graph.order)} actors · ${num(graph.size)} relations`;
    if (!renderer && graph.order) {
      try {
        renderer = new Sigma(graph, stage, { labelRenderedSizeThreshold: 6, zIndex: true, minCameraRatio: 0.1, maxCameraRatio: 4 });
        // the browser tests find a node's position on the canvas through this (no global needed)
        (stage as HTMLElement & { sigma?: Sigma }).sigma = renderer;
        renderer.on("clickNode", ({ node }) => {
          location.hash = href("actor", node);
        });
        renderer.on("enterNode", ({ node }) => {
          hovered = node;
          stage.style.cursor = "pointer";
          renderer?.refresh({ skipIndexation: true });
        });
        renderer.on("leaveNode", () => {
          hovered = null;
          stage.style.cursor = "";
          renderer?.refresh({ skipIndexation: true });
        });
        renderer.setSetting("nodeReducer", (node, attrs) => (hovered && node !== hovered && !graph.areNeighbors(node, hovered) ? { ...attrs, color: "#ddd", label: "" } : attrs));
        renderer.setSetting("edgeReducer", (edge, attrs) => (hovered && !graph.hasExtremity(edge, hovered) ? { ...attrs, hidden: true } : attrs));
      } catch (err) {
        // no WebGL (a locked-down browser): the list beside still works
        replace(stage, errorBox(new Error(`The graph needs WebGL: ${err instanceof Error ? err.message : String(err)}`)));
      }
    } else if (!graph.order) {
      renderer?.kill();
      renderer = null;
      replace(stage, h("p", { class: "muted empty" }, "No relations in this period."));
    }
    renderer?.refresh();
    performance.mark("dyad:graph:drawn");
    let done = FIRST_ITERATIONS;
    const settle = () => {
      if (graph.order > 1 && done < ITERATIONS) {
        forceAtlas2.assign(graph, { iterations: FRAME_ITERATIONS, settings });
        done += FRAME_ITERATIONS;
        frame = requestAnimationFrame(settle);
      } else {
        // the browser tests click nodes once the layout has settled
        stage.dataset.layout = "done";
      }
    };
    frame = requestAnimationFrame(settle);
    drawSide(nodes.length ? edges : []);
  }

  function drawSide(edges: GraphData["edges"]): void {
    const names = new Map(data.nodes.map((n) => [n.id, n.name]));
    const top = [...edges].sort((x, y) => y.count - x.count).slice(0, 25);
    const busiest = data.nodes
      .filter((n) => graph.hasNode(n.id))
      .sort((x, y) => y.events - x.events)
      .slice(0, 12);
    replace(
      side,
      // the canvas is not readable by keyboard or screen reader: its main nodes are links here too
      h("h3", null, "Most linked actors"),
      h("p", { class: "actor-chips" }, busiest.flatMap((n, i) => [i ? " · " : null, h("a", { href: href("actor", n.id) }, n.name)])),
      h("h3", null, "Strongest relations"),
      h(
        "table",
        { class: "compact" },
        h("thead", null, h("tr", null, h("th", null, "pair"), h("th", null, "events"), h("th", null, "score"))),
        h(
          "tbody",
          null,
          top.map((e) => {
            const sw = h("span", { class: "swatch" });
            sw.style.background = scoreColor(e.score, e.count);
            return h(
              "tr",
              null,
              h("td", null, sw, h("a", { href: href("dyad", null, { a: e.a, b: e.b, since, until }) }, `${names.get(e.a) ?? e.a} – ${names.get(e.b) ?? e.b}`)),
              h("td", { class: "num" }, num(e.count)),
              h("td", { class: "num" }, signed(e.score)),
            );
          }),
        ),
      ),
    );
  }

  let seq = 0;
  async function load(pending?: Promise<GraphData>): Promise<void> {
    const mine = ++seq;
    status.textContent = "Loading…";
    try {
      const next = await (pending ?? api.graph({ since, until }));
      if (!ctx.alive() || mine !== seq) return;
      data = next;
      if (stage.querySelector(".empty, .error")) stage.replaceChildren();
      draw();
      ctx.ready();
    } catch (err) {
      if (ctx.alive()) replace(side, errorBox(err));
    }
  }
  await load(first);
  return () => {
    cancelAnimationFrame(frame);
    renderer?.kill();
    renderer = null;
  };
};
export default view;

function legend(): HTMLElement {
  const stops = [-2, -1, 0, 1, 2].map((s) => {
    const sw = h("span", { class: "swatch" });
    sw.style.background = scoreColor(s, 1);
    return h("span", { class: "legend-item" }, sw, s === -2 ? "material conflict" : s === -1 ? "verbal conflict" : s === 0 ? "neutral" : s === 1 ? "verbal cooperation" : "material cooperation");
  });
  return h("p", { class: "legend muted" }, "Edges by mean score per event: ", ...stops, " · width by event count · click a node for its actor page");
}
