// Quotes: full-text search over what was said, filtered by speaker, state and date; the form's
// state is the URL's, so a search can be shared.
import { api } from "../api.js";
import { actorPicker, downloadLinks, errorBox, pager } from "../components.js";
import { h, replace } from "../dom.js";
import { num } from "../format.js";
import { href } from "../route.js";
import type { View } from "../view.js";
import { quoteList } from "./actor.js";

const PAGE = 50;
const FIELDS = ["q", "speaker", "state", "since", "until"] as const;

const view: View = async (root, ctx) => {
  const p = ctx.route.params;
  const value = (k: string) => p.get(k) ?? "";
  const offset = Math.max(0, Number(p.get("offset") ?? 0) || 0);
  const form = h(
    "form",
    { class: "toolbar", role: "search", "data-testid": "quote-form" },
    h("label", null, "Words ", h("input", { name: "q", type: "search", value: value("q"), placeholder: "treaty sanctions…", "aria-label": "Search quotes" })),
    actorPicker("speaker", value("speaker"), "Speaker"),
    h("label", null, "State ", h("input", { name: "state", value: value("state"), placeholder: "RUS, Russia", size: 8 })),
    h("label", null, "since ", h("input", { name: "since", value: value("since"), placeholder: "YYYY-MM", size: 10 })),
    h("label", null, "until ", h("input", { name: "until", value: value("until"), placeholder: "YYYY-MM", size: 10 })),
    h("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = href("quotes", null, Object.fromEntries(FIELDS.map((k) => [k, String(f.get(k) ?? "").trim()])));
  });
  const results = h("div", { "data-testid": "quote-results" });
  replace(root, form, results);
  try {
    const filters = { search: value("q") || undefined, speaker: value("speaker") || undefined, state: value("state") || undefined, since: value("since") || undefined, until: value("until") || undefined };
    const page = await api.quotes({ ...filters, limit: PAGE, offset });
    if (!ctx.alive()) return;
    const params = Object.fromEntries(FIELDS.map((k) => [k, value(k)]));
    replace(
      results,
      h(
        "p",
        { class: "muted", "data-testid": "quote-count" },
        page.items.length ? `Quotes ${num(offset + 1)}–${num(offset + page.items.length)} of ${num(page.total)}${value("q") ? ", best match first" : ", newest first"}` : page.total ? `No quotes here: ${num(page.total)} match in all.` : "No quotes match.",
        page.total ? downloadLinks("quotes", filters) : null,
      ),
      quoteList(page.items),
      pager("quotes", params, offset, page.items.length, page.total, PAGE),
    );
  } catch (err) {
    if (ctx.alive()) replace(results, errorBox(err));
  }
  ctx.ready();
};
export default view;
