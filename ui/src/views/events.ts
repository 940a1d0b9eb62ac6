// Events: every stored event, filtered by actor, target (or a pair either way), type, status,
// dates, outlet and words of its sentence, newest first, a page at a time, each opening its
// article with that event chosen; the filters are the URL's, so a list can be shared, and the same
// filters download it (CSV, JSON). The charts open it: a dyad's bar, a map arc, a graph edge, a
// bloc's cell (several actors a side, comma-separated in a box: RUS,BLR).
import { api } from "../api.js";
import { actorPicker, downloadLinks, errorBox, eventRow, pager } from "../components.js";
import { h, replace } from "../dom.js";
import { num } from "../format.js";
import { href } from "../route.js";
import type { View } from "../view.js";
import { COUNTED_STATUSES, EVENT_STATUSES, EVENT_TYPES } from "./event-kinds.js";

const PAGE = 50;
const FIELDS = ["actor", "target", "either", "party", "type", "status", "since", "until", "outlet", "words"] as const;

const view: View = async (root, ctx) => {
  const p = ctx.route.params;
  const value = (k: string) => p.get(k) ?? "";
  const offset = Math.max(0, Number(p.get("offset") ?? 0) || 0);
  // options: a value alone, or [value, label]
  const select = (name: string, label: string, options: readonly (string | readonly [string, string])[]) =>
    h(
      "label",
      null,
      `${label} `,
      h(
        "select",
        { name },
        h("option", { value: "" }, "any"),
        options.map((o) => {
          const [v, text] = typeof o === "string" ? [o, o.toLowerCase()] : o;
          return h("option", { value: v, selected: value(name) === v ? "" : null }, text);
        }),
      ),
    );
  // the statuses the charts count (a bloc cell, a dyad's bars): a choice of its own
  const counted = COUNTED_STATUSES.join(",");
  const given = value("status");
  const statusOptions: (string | readonly [string, string])[] = [...EVENT_STATUSES, [counted, "all but denied, hypothetical"]];
  // any other list a URL names shows as it is
  if (given.includes(",") && given !== counted) statusOptions.push([given, given.replaceAll(",", ", ")]);
  const form = h(
    "form",
    { class: "toolbar", role: "search", "data-testid": "event-form" },
    actorPicker("actor", value("actor"), "Actor (source)"),
    h("span", null, "→"),
    actorPicker("target", value("target"), "Target"),
    h("label", { title: "events between the two in either direction, as a dyad's chart counts them" }, h("input", { type: "checkbox", name: "either", value: "1", checked: value("either") ? "" : null }), " either way"),
    // the picker is its own label ("Either side"): one label, not two
    h("span", { title: "an actor on either side: the events it acts in or is acted on by" }, actorPicker("party", value("party"), "Either side")),
    select("type", "type", EVENT_TYPES),
    select("status", "status", statusOptions),
    h("label", null, "since ", h("input", { name: "since", value: value("since"), placeholder: "YYYY-MM", size: 10, pattern: "\\d{4}(-\\d{2}){0,2}" })),
    h("label", null, "until ", h("input", { name: "until", value: value("until"), placeholder: "YYYY-MM", size: 10, pattern: "\\d{4}(-\\d{2}){0,2}" })),
    h("label", { title: "reported by an article of this outlet (its whole name)" }, "outlet ", h("input", { name: "outlet", value: value("outlet"), placeholder: "Reuters", size: 12 })),
    h("label", { title: "words that all occur in one report's sentence" }, "words ", h("input", { name: "words", type: "search", value: value("words"), placeholder: "drone strike", size: 14 })),
    h("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = href("events", null, Object.fromEntries(FIELDS.map((k) => [k, String(f.get(k) ?? "").trim()])));
  });
  const results = h("div", { "data-testid": "event-results" });
  replace(root, form, results);
  const filters = Object.fromEntries(FIELDS.map((k) => [k, value(k) || undefined]));
  try {
    const page = await api.events({ ...filters, either: filters.either ? "1" : undefined, limit: PAGE, offset });
    if (!ctx.alive()) return;
    const params = Object.fromEntries(FIELDS.map((k) => [k, value(k)]));
    replace(
      results,
      h(
        "p",
        { class: "muted", "data-testid": "event-count" },
        page.items.length ? `Events ${num(offset + 1)}–${num(offset + page.items.length)} of ${num(page.total)}, newest first` : page.total ? `No events here: ${num(page.total)} match in all.` : "No events match.",
        page.total ? downloadLinks("events", filters) : null,
      ),
      page.items.length ? h("ul", { class: "events", "data-testid": "event-list" }, page.items.map(eventRow)) : null,
      pager("events", params, offset, page.items.length, page.total, PAGE),
    );
  } catch (err) {
    if (ctx.alive()) replace(results, errorBox(err));
  }
  ctx.ready();
};
export default view;
