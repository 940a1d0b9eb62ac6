// Articles: the stored articles, newest first, or those whose title or text holds the words
// (ranked); each opens in the article view. The search is the URL's; the same search downloads
// the list (CSV, JSON).
import { api } from "../api.js";
import { downloadLinks, errorBox, pager } from "../components.js";
import { h, replace } from "../dom.js";
import { num, webUrl } from "../format.js";
import { href } from "../route.js";
import type { View } from "../view.js";

const PAGE = 50;

const view: View = async (root, ctx) => {
  const q = ctx.route.params.get("q") ?? "";
  const offset = Math.max(0, Number(ctx.route.params.get("offset") ?? 0) || 0);
  const form = h(
    "form",
    { class: "toolbar", role: "search", "data-testid": "article-form" },
    h("label", null, "Words ", h("input", { name: "q", type: "search", value: q, placeholder: "treaty Tehran…", "aria-label": "Search articles" })),
    h("button", { type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href("articles", null, { q: String(new FormData(form).get("q") ?? "").trim() });
  });
  const results = h("div", { "data-testid": "article-results" });
  replace(root, form, results);
  try {
    const page = await api.articles({ search: q || undefined, limit: PAGE, offset });
    if (!ctx.alive()) return;
    const search = { search: q || undefined };
    replace(
      results,
      h(
        "p",
        { class: "muted", "data-testid": "article-count" },
        page.items.length ? `Articles ${num(offset + 1)}–${num(offset + page.items.length)} of ${num(page.total)}${q ? ", best match first" : ", newest first"}` : page.total ? `No articles here: ${num(page.total)} match in all.` : "No articles match.",
        page.total ? downloadLinks("articles", search) : null,
      ),
      page.items.length
        ? h(
            "ul",
            { class: "articles", "data-testid": "article-list" },
            page.items.map((a) =>
              h(
                "li",
                { class: "article-item" },
                h("span", { class: "date" }, a.published ?? "undated"),
                " ",
                h("a", { href: href("article", a.id) }, a.title || a.id),
                a.outlet ? h("span", { class: "muted" }, ` · ${a.outlet}`) : null,
                a.copies > 1 ? h("span", { class: "muted", title: "stored articles with the same text (syndicated copies)" }, ` · ${num(a.copies)} copies`) : null,
                webUrl(a.url) ? [" · ", h("a", { href: webUrl(a.url), rel: "noopener noreferrer", target: "_blank" }, "source")] : null,
              ),
            ),
          )
        : null,
      pager("articles", { q }, offset, page.items.length, page.total, PAGE),
    );
  } catch (err) {
    if (ctx.alive()) replace(results, errorBox(err));
  }
  ctx.ready();
};
export default view;
