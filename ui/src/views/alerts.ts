// Alerts: what the store's watch rules fired on (dyad alerts add), newest first, each opening its
// event in its article. Filters (rule, kind, since, until, unseen) live in the URL; the Atom feed
// of the same list is linked for feed readers.
import { api, apiUrl, type AlertItem } from "../api.js";
import { errorBox, pager, parties, typeBadge } from "../components.js";
import { h, replace } from "../dom.js";
import { num, webUrl } from "../format.js";
import { href } from "../route.js";
import type { View } from "../view.js";

const PAGE = 50;
const FIELDS = ["rule", "kind", "since", "until", "unseen"] as const;

const view: View = async (root, ctx) => {
  const p = ctx.route.params;
  const value = (k: string) => p.get(k) ?? "";
  const offset = Math.max(0, Number(p.get("offset") ?? 0) || 0);
  const kind = h("select", { name: "kind", "aria-label": "Kind" }, ...["", "event", "score"].map((k) => h("option", { value: k, selected: value("kind") === k ? true : null }, k || "any kind")));
  const form = h(
    "form",
    { class: "toolbar", "data-testid": "alert-form" },
    h("label", null, "Rule ", h("input", { name: "rule", value: value("rule"), placeholder: "treaty", size: 12 })),
    kind,
    h("label", null, "since ", h("input", { name: "since", value: value("since"), placeholder: "YYYY-MM-DD", size: 10 })),
    h("label", null, "until ", h("input", { name: "until", value: value("until"), placeholder: "YYYY-MM-DD", size: 10 })),
    h("label", null, h("input", { type: "checkbox", name: "unseen", value: "true", checked: value("unseen") === "true" ? true : null }), " unseen only"),
    h("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = href("alerts", null, Object.fromEntries(FIELDS.map((k) => [k, String(f.get(k) ?? "").trim()])));
  });
  const query = {
    rule: value("rule") || undefined,
    kind: value("kind") || undefined,
    since: value("since") || undefined,
    until: value("until") || undefined,
    unseen: value("unseen") === "true" ? ("true" as const) : undefined,
  };
  const results = h("div", { "data-testid": "alert-results" });
  const feed = h("p", { class: "small muted" }, "Follow these alerts in a feed reader: ", h("a", { href: apiUrl("alerts.atom", query), type: "application/atom+xml" }, "Atom feed"), " · add rules with ", h("code", null, "dyad alerts add"));
  replace(root, form, feed, results);
  try {
    const page = await api.alerts({ ...query, limit: PAGE, offset });
    if (!ctx.alive()) return;
    const params = Object.fromEntries(FIELDS.map((k) => [k, value(k)]));
    replace(
      results,
      h(
        "p",
        { class: "muted", "data-testid": "alert-count" },
        page.items.length ? `Alerts ${num(offset + 1)}–${num(offset + page.items.length)} of ${num(page.total)}` : page.total ? `No alerts here: ${num(page.total)} in all.` : "No alerts. Rules fire on what is ingested after they are added.",
      ),
      h("ol", { class: "alert-list", "data-testid": "alert-list" }, page.items.map(alertItem)),
      pager("alerts", params, offset, page.items.length, page.total, PAGE),
    );
  } catch (err) {
    if (ctx.alive()) replace(results, errorBox(err));
  }
  ctx.ready();
};

function alertItem(a: AlertItem): HTMLElement {
  const e = a.events[0];
  return h(
    "li",
    { class: `alert alert-${a.kind}${a.seen ? "" : " unseen"}`, "data-alert": a.id },
    h(
      "div",
      null,
      h("span", { class: "muted small" }, a.created.slice(0, 16).replace("T", " ")),
      " ",
      h("a", { href: href("alerts", null, { rule: a.ruleName }), class: "badge" }, a.ruleName),
      " ",
      // the link opens the event in its article (the API's link is the UI's own hash path)
      a.link ? h("a", { href: a.link.replace(/^\//, ""), class: "alert-title" }, a.title) : h("span", { class: "alert-title" }, a.title),
      a.seen ? null : h("span", { class: "small muted" }, " · new"),
    ),
    e && a.kind === "event" ? h("div", { class: "small" }, typeBadge(e.type, e.cameo), " ", parties(e.source), " → ", parties(e.target), ` · ${e.status}${e.date ? ` · ${e.date}` : ""} · ${num(e.stories)} source${e.stories === 1 ? "" : "s"}`) : null,
    a.score ? h("div", { class: "small" }, "score ", h("a", { href: href("dyad", null, { a: a.score.a, b: a.score.b }) }, `${a.score.a}–${a.score.b}`), `: ${a.score.before} → ${a.score.after} (${a.score.change > 0 ? "+" : ""}${a.score.change}) in the window ${a.score.since} to ${a.score.until}`) : null,
    a.sentence ? h("blockquote", { class: "sentence" }, a.sentence) : null,
    webUrl(a.url) ? h("div", { class: "small muted" }, "source: ", h("a", { href: webUrl(a.url), rel: "noopener noreferrer", target: "_blank" }, a.url)) : null,
  );
}

export default view;
