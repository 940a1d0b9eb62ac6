// Blocs: the communities of the signed relations graph between states (Louvain on cooperation),
// each with its members and the scores inside it and across its border, and a table of blocs by
// blocs whose cells open the events behind them (the Events view filtered to the cell).
import { api } from "../api.js";
import { blocEventFilter, cellEventFilter } from "../../../src/query/bloc-cell.js";
import type { BlocCell, Blocs } from "../../../src/query/blocs.js";
import { actorLink, errorBox, periodOf, periodSlider } from "../components.js";
import { h, replace } from "../dom.js";
import { count, num, scoreColor, signed } from "../format.js";
import { href } from "../route.js";
import type { View } from "../view.js";

const view: View = async (root, ctx) => {
  const { route } = ctx;
  const period = periodOf(route);
  const body = h("div");
  const slider = await periodSlider(route, period, () => void load());
  if (!ctx.alive()) return;
  replace(root, h("div", { class: "toolbar" }, slider), body);
  let seq = 0;
  async function load(): Promise<void> {
    const mine = ++seq;
    try {
      const d = await api.blocs({ ...period });
      if (!ctx.alive() || mine !== seq) return;
      // the events behind a count open in the Events view: inside, or across to every other bloc
      const score = (label: string, value: number, events: number, id: number, where: "inside" | "across") => {
        const sw = h("span", { class: "swatch" });
        sw.style.background = scoreColor(value, Math.max(1, events));
        const n = count(events, "event");
        return h("span", { class: "score" }, sw, `${label} ${signed(value)} (`, events ? h("a", { href: eventsHref(blocEventFilter(d, id, where)), "data-testid": `bloc-${where}-${id}` }, n) : n, ")");
      };
      replace(
        body,
        // in words for people; the method and the exact modularity on hover
        h(
          "p",
          { class: "muted", title: `${d.method}; modularity ${d.modularity.toFixed(3)}` },
          `${count(d.blocs.length, "bloc")} of states that cooperate more with each other than with the rest · ${modularityWords(d.modularity)}`,
        ),
        h(
          "div",
          { class: "blocs", "data-testid": "blocs" },
          d.blocs.map((b) =>
            h(
              "section",
              { class: "bloc" },
              h("h3", null, `Bloc ${b.id} · ${b.members.length} ${b.members.length === 1 ? "state" : "states"}`),
              h("p", null, score("inside", b.internal, b.internalEvents, b.id, "inside"), " ", score("across", b.external, b.externalEvents, b.id, "across")),
              h("p", { class: "members" }, b.members.flatMap((m, i) => [i ? ", " : null, actorLink(m.code, m.name)])),
            ),
          ),
        ),
        d.blocs.length ? cellTable(d) : null,
      );
    } catch (err) {
      if (ctx.alive()) replace(body, errorBox(err));
    }
    ctx.ready();
  }
  await load();
};
export default view;

/** Modularity (Newman): how much more the blocs cooperate inside than chance would give; about 0.3
 * and more is taken as a clear split in the literature. */
function modularityWords(q: number): string {
  const how = q >= 0.5 ? "a sharp split" : q >= 0.3 ? "a clear split" : q > 0 ? "a weak split" : "no split";
  return `${how} (modularity ${q.toFixed(2)})`;
}

/** Blocs by blocs: each cell the events between the two (inside one bloc on the diagonal), either
 * way, each once, with the summed score of its pairs; a cell with events opens them. The table is
 * symmetric: both halves show the one cell. */
function cellTable(d: Blocs): HTMLElement {
  const cellOf = new Map<string, BlocCell>(d.cells.map((c) => [`${c.a} ${c.b}`, c]));
  const cell = (x: number, y: number) => cellOf.get(x <= y ? `${x} ${y}` : `${y} ${x}`);
  const td = (x: number, y: number) => {
    const c = cell(x, y);
    if (!c || !c.events) return h("td", { class: "num muted" }, "—");
    const link = h(
      "a",
      {
        href: eventsHref(cellEventFilter(d, c)),
        "data-testid": `bloc-cell-${c.a}-${c.b}`,
        title: `${x === y ? `inside bloc ${x}` : `between bloc ${c.a} and bloc ${c.b}`}: ${count(c.events, "event")} (not denied or hypothetical), score ${signed(c.score)}`,
      },
      num(c.events),
    );
    const sw = h("span", { class: "swatch" });
    sw.style.background = scoreColor(c.score, Math.max(1, c.events));
    return h("td", { class: "num" }, sw, link, h("span", { class: "muted small" }, ` ${signed(c.score)}`));
  };
  const ids = d.blocs.map((b) => b.id);
  return h(
    "section",
    null,
    h("h3", null, "Events between blocs"),
    h("p", { class: "muted small" }, "Each cell: the events between the two blocs' states in either direction (on the diagonal, inside one bloc), each event once, and their score. A number opens its events."),
    h(
      "table",
      { class: "bloc-cells", "data-testid": "bloc-cells" },
      h("thead", null, h("tr", null, h("th", null, ""), ids.map((y) => h("th", { class: "num" }, `Bloc ${y}`)))),
      h("tbody", null, ids.map((x) => h("tr", null, h("th", null, `Bloc ${x}`), ids.map((y) => td(x, y))))),
    ),
  );
}

/** The Events view of a bloc filter: its actor sets comma-separated in the boxes. */
function eventsHref(f: ReturnType<typeof cellEventFilter>): string {
  return href("events", null, { actor: f.actors.join(","), target: f.targets.join(","), either: "1", status: f.statuses?.join(","), since: f.since, until: f.until });
}
