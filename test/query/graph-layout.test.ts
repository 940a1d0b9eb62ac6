import { describe, expect, it } from "vitest";
import type { ActorsGraph } from "../../src/query/actors-graph.js";
import { layoutGraph } from "../../src/query/graph-layout.js";

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

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe("layoutGraph", () => {
  it("places every node, keeps the graph's own fields and edges", () => {
    const g = twoGroups();
    const out = layoutGraph(g);
    expect(out.edges).toEqual(g.edges);
    expect(out.nodes.map(({ x: _x, y: _y, ...rest }) => rest)).toEqual(g.nodes);
    for (const n of out.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });

  it("gives the same graph the same positions", () => {
    expect(layoutGraph(twoGroups())).toEqual(layoutGraph(twoGroups()));
  });

  it("draws linked groups together and apart from each other", () => {
    const at = new Map(layoutGraph(twoGroups()).nodes.map((n) => [n.id, n]));
    const inside = Math.max(dist(at.get("AAA")!, at.get("BBB")!), dist(at.get("FFF")!, at.get("GGG")!));
    const across = dist(at.get("AAA")!, at.get("GGG")!);
    expect(across).toBeGreaterThan(inside * 1.5);
  });

  it("takes an empty graph, a lone node and a self-pair", () => {
    expect(layoutGraph({ nodes: [], edges: [] })).toEqual({ nodes: [], edges: [] });
    const lone = layoutGraph({ nodes: [{ id: "RUS", name: "Russia", kind: "country", events: 2 }], edges: [{ a: "RUS", b: "RUS", score: 0, count: 2 }] });
    expect(lone.nodes).toEqual([{ id: "RUS", name: "Russia", kind: "country", events: 2, x: 100, y: 0 }]);
  });
});
