// Article: the text with actor mentions, event triggers and quotes highlighted from their spans
// (offsets into the text). Choosing an event shows why it exists: its trigger, rule, type, CAMEO
// code, status and parties, with its sentence marked. The text only ever enters the page as text nodes.
import { api, type ArticleView, type EventSpan } from "../api.js";
import { errorBox, parties, typeBadge } from "../components.js";
import { h, replace, type Child } from "../dom.js";
import { ruleWords, webUrl } from "../format.js";
import { href, replaceParams } from "../route.js";
import type { View } from "../view.js";

const view: View = async (root, ctx) => {
  const id = ctx.route.arg;
  if (!id) {
    replace(root, h("p", { class: "muted" }, "No article given."));
    ctx.ready();
    return;
  }
  let data: ArticleView;
  try {
    data = await api.article(id);
  } catch (err) {
    if (ctx.alive()) replace(root, errorBox(err));
    ctx.ready();
    return;
  }
  if (!ctx.alive()) return;
  const { article, spans } = data;
  const textBox = h("div", { class: "article-text", "data-testid": "article-text" });
  const why = h("div", { class: "why", "data-testid": "why" });
  const list = h("ol", { class: "event-list" });
  // ?event=N: the N-th event of this article (the view's own links); ?eid=ID: the report of the
  // stored event ID (the links of event lists and alerts, which know the event, not its place here)
  const eid = ctx.route.params.get("eid");
  let selected = eid !== null ? spans.events.findIndex((e) => e.event === eid) : Number(ctx.route.params.get("event") ?? -1);
  if (!(selected >= 0 && selected < spans.events.length)) selected = -1;

  const select = (i: number) => {
    selected = i;
    replaceParams(ctx.route, { event: i >= 0 ? i : null, eid: null });
    draw();
    textBox.querySelector(".trigger.selected")?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  function draw(): void {
    replace(textBox, ...segments(data, selected, select));
    replace(
      list,
      spans.events.map((e, i) =>
        h(
          "li",
          { class: i === selected ? "selected" : null },
          h("button", { type: "button", class: "link", "data-event": i, on: { click: () => select(i) } }, typeBadge(e.type, e.cameo), ` “${e.trigger}”`),
          " ",
          h("span", { class: "muted small" }, `${e.source.join(", ") || "—"} → ${e.target.join(", ") || "—"}`),
        ),
      ),
    );
    replace(why, ...(selected >= 0 ? explain(spans.events[selected], article.text) : [h("p", { class: "muted" }, "Choose an event (in the text or the list) to see why it exists.")]));
  }

  replace(
    root,
    h(
      "div",
      { class: "article-head" },
      h("h2", null, article.title || article.id),
      h("p", { class: "muted" }, [article.outlet, article.published, article.byline].filter(Boolean).join(" · "), webUrl(article.url) ? [" · ", h("a", { href: webUrl(article.url), rel: "noopener noreferrer", target: "_blank" }, "original")] : null),
      h("p", { class: "legend small" }, h("span", { class: "mention" }, "actor"), " ", h("span", { class: "trigger" }, "event trigger"), " ", h("span", { class: "q" }, "quote"), ` · ${spans.actors.length} mentions, ${spans.events.length} events, ${spans.quotes.length} quotes`),
    ),
    h("div", { class: "article-wrap" }, textBox, h("aside", { class: "article-side" }, h("h3", null, "Why this event"), why, h("h3", null, "Events"), list)),
  );
  draw();
  ctx.ready();
};
export default view;

function explain(e: EventSpan, text: string): Child[] {
  const row = (k: string, ...v: Child[]) => h("tr", null, h("th", null, k), h("td", null, ...v));
  return [
    h(
      "table",
      { class: "compact" },
      row("type", typeBadge(e.type, e.cameo)),
      row("CAMEO", e.cameo ?? "—"),
      row("status", h("span", { class: `status status-${e.status}` }, e.status)),
      row("source", ...parties(e.source)),
      row("target", ...parties(e.target)),
      row("trigger", `“${e.trigger}”`),
      row("rule", h("span", { class: "rule", title: e.rule, "data-testid": "rule" }, ruleWords(e.rule))),
    ),
    h("blockquote", null, text.slice(e.sentenceStart, e.sentenceEnd)),
  ];
}

/**
 * The text cut at every span boundary; each piece carries the classes of the spans that cover it.
 * A piece inside an event trigger selects that event; one inside a mention links to the actor.
 */
function segments({ article, spans }: ArticleView, selected: number, select: (i: number) => void): Child[] {
  const text = article.text;
  const len = text.length;
  const clamp = (n: number) => Math.max(0, Math.min(len, n));
  const sel = selected >= 0 ? spans.events[selected] : null;
  const cuts = new Set<number>([0, len]);
  for (const sp of [...spans.actors, ...spans.events, ...spans.quotes]) cuts.add(clamp(sp.start)).add(clamp(sp.end));
  if (sel) cuts.add(clamp(sel.sentenceStart)).add(clamp(sel.sentenceEnd));
  const points = [...cuts].sort((x, y) => x - y);
  const out: Child[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const piece = text.slice(a, b);
    const covers = <T extends { start: number; end: number }>(sp: T) => sp.start <= a && sp.end >= b;
    const ev = spans.events.findIndex(covers);
    const actor = spans.actors.find(covers);
    const quote = spans.quotes.find(covers);
    const inSentence = sel && sel.sentenceStart <= a && sel.sentenceEnd >= b;
    if (ev < 0 && !actor && !quote && !inSentence) {
      out.push(piece);
      continue;
    }
    const classes = [ev >= 0 ? "trigger" : null, ev >= 0 && ev === selected ? "selected" : null, actor ? "mention" : null, quote ? "q" : null, inSentence ? "sentence" : null].filter(Boolean).join(" ");
    const title = [ev >= 0 ? `${spans.events[ev].type} (${ruleWords(spans.events[ev].rule)})` : null, actor ? `${actor.name} (${actor.kind})` : null, quote ? `quote: ${quote.speakerName ?? "unknown"}${quote.cue ? `, ${quote.cue}` : ""}` : null].filter(Boolean).join(" · ");
    if (ev >= 0) {
      out.push(h("span", { class: classes, title, role: "button", tabindex: 0, "data-event": ev, on: { click: () => select(ev), keydown: (k) => (k as KeyboardEvent).key === "Enter" && select(ev) } }, piece));
    } else if (actor) {
      out.push(h("a", { class: classes, title, href: href("actor", actor.actor) }, piece));
    } else {
      out.push(h("span", { class: classes, title }, piece));
    }
  }
  return out;
}
