// Map: the world (Natural Earth 1:110m from world-atlas) with a great-circle arc between every two
// states that share events, coloured like the graph's edges. world-atlas names countries by ISO
// numeric id; virtual:countries (built from world-countries) maps them to the alpha-3 codes dyad uses.
import { geoGraticule10, geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "virtual:countries";
import world from "world-atlas/countries-110m.json" with { type: "json" };
import { api } from "../api.js";
import { errorBox, periodOf, periodSlider } from "../components.js";
import { h, replace, s } from "../dom.js";
import { count, num, scoreColor, signed } from "../format.js";
import { href } from "../route.js";
import { COUNTED_STATUSES } from "./event-kinds.js";
import type { View } from "../view.js";

// a chart counts the events not denied or hypothetical: its links list those, so the counts agree
const COUNTED = COUNTED_STATUSES.join(",");

const WIDTH = 960;
const HEIGHT = 500;
const byNumeric = new Map(countries.map(([ccn3, cca3, name]) => [ccn3, { cca3, name }]));
const centre = new Map(countries.map(([, cca3, , lng, lat]) => [cca3, [lng, lat] as [number, number]]));

const view: View = async (root, ctx) => {
  const { route } = ctx;
  const period = periodOf(route);
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const land = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const path = geoPath(projection);
  const countryPaths = new Map<string, SVGPathElement>();
  const base = s(
    "g",
    { class: "land" },
    land.features.map((f: Feature<Geometry, { name: string }>) => {
      const c = f.id !== undefined ? byNumeric.get(String(f.id).padStart(3, "0")) : undefined;
      const p = s("path", { d: path(f) ?? "", class: "country", "data-code": c?.cca3 ?? null }, s("title", null, c?.name ?? f.properties.name));
      if (c) countryPaths.set(c.cca3, p);
      return p;
    }),
  );
  const borders = s("path", { class: "borders", d: path(mesh(topo, topo.objects.countries, (a, b) => a !== b)) ?? "" });
  const arcs = s("g", { class: "arcs" });
  const svg = s(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", role: "img", "aria-label": "Relations between states on a world map", "data-testid": "map" },
    s("path", { class: "sphere", d: path({ type: "Sphere" }) ?? "" }),
    s("path", { class: "graticule", d: path(geoGraticule10()) ?? "" }),
    base,
    borders,
    arcs,
  );
  const status = h("span", { class: "muted" });
  const side = h("aside", { class: "map-side" });
  const slider = await periodSlider(route, period, () => void load());
  if (!ctx.alive()) return;
  replace(root, h("div", { class: "toolbar" }, slider, status), h("div", { class: "map-wrap" }, svg, side), h("p", { class: "legend muted" }, "Arcs coloured by mean score per event (red conflict, blue cooperation), width by event count; shaded states have events. Click a state for its page."));

  base.addEventListener("click", (ev) => {
    const code = (ev.target as Element).getAttribute("data-code");
    if (code && (ev.target as Element).classList.contains("active")) location.hash = href("actor", code);
  });

  let seq = 0;
  async function load(): Promise<void> {
    const mine = ++seq;
    status.textContent = "Loading…";
    try {
      const graph = await api.graph({ ...period });
      if (!ctx.alive() || mine !== seq) return;
      const states = graph.nodes.filter((n) => n.kind === "country");
      const names = new Map(states.map((n) => [n.id, n.name]));
      for (const p of countryPaths.values()) p.classList.remove("active");
      for (const n of states) countryPaths.get(n.id)?.classList.add("active");
      const edges = graph.edges.filter((e) => names.has(e.a) && names.has(e.b) && centre.has(e.a) && centre.has(e.b) && e.a !== e.b);
      const maxCount = Math.max(1, ...edges.map((e) => e.count));
      // thin arcs first so the strongest relations are drawn on top
      const ordered = [...edges].sort((x, y) => x.count - y.count);
      const mapTop = path.bounds({ type: "Sphere" })[0][1] + 8;
      const drawn = ordered.map((e) => ({ e, d: bowedArc(projection(centre.get(e.a)!)!, projection(centre.get(e.b)!)!, mapTop) }));
      arcs.replaceChildren(
        // the visible arcs take no clicks: a thick one (Russia – Ukraine) would hide the states under it
        ...drawn.map(({ e, d }) => {
          const arc = s("path", { d, class: "arc", "data-pair": `${e.a}-${e.b}` });
          arc.style.stroke = scoreColor(e.score, e.count);
          arc.style.strokeWidth = String(0.6 + 4 * Math.sqrt(e.count / maxCount));
          return arc;
        }),
        // a thin line along each arc takes its hover and click: the pair's events, this period
        ...drawn.map(({ e, d }) =>
          s(
            "a",
            { href: href("events", null, { actor: e.a, target: e.b, either: "1", status: COUNTED, ...period }), class: "arc-link" },
            s("path", { d, class: "arc-hit", "data-pair": `${e.a}-${e.b}` }, s("title", null, `${names.get(e.a)} – ${names.get(e.b)}: ${count(e.count, "event")}, score ${signed(e.score)} · click for the events`)),
          ),
        ),
      );
      status.textContent = `${num(states.length)} states · ${num(edges.length)} relations`;
      const top = [...edges].sort((x, y) => y.count - x.count).slice(0, 20);
      replace(
        side,
        h("h3", null, "Most reported pairs"),
        h(
          "ol",
          { class: "compact" },
          top.map((e) => {
            const sw = h("span", { class: "swatch" });
            sw.style.background = scoreColor(e.score, e.count);
            return h("li", null, sw, h("a", { href: href("dyad", null, { a: e.a, b: e.b, ...period }) }, `${names.get(e.a)} – ${names.get(e.b)}`), h("span", { class: "muted" }, ` ${num(e.count)}`));
          }),
        ),
      );
      ctx.ready();
    } catch (err) {
      if (ctx.alive()) replace(side, errorBox(err));
    }
  }
  await load();
};
export default view;

/** A flow-map arc between two projected points: a quadratic curve bowed to one side by a fifth of
 * their distance. Drawn in the map's plane, it stays between its two ends, where a great circle
 * drawn on this projection runs along the map's edge near the poles or breaks at the antimeridian. */
function bowedArc([x1, y1]: [number, number], [x2, y2]: [number, number], top: number): string {
  const dx = x2 - x1;
  const dy = y2 - y1;
  // bow towards the top of the map (the normal with negative y), the same way for either order;
  // where that would take the curve's apex (halfway to the control point) over the map's top
  // edge, towards the bottom
  let sign = dx >= 0 ? 1 : -1;
  if ((y1 + y2) / 2 - (sign * dx * 0.2) / 2 < top) sign = -sign;
  const cx = (x1 + x2) / 2 + sign * dy * 0.2;
  const cy = (y1 + y2) / 2 - sign * dx * 0.2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)},${r(y1)}Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`;
}
