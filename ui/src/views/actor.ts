// Actor: who it is, the roles articles gave it over time, its partners with their scores, its
// quotes and latest events.
import { api, type ActorProfile, type StoredQuote } from "../api.js";
import { actorLink, errorBox, eventRow } from "../components.js";
import { h, replace, s } from "../dom.js";
import { count, num, scoreColor, signed, typeColor } from "../format.js";
import { href } from "../route.js";
import type { View } from "../view.js";

/** events listed on an actor's page */
const EVENTS = 20;

const view: View = async (root, ctx) => {
  const id = ctx.route.arg;
  if (!id) {
    replace(root, h("p", { class: "muted" }, "No actor given. Open one from the graph, the map or a search."));
    ctx.ready();
    return;
  }
  try {
    const profile = await api.actor(id);
    if (!ctx.alive()) return;
    // the key the event filters take: a person's or an agency's own id, so that its page lists the
    // events it acts in or is acted on by, not its state's; a state's code, which events carry for
    // its people and agencies too
    const self = profile.key;
    const forPeople = self === profile.actor.code;
    // the latest first: what an actor did recently is what one opens its page for
    const events = await api.events({ party: self, order: "newest", limit: EVENTS }).catch(() => ({ items: [], total: 0 }));
    if (!ctx.alive()) return;
    const { actor } = profile;
    replace(
      root,
      h("h2", { "data-testid": "actor-name" }, actor.name),
      h("p", { class: "muted" }, [actor.kind, actor.code ? `code ${actor.code}` : null, actor.country && actor.country !== actor.code ? `of ${actor.country}` : null, actor.sector, count(actor.articles, "article"), actor.id !== actor.code ? actor.id : null].filter(Boolean).join(" · ")),
      h("section", null, h("h3", null, "Roles over time"), roles(profile)),
      h("section", null, h("h3", null, "Partners"), partners(profile, self)),
      h("section", null, h("h3", null, "Quotes"), quoteList(profile.quotes), h("a", { href: href("quotes", null, { speaker: actor.id }) }, "All quotes by this speaker →")),
      h(
        "section",
        null,
        h("h3", null, "Events"),
        h(
          "p",
          { class: "muted small", "data-testid": "actor-events-scope" },
          forPeople ? `Events ${profile.actor.name} or its people and agencies act in or are acted on by (events carry ${self} for them all).` : `Events ${profile.actor.name} acts in or is acted on by.`,
        ),
        events.items.length
          ? [
              h("p", { class: "muted", "data-testid": "actor-event-count" }, events.total > events.items.length ? `The latest ${num(events.items.length)} of ${num(events.total)}, newest first` : `${num(events.total)}, newest first`),
              h("ul", { class: "events", "data-testid": "actor-events" }, events.items.map(eventRow)),
              events.total > events.items.length ? h("a", { href: href("events", null, { party: self }), "data-testid": "actor-all-events" }, `All ${num(events.total)} events, with filters →`) : null,
            ]
          : h("p", { class: "muted" }, "None."),
      ),
    );
  } catch (err) {
    if (ctx.alive()) replace(root, errorBox(err));
  }
  ctx.ready();
};
export default view;

function roles(p: ActorProfile): HTMLElement {
  const spans = p.roleSpans.filter((r) => r.from);
  if (!p.roleSpans.length) return h("p", { class: "muted" }, "No article gives a role.");
  const first = spans.length ? spans.map((r) => r.from!).sort()[0] : null;
  const last = spans.length ? spans.map((r) => r.to!).sort().at(-1)! : null;
  const t = (d: string) => Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const t0 = first ? t(first) : 0;
  const t1 = last ? Math.max(t(last), t0 + 86_400_000) : 1;
  const W = 600;
  const rows = p.roleSpans.map((r) => {
    let bar: SVGSVGElement | null = null;
    if (r.from && r.to) {
      const x0 = ((t(r.from) - t0) / (t1 - t0)) * W;
      const x1 = ((t(r.to) - t0) / (t1 - t0)) * W;
      bar = s("svg", { viewBox: `0 0 ${W} 10`, class: "role-bar", preserveAspectRatio: "none" }, s("rect", { x: x0, y: 1, width: Math.max(3, x1 - x0), height: 8 }));
    }
    return h("tr", null, h("td", null, r.role), h("td", { class: "small" }, r.from === r.to ? (r.from ?? "undated") : `${r.from ?? "?"} – ${r.to ?? "?"}`), h("td", { class: "num" }, num(r.articles)), h("td", { class: "bar-cell" }, bar));
  });
  return h("table", { class: "compact roles" }, h("thead", null, h("tr", null, h("th", null, "role"), h("th", null, "dates"), h("th", null, "articles"), h("th", null, first && last ? `${first} … ${last}` : ""))), h("tbody", null, rows));
}

function partners(p: ActorProfile, self: string): HTMLElement {
  if (!p.partners.length) return h("p", { class: "muted" }, "No events with others.");
  return h(
    "table",
    { class: "compact", "data-testid": "partners" },
    h("thead", null, h("tr", null, h("th", null, "partner"), h("th", null, "events"), h("th", null, "score"), h("th", null, "types"), h("th", null, ""))),
    h(
      "tbody",
      null,
      p.partners.map((x) => {
        const sw = h("span", { class: "swatch" });
        sw.style.background = scoreColor(x.score, x.events);
        const types = Object.entries(x.types)
          .sort((m, n) => n[1] - m[1])
          .map(([t, n]) => {
            const b = h("span", { class: "type" }, `${t} ${n}`);
            b.style.borderLeftColor = typeColor(t);
            return b;
          });
        return h("tr", null, h("td", null, actorLink(x.code, x.name)), h("td", { class: "num" }, num(x.events)), h("td", { class: "num" }, sw, signed(x.score)), h("td", null, types), h("td", null, h("a", { href: href("dyad", null, { a: self, b: x.code }) }, "dyad →")));
      }),
    ),
  );
}

export function quoteList(quotes: StoredQuote[]): HTMLElement {
  if (!quotes.length) return h("p", { class: "muted" }, "No quotes.");
  return h(
    "ul",
    { class: "quotes" },
    quotes.map((q) =>
      h(
        "li",
        { class: "quote" },
        h("blockquote", null, q.text),
        h(
          "div",
          { class: "muted small" },
          q.speaker ? actorLink(q.speaker, q.speakerName) : (q.speakerName ?? "unknown speaker"),
          q.cue ? ` · ${q.cue}` : "",
          ` · ${q.kind}`,
          q.published ? ` · ${q.published}` : "",
          q.outlet ? ` · ${q.outlet}` : "",
          " · ",
          h("a", { href: href("article", q.article) }, "article"),
        ),
      ),
    ),
  );
}
