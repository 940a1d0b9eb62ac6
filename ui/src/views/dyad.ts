// Dyad: two actors' relation month by month — events per PLOVER type as stacked bars, the
// cooperation–conflict score as a line on its own axis — and the events behind them.
import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { api, type DyadView } from "../api.js";
import { actorLink, actorPicker, errorBox, eventRow } from "../components.js";
import { h, replace, s } from "../dom.js";
import { count, num, signed, typeColor } from "../format.js";
import { href } from "../route.js";
import { COUNTED_STATUSES } from "./event-kinds.js";
import type { View } from "../view.js";

// a chart counts the events not denied or hypothetical: its links list those, so the counts agree
const COUNTED = COUNTED_STATUSES.join(",");

const view: View = async (root, ctx) => {
  const p = ctx.route.params;
  const a = p.get("a") ?? "";
  const b = p.get("b") ?? "";
  const since = p.get("since") ?? "";
  const until = p.get("until") ?? "";
  const form = h(
    "form",
    { class: "toolbar", "data-testid": "dyad-form" },
    actorPicker("a", a, "Actor A"),
    actorPicker("b", b, "Actor B"),
    h("label", null, "since ", h("input", { name: "since", value: since, placeholder: "YYYY-MM", size: 10, pattern: "\\d{4}(-\\d{2}){0,2}" })),
    h("label", null, "until ", h("input", { name: "until", value: until, placeholder: "YYYY-MM", size: 10, pattern: "\\d{4}(-\\d{2}){0,2}" })),
    h("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    const v = (k: string) => String(f.get(k) ?? "").trim();
    location.hash = href("dyad", null, { a: v("a"), b: v("b"), since: v("since"), until: v("until") });
  });
  const body = h("div");
  replace(root, form, body);
  if (!a || !b) {
    replace(body, h("p", { class: "muted" }, "Pick two actors (a name such as Russia or Putin, a code such as RUS, or an actor id), or open a pair from the graph or the map."));
    ctx.ready();
    return;
  }
  try {
    const d = await api.dyad(a, b, { since: since || undefined, until: until || undefined });
    if (!ctx.alive()) return;
    const total = d.periods.reduce((n, x) => n + x.total, 0);
    const score = d.periods.reduce((n, x) => n + x.score, 0);
    replace(
      body,
      h("h2", { "data-testid": "dyad-title" }, actorLink(d.actors.a.id, d.actors.a.name), " and ", actorLink(d.actors.b.id, d.actors.b.name)),
      h("p", { class: "muted" }, `${count(total, "event")} in ${count(d.periods.length, "month")} · score ${signed(score)} (the chart counts what occurred, goes on, is claimed or planned; not what is denied or hypothetical)`),
      d.periods.length ? chart(d) : h("p", { class: "muted" }, "No events between them in this period."),
      legend(d.types),
      h("h3", null, `Latest events, all statuses (${num(d.events.length)})`, " ", h("a", { href: href("events", null, { actor: d.a, target: d.b, either: "1", since, until }), class: "small", "data-testid": "dyad-all-events" }, "all of them, with filters →")),
      d.events.length ? h("ul", { class: "events", "data-testid": "dyad-events" }, d.events.map(eventRow)) : h("p", { class: "muted" }, "None."),
    );
  } catch (err) {
    // a name that named no actor or several: each match opens the dyad with it in that box
    const failed = err instanceof Error && err.message.includes(`path.a ${JSON.stringify(a)}`) ? "a" : "b";
    if (ctx.alive()) replace(body, errorBox(err, (m) => href("dyad", null, { a: failed === "a" ? m.key : a, b: failed === "b" ? m.key : b, since, until })));
  }
  ctx.ready();
};
export default view;

const W = 900;
const H = 300;
// the axis titles sit in the top margin, above the highest tick labels
const M = { top: 26, right: 48, bottom: 40, left: 40 };

function chart(d: DyadView): SVGSVGElement {
  const x = scaleBand<string>()
    .domain(d.periods.map((p) => p.period))
    .range([M.left, W - M.right])
    .padding(0.15);
  const maxTotal = Math.max(1, ...d.periods.map((p) => p.total));
  const y = scaleLinear().domain([0, maxTotal]).nice().range([H - M.bottom, M.top]);
  const extent = Math.max(1, ...d.periods.map((p) => Math.abs(p.score)));
  const yScore = scaleLinear().domain([-extent, extent]).nice().range([H - M.bottom, M.top]);
  const bars = d.periods.flatMap((p) => {
    let base = 0;
    return d.types
      .filter((t) => p.counts[t])
      .map((t) => {
        const n = p.counts[t];
        const rect = s("rect", { x: x(p.period), y: y(base + n), width: x.bandwidth(), height: y(base) - y(base + n), class: "bar" }, s("title", null, `${p.period} ${t}: ${n} · click for the events`));
        rect.style.fill = typeColor(t);
        base += n;
        // a bar opens its events: this pair either way, this month, this type (all statuses: the
        // list says which were counted)
        return s("a", { href: href("events", null, { actor: d.a, target: d.b, either: d.directed ? null : "1", type: t, since: p.period, until: p.period, status: COUNTED }), class: "bar-link" }, rect);
      });
  });
  const mid = (period: string) => (x(period) ?? 0) + x.bandwidth() / 2;
  const scoreLine = line<DyadView["periods"][number]>()
    .x((p) => mid(p.period))
    .y((p) => yScore(p.score));
  // at most ~12 month labels, so that long series stay readable
  const every = Math.max(1, Math.ceil(d.periods.length / 12));
  return s(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": "Events per month by type, with the score line", "data-testid": "dyad-chart" },
    s("line", { x1: M.left, x2: W - M.right, y1: yScore(0), y2: yScore(0), class: "zero" }),
    y.ticks(5).map((t) => s("g", null, s("line", { x1: M.left - 4, x2: M.left, y1: y(t), y2: y(t), class: "tick" }), s("text", { x: M.left - 6, y: y(t) + 4, "text-anchor": "end", class: "axis" }, num(t)))),
    yScore.ticks(5).map((t) => s("text", { x: W - M.right + 6, y: yScore(t) + 4, class: "axis score" }, signed(t))),
    d.periods.map((p, i) => (i % every === 0 ? s("text", { x: mid(p.period), y: H - M.bottom + 16, "text-anchor": "middle", class: "axis" }, p.period) : null)),
    s("text", { x: 4, y: 12, class: "axis axis-title" }, "events"),
    s("text", { x: W - 4, y: 12, "text-anchor": "end", class: "axis axis-title score" }, "score"),
    bars,
    s("path", { d: scoreLine(d.periods) ?? "", class: "score-line" }),
    d.periods.map((p) => s("circle", { cx: mid(p.period), cy: yScore(p.score), r: 2.5, class: "score-dot" }, s("title", null, `${p.period}: score ${signed(p.score)}, ${p.total} events`))),
  );
}

function legend(types: string[]): HTMLElement {
  return h(
    "p",
    { class: "legend" },
    types.map((t) => {
      const sw = h("span", { class: "swatch" });
      sw.style.background = typeColor(t);
      return h("span", { class: "legend-item" }, sw, t);
    }),
    h("span", { class: "legend-item" }, h("span", { class: "swatch line" }), "score (right axis)"),
  );
}
