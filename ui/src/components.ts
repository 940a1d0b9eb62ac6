// Pieces several views share: the time-range slider (and a view's period kept in the URL), the
// actor picker, an event row.
import { api, apiUrl, ApiError, type ActorMatch, type Stats, type StoredEvent } from "./api.js";
import { h, type Child } from "./dom.js";
import { href, replaceParams, type Route } from "./route.js";
import { ruleWords, typeColor, webUrl } from "./format.js";

/** The first and last event months the store knows, from /api/stats. */
export function eventMonths(stats: Stats): [string, string] | null {
  const month = (d: string | null, end: boolean) => (!d ? null : d.length === 4 ? `${d}-${end ? "12" : "01"}` : d.slice(0, 7));
  const first = month(stats.firstEventDate, false);
  const last = month(stats.lastEventDate, true);
  return first && last ? [first, last] : null;
}

export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const ly = Number(last.slice(0, 4));
  const lm = Number(last.slice(5, 7));
  while ((y < ly || (y === ly && m <= lm)) && out.length < 2400) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [m, y] = [1, y + 1];
  }
  return out;
}

/**
 * Two sliders over the months that have events. `onChange(since, until)` runs once the user lets go
 * (or after a short pause while dragging), with undefined for an open end.
 */
export async function timeRange(since: string | null, until: string | null, onChange: (since?: string, until?: string) => void): Promise<HTMLElement> {
  const range = eventMonths(await api.stats());
  if (!range) return h("div", { class: "range muted" }, "No dated events yet.");
  const months = monthsBetween(range[0], range[1]);
  const last = months.length - 1;
  const index = (m: string | null, fallback: number) => {
    const i = m ? months.indexOf(m.slice(0, 7)) : -1;
    return i < 0 ? fallback : i;
  };
  const from = h("input", { type: "range", min: 0, max: last, step: 1, value: index(since, 0), "aria-label": "from month", "data-testid": "range-from" });
  const to = h("input", { type: "range", min: 0, max: last, step: 1, value: index(until, last), "aria-label": "to month", "data-testid": "range-to" });
  const label = h("span", { class: "range-label" });
  const show = () => {
    label.textContent = `${months[Number(from.value)]} – ${months[Number(to.value)]}`;
  };
  let timer: number | undefined;
  const emit = () => {
    window.clearTimeout(timer);
    const a = Number(from.value);
    const b = Number(to.value);
    onChange(a > 0 ? months[a] : undefined, b < last ? months[b] : undefined);
  };
  const onInput = (moved: HTMLInputElement) => {
    if (Number(from.value) > Number(to.value)) (moved === from ? to : from).value = moved.value;
    show();
    window.clearTimeout(timer);
    timer = window.setTimeout(emit, 300);
  };
  from.addEventListener("input", () => onInput(from));
  to.addEventListener("input", () => onInput(to));
  from.addEventListener("change", emit);
  to.addEventListener("change", emit);
  show();
  return h("div", { class: "range" }, h("span", { class: "muted" }, "Time "), from, to, label);
}

/** A view's period, kept in its URL (since, until; open ends undefined). */
export interface Period {
  since?: string;
  until?: string;
}

export function periodOf(route: Route): Period {
  return { since: route.params.get("since") ?? undefined, until: route.params.get("until") ?? undefined };
}

/** The slider of a view's period: moving it changes `period` in place, writes it into the URL and
 * calls `reload`. */
export function periodSlider(route: Route, period: Period, reload: () => void): Promise<HTMLElement> {
  return timeRange(period.since ?? null, period.until ?? null, (since, until) => {
    period.since = since;
    period.until = until;
    replaceParams(route, { since, until });
    reload();
  });
}

/** A text field with suggestions from /api/actors. It takes whatever the API resolves (a code in
 * any case, a name, a demonym, an id); a suggestion fills in the actor's id (a state's id is its
 * code), so that choosing "Vladimir Putin (person)" asks for Putin himself, not his state. */
export function actorPicker(name: string, value: string, label: string): HTMLElement {
  const listId = `actors-${name}`;
  const list = h("datalist", { id: listId });
  const input = h("input", { name, value, list: listId, placeholder: "Russia, RUS, Putin, person:vladimir-putin…", autocomplete: "off", "aria-label": label });
  let seq = 0;
  input.addEventListener("input", async () => {
    const q = input.value.trim();
    if (q.length < 2) return;
    const mine = ++seq;
    try {
      const { items } = await api.actors({ search: q, limit: 12 });
      if (mine !== seq) return;
      list.replaceChildren(...items.map((a) => h("option", { value: a.id }, `${a.name} (${a.kind})`)));
    } catch {
      // suggestions are a convenience: a failed look-up leaves the field as typed
    }
  });
  return h("label", null, `${label} `, input, list);
}

export const actorLink = (code: string, name?: string | null): HTMLElement => h("a", { href: href("actor", code), class: "actor" }, name || code);

export const parties = (codes: string[]): Child[] => (codes.length ? codes.flatMap((c, i) => [i ? ", " : null, actorLink(c)]) : ["—"]);

export const typeBadge = (type: string, cameo?: string | null): HTMLElement => {
  const b = h("span", { class: "type", title: cameo ? `CAMEO ${cameo}` : null }, type);
  b.style.borderLeftColor = typeColor(type);
  return b;
};

/** The actors behind one side's codes, "(Vladimir Putin)": who of a state acted, or was acted on. */
function behind(e: StoredEvent, side: "source" | "target"): Child[] {
  const xs = (e.actors ?? []).filter((a) => a.side === side);
  return xs.length ? [" (", ...xs.flatMap((a, i) => [i ? ", " : null, h("a", { href: href("actor", a.id), class: "actor behind", "data-testid": `behind-${side}` }, a.name)]), ")"] : [];
}

/** One event with the sentence and article it came from. */
export function eventRow(e: StoredEvent): HTMLElement {
  return h(
    "li",
    { class: "event" },
    h(
      "div",
      null,
      h("span", { class: "date" }, e.date ?? "undated"),
      " ",
      typeBadge(e.type, e.cameo),
      " ",
      h("span", { class: `status status-${e.status}` }, e.status),
      " ",
      ...parties(e.source),
      ...behind(e, "source"),
      " → ",
      ...parties(e.target),
      ...behind(e, "target"),
      e.sourceCount > 1 ? h("span", { class: "muted" }, ` · ${e.sourceCount} reports`) : null,
    ),
    h("blockquote", null, e.firstReport.sentence),
    h(
      "div",
      { class: "muted small" },
      `trigger “${e.firstReport.trigger}” · `,
      h("span", { class: "rule", title: e.firstReport.rule }, ruleWords(e.firstReport.rule)),
      " · ",
      // the article with this event chosen (the article view finds its report by the event's id)
      h("a", { href: href("article", e.firstReport.article, { eid: e.id }) }, "article"),
      webUrl(e.firstReport.url) ? [" · ", h("a", { href: webUrl(e.firstReport.url), rel: "noopener noreferrer", target: "_blank" }, "source")] : null,
    ),
  );
}

/** An error as the API gave it; for a name that named no actor or several, the closest actors as
 * links (`hrefFor` says where each leads: by default its page). */
export function errorBox(err: unknown, hrefFor: (m: ActorMatch) => string = (m) => href("actor", m.id)): HTMLElement {
  const matches = err instanceof ApiError ? err.matches : [];
  return h(
    "div",
    { class: "error", role: "alert" },
    h("p", null, err instanceof Error ? err.message : String(err)),
    matches.length
      ? h(
          "p",
          { "data-testid": "actor-matches" },
          err instanceof ApiError && err.code === "E_AMBIGUOUS_ACTOR" ? "Which one? " : "Did you mean ",
          matches.flatMap((m, i) => [i ? ", " : null, h("a", { href: hrefFor(m), title: `${m.id} · ${m.kind}` }, `${m.name} (${m.kind})`)]),
        )
      : null,
  );
}

/** The pager of a list view: "← previous" and "next →" links to the same view with the same
 * filters (`params`), `size` items a page from `offset`; `shown` items are on this page of `total`. */
export function pager(view: string, params: Record<string, string | number | null>, offset: number, shown: number, total: number, size: number): HTMLElement {
  return h(
    "p",
    { class: "pager" },
    offset > 0 ? h("a", { href: href(view, null, { ...params, offset: Math.max(0, offset - size) || null }) }, "← previous") : null,
    " ",
    offset + shown < total ? h("a", { href: href(view, null, { ...params, offset: offset + size }) }, "next →") : null,
  );
}

/** " · download all CSV JSON": the API's download of a list (`path`.csv, .json) with its filters. */
export function downloadLinks(path: string, filters: Record<string, string | undefined>): Child[] {
  return [" · download all ", h("a", { href: apiUrl(`${path}.csv`, filters), download: "" }, "CSV"), " ", h("a", { href: apiUrl(`${path}.json`, filters), download: "" }, "JSON")];
}
