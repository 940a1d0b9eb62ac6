// Blocs: the communities of the signed relations graph between states (Louvain on cooperation),
// each with its members and the scores inside it and across its border.
import { api } from "../api.js";
import { actorLink, errorBox, periodOf, periodSlider } from "../components.js";
import { h, replace } from "../dom.js";
import { count, scoreColor, signed } from "../format.js";
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
        return h("span", { class: "score" }, sw, `${label} ${signed(value)} (${count(events, "event")})`);
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

/** Modularity (Newman): how much more the blocs cooperate inside than chance would give; about 0.3
 * and more is taken as a clear split in the literature. */
function modularityWords(q: number): string {
  const how = q >= 0.5 ? "a sharp split" : q >= 0.3 ? "a clear split" : q > 0 ? "a weak split" : "no split";
  return `${how} (modularity ${q.toFixed(2)})`;
}
