// Blocs: the communities of the signed relations graph between states (Louvain on cooperation),
// each with its members and the scores inside it and across its border.
import { api } from "../api.js";
import { actorLink, errorBox, periodOf, periodSlider } from "../components.js";
import { h, replace } from "../dom.js";
import { num, scoreColor, signed } from "../format.js";
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
      const score = (label: string, value: number, events: number) => {
        const sw = h("span", { class: "swatch" });
        sw.style.background = scoreColor(value, Math.max(1, events));
        return h("span", { class: "score" }, sw, `${label} ${signed(value)} (${num(events)} events)`);
      };
      replace(
        body,
        h("p", { class: "muted" }, `${num(d.blocs.length)} blocs · modularity ${d.modularity.toFixed(3)} · ${d.method}`),
        h(
          "div",
          { class: "blocs", "data-testid": "blocs" },
          d.blocs.map((b) =>
            h(
              "section",
              { class: "bloc" },
              h("h3", null, `Bloc ${b.id} · ${b.members.length} ${b.members.length === 1 ? "state" : "states"}`),
              h("p", null, score("inside", b.internal, b.internalEvents), " ", score("across", b.external, b.externalEvents)),
              h("p", { class: "members" }, b.members.flatMap((m, i) => [i ? ", " : null, actorLink(m.code, m.name)])),
            ),
          ),
        ),
      );
    } catch (err) {
      if (ctx.alive()) replace(body, errorBox(err));
    }
    ctx.ready();
  }
  await load();
};
export default view;
