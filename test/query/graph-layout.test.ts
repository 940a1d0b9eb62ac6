import { UndirectedGraph } from "graphology";
import fa2Module from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import type { ActorsGraph } from "../../src/query/actors-graph.js";
import { layoutGraph } from "../../src/query/graph-layout.js";

type ForceAtlas2 = typeof fa2Module.default;
const forceAtlas2: ForceAtlas2 = (fa2Module as unknown as { default?: ForceAtlas2 }).default ?? (fa2Module as unknown as ForceAtlas2);

// two groups of four states, each pair inside a group linked, and one link across
function twoGroups(): ActorsGraph {
  const left = ["AAA", "BBB", "CCC", "DDD"];
  const right = ["EEE", "FFF", "GGG", "HHH"];
  const edges: ActorsGraph["edges"] = [];
  for (const group of [left, right]) for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) edges.push({ a: group[i], b: group[j], score: 1, count: 5 });
  edges.push({ a: "DDD", b: "EEE", score: -1, count: 1 });
  const nodes = [...left, ...right].map((id) => ({ id, name: id, kind: "country" as const, events: 1 }));
  return { nodes, edges };
}

/** n nodes, each linked to the next few (by a seeded rule, no randomness). */
function ring(n: number): ActorsGraph {
  const ids = Array.from({ length: n }, (_, i) => `N${String(i).padStart(4, "0")}`);
  const edges: ActorsGraph["edges"] = [];
  for (let i = 0; i < n; i++) for (const step of [1, 7, 31]) if (i + step < n) edges.push({ a: ids[i], b: ids[i + step], score: 1, count: 1 + ((i * step) % 9) });
  return { nodes: ids.map((id) => ({ id, name: id, kind: "country" as const, events: 1 })), edges };
}

/** How many times a 0 ms timer fires while `work` runs: the event loop's turns it allows. */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  const tick = setInterval(() => turns++, 0);
  try {
    await work();
  } finally {
    clearInterval(tick);
  }
  return turns;
}

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe("layoutGraph", () => {
  it("places every node, keeps the graph's own fields and edges", async () => {
    const g = twoGroups();
    const out = await layoutGraph(g);
    expect(out.edges).toEqual(g.edges);
    expect(out.nodes.map(({ x: _x, y: _y, ...rest }) => rest)).toEqual(g.nodes);
    for (const n of out.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });

  it("gives the same graph the same positions", async () => {
    expect(await layoutGraph(twoGroups())).toEqual(await layoutGraph(twoGroups()));
  });

  it("draws linked groups together and apart from each other", async () => {
    const at = new Map((await layoutGraph(twoGroups())).nodes.map((n) => [n.id, n]));
    const inside = Math.max(dist(at.get("AAA")!, at.get("BBB")!), dist(at.get("FFF")!, at.get("GGG")!));
    const across = dist(at.get("AAA")!, at.get("GGG")!);
    expect(across).toBeGreaterThan(inside * 1.5);
  });

  it("takes an empty graph, a lone node and a self-pair", async () => {
    expect(await layoutGraph({ nodes: [], edges: [] })).toEqual({ nodes: [], edges: [] });
    const lone = await layoutGraph({ nodes: [{ id: "RUS", name: "Russia", kind: "country", events: 2 }], edges: [{ a: "RUS", b: "RUS", score: 0, count: 2 }] });
    expect(lone.nodes).toEqual([{ id: "RUS", name: "Russia", kind: "country", events: 2, x: 100, y: 0 }]);
  });

  it("places nodes exactly where the library's own forceAtlas2.assign does, however it is sliced", async () => {
    const graph = ring(300);
    // the library run whole, on the same start (a circle in node order) and settings
    const g = new UndirectedGraph();
    graph.nodes.forEach((node, i) => g.addNode(node.id, { x: 100 * Math.cos((2 * Math.PI * i) / 300), y: 100 * Math.sin((2 * Math.PI * i) / 300) }));
    for (const e of graph.edges) g.addEdge(e.a, e.b, { weight: Math.log1p(e.count) });
    forceAtlas2.assign(g, { iterations: 40, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: false } });
    const expected = graph.nodes.map((node) => [Math.round((g.getNodeAttribute(node.id, "x") as number) * 100) / 100, Math.round((g.getNodeAttribute(node.id, "y") as number) * 100) / 100]);
    for (const sliceMs of [0, 4, 10_000]) {
      const out = await layoutGraph(graph, { iterations: 40, sliceMs });
      expect(out.nodes.map((node) => [node.x, node.y])).toEqual(expected);
    }
  });

  it("lets the event loop turn while it lays out", async () => {
    // sliceMs 0: a turn between every two iterations
    expect(await turnsDuring(() => layoutGraph(ring(200), { iterations: 30, sliceMs: 0 }))).toBeGreaterThan(5);
    // one slice: the layout runs whole, as the library would
    expect(await turnsDuring(() => layoutGraph(ring(200), { iterations: 30, sliceMs: 60_000 }))).toBe(0);
  });
});
