// Graph: states, organisations and people as nodes (sized by events), edges coloured from
// cooperation (blue) to conflict (red) by their mean score and sized by event count. The server
// lays the graph out (query/graph-layout.ts); the first frame is a 2D sketch of it (graph-sketch.ts),
// drawn and clickable as soon as the data is here, and sigma.js (graph-sigma.ts, most of the code)
// takes over once it has loaded, drawing the same nodes at the same places.
import { api, type Graph as GraphData, type NodeKind } from "../api.js";
import { errorBox, periodOf, periodSlider } from "../components.js";
import { h, replace } from "../dom.js";
import { KIND_COLORS, kindColor, num, scoreColor, signed } from "../format.js";
import type { GraphRenderer, RendererEdge } from "../graph-sigma.js";
import { drawSketch, type Sketch, type SketchNode } from "../graph-sketch.js";
import { href, replaceParams } from "../route.js";
import { COUNTED_STATUSES } from "./event-kinds.js";
import type { View } from "../view.js";

// a chart counts the events not denied or hypothetical: its links list those, so the counts agree
const COUNTED = COUNTED_STATUSES.join(",");

const KINDS: NodeKind[] = ["country", "organization", "person"];

const view: View = async (root, ctx) => {
  const { route } = ctx;
  const kinds = new Set((route.params.get("kinds") ?? KINDS.join(",")).split(",").filter((k): k is NodeKind => (KINDS as string[]).includes(k)));
  const stage = h("div", { class: "graph-stage", "data-testid": "graph" });
  const side = h("aside", { class: "graph-side" });
  const status = h("span", { class: "muted" });
  const period = periodOf(route);
  let data: GraphData = { nodes: [], edges: [] };
  let renderer: GraphRenderer | null = null;
  let sketch: Sketch | null = null;
  /** sigma's module, asked for once the first frame is drawn */
  let sigma: Promise<typeof import("../graph-sigma.js")> | null = null;
  let dead = false;
  let noWebGl = false;
  const openActor = (id: string) => {
    location.hash = href("actor", id);
  };

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
  const first = api.graph({ ...period });
  first.catch(() => undefined); // load() reports its failure
  const slider = await periodSlider(route, period, () => void load());
  if (!ctx.alive()) return;
  replace(root, h("div", { class: "toolbar" }, slider, ...toggles, status), h("div", { class: "graph-wrap" }, stage, side), legend());

  /** the nodes and edges shown: the chosen kinds, without self-pairs and without nodes left unlinked */
  function shown(): { nodes: SketchNode[]; edges: RendererEdge[] } {
    const picked = data.nodes.filter((n) => kinds.has(n.kind));
    const ids = new Set(picked.map((n) => n.id));
    const edges = data.edges.filter((e) => ids.has(e.a) && ids.has(e.b) && e.a !== e.b);
    // a node with no edge left after filtering is noise in a relations graph
    const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
    const nodes = picked.filter((n) => linked.has(n.id));
    const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
    const maxCount = Math.max(1, ...edges.map((e) => e.count));
    return {
      nodes: nodes.map((n) => ({ id: n.id, label: n.name, x: n.x, y: n.y, size: 3 + 15 * Math.sqrt(n.events / maxEvents), color: kindColor(n.kind) })),
      edges: edges.map((e) => ({ a: e.a, b: e.b, size: 0.5 + 5 * Math.sqrt(e.count / maxCount), color: scoreColor(e.score, e.count), score: e.score, count: e.count })),
    };
  }

  function draw(): void {
    const { nodes, edges } = shown();
    status.textContent = `${num(nodes.length)} actors · ${num(new Set(edges.map((e) => `${e.a} ${e.b}`)).size)} relations`;
    drawSide(nodes.length ? edges : [], new Set(nodes.map((n) => n.id)));
    if (!nodes.length) {
      renderer?.kill();
      renderer = null;
      sketch = null;
      delete stage.dataset.layout;
      replace(stage, h("p", { class: "muted empty" }, "No relations in this period."));
      return;
    }
    if (stage.querySelector(".empty")) stage.replaceChildren();
    if (renderer) {
      renderer.update(nodes, edges);
      return;
    }
    sketch?.canvas.remove();
    sketch = drawSketch(stage, nodes, edges, openActor);
    // the browser tests compare it with sigma's drawing (no global needed)
    (stage as HTMLElement & { sketch?: Sketch }).sketch = sketch;
    performance.mark("dyad:graph:sketched");
    sigma ??= import("../graph-sigma.js");
    void handOver();
  }

  /** sigma draws over the sketch, which then goes; without WebGL the sketch stays (it is clickable) */
  async function handOver(): Promise<void> {
    if (dead || renderer || noWebGl || !sketch) return;
    try {
      const mod = await sigma!;
      if (dead || renderer || noWebGl || !sketch) return;
      const { nodes, edges } = shown();
      renderer = mod.createRenderer(stage, nodes, edges, openActor, (a, b) => (location.hash = href("events", null, { actor: a, target: b, either: "1", status: COUNTED, ...period })));
      sketch.canvas.remove();
      sketch = null;
      performance.mark("dyad:graph:sigma");
    } catch (err) {
      noWebGl = true;
      // no WebGL (a locked-down browser) or its code failed to load: the sketch stays, clickable
      side.prepend(errorBox(new Error(`The graph cannot zoom: ${err instanceof Error ? err.message : String(err)}`)));
    }
    // the browser tests click nodes through sigma once it has taken over
    stage.dataset.layout = "done";
  }

  function drawSide(edges: RendererEdge[], drawn: Set<string>): void {
    const names = new Map(data.nodes.map((n) => [n.id, n.name]));
    const top = [...edges].sort((x, y) => y.count - x.count).slice(0, 25);
    const busiest = data.nodes
      .filter((n) => drawn.has(n.id))
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
              h("td", null, sw, h("a", { href: href("dyad", null, { a: e.a, b: e.b, ...period }) }, `${names.get(e.a) ?? e.a} – ${names.get(e.b) ?? e.b}`)),
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
      const next = await (pending ?? api.graph({ ...period }));
      if (!ctx.alive() || mine !== seq) return;
      data = next;
      draw();
      ctx.ready();
    } catch (err) {
      if (ctx.alive()) replace(side, errorBox(err));
    }
  }
  await load(first);
  return () => {
    dead = true;
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
  return h("p", { class: "legend muted" }, "Edges by mean score per event: ", ...stops, " · width by event count · click a node for its actor page, an edge for its events");
}
