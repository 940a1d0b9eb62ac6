// The alerts of the store's watch rules (issue 16): GET /api/alerts, a page of them as JSON in the
// shape of every list route, and GET /api/alerts.atom, the same alerts as an Atom feed (made by
// feedsmith) that any feed reader can follow. Links are relative to the server (RFC 4287 resolves
// them against the feed's own address): the answer is cached by URL, so a link built from the
// request's Host would hand one client's Host to the next.
import { generateAtomFeed } from "feedsmith";
import { z } from "zod";
import { DyadError } from "../errors.js";
import type { StoredAlert } from "../model/alerts.js";
import type { AlertFilter } from "../store/alert-store.js";
import { listBody } from "./schemas.js";
import type { ApiDeps, ApiRoute } from "./routes.js";

/** The UI's article view, opened at the alert's event (ui/src/views/article.ts reads eid). */
export function alertLink(a: Pick<StoredAlert, "article" | "events">): string | null {
  if (!a.article) return null;
  const eid = a.events[0]?.id;
  return `/#/article/${encodeURIComponent(a.article)}${eid ? `?eid=${encodeURIComponent(eid)}` : ""}`;
}

const TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z?)?)?)?$/;
const MAX_LIMIT = 500;

export const alertsQuery = z.object({
  rule: z.string().trim().min(1).max(64).optional().describe("only this rule's alerts (its name)"),
  kind: z.enum(["event", "score"]).optional().describe("event: an event matched; score: a dyad's score crossed the rule's threshold"),
  since: z.string().regex(TIME, "a date YYYY, YYYY-MM, YYYY-MM-DD or an ISO time").optional().describe("fired on or after"),
  until: z.string().regex(TIME, "a date YYYY, YYYY-MM, YYYY-MM-DD or an ISO time").optional().describe("fired on or before, at its own precision"),
  unseen: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("true: only the alerts no `dyad alerts check` has shown"),
  limit: z.coerce.number().int().min(0).max(MAX_LIMIT).default(100).describe(`page size, at most ${MAX_LIMIT}`),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe("items to skip"),
});

const alertStore = (deps: ApiDeps) => deps.alerts ?? (() => {
  throw new DyadError("E_NOT_FOUND", "this server keeps no alerts");
})();

export const ALERT_ROUTES: ApiRoute[] = [
  {
    method: "GET",
    path: "/api/alerts",
    summary: "Alerts fired by the store's watch rules, newest first, each with its rule, event(s), sentence and article",
    query: alertsQuery,
    response: listBody,
    async handle({ query }, deps) {
      const alerts = alertStore(deps);
      const { limit, offset, ...rest } = query as z.output<typeof alertsQuery>;
      const filter: AlertFilter = rest;
      const items = (await alerts.listAlerts({ ...filter, limit, offset })).map((a) => ({ ...a, link: alertLink(a) }));
      const total = items.length > 0 && items.length < limit ? offset + items.length : await alerts.countAlerts(filter);
      return { items, limit, offset, total };
    },
  },
  {
    method: "GET",
    path: "/api/alerts.atom",
    summary: "The latest alerts (the same filters) as an Atom feed",
    query: alertsQuery,
    contentType: "application/atom+xml; charset=utf-8",
    async handle({ query }, deps) {
      const alerts = alertStore(deps);
      const { limit, offset, ...filter } = query as z.output<typeof alertsQuery>;
      return atomFeed(await alerts.listAlerts({ ...filter, limit: limit || 50, offset }));
    },
  },
];

/** XML 1.0 allows no C0 control but tab, newline and return. */
const xmlText = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

export function atomFeed(items: StoredAlert[]): string {
  const updated = new Date(items[0]?.created ?? "1970-01-01T00:00:00.000Z");
  return generateAtomFeed({
    id: "urn:dyad:alerts",
    title: { value: "dyad alerts", type: "text" },
    subtitle: { value: "Events and score changes that the store's watch rules fired on", type: "text" },
    updated,
    links: [
      { href: "/api/alerts.atom", rel: "self", type: "application/atom+xml" },
      { href: "/#/alerts", rel: "alternate", type: "text/html" },
    ],
    generator: { text: "dyad" },
    authors: [{ name: "dyad" }],
    entries: items.map((a) => {
      const link = alertLink(a);
      const lines = [
        a.sentence ? `“${a.sentence}”` : null,
        a.article ? `Article: ${a.article}${a.url ? ` (${a.url})` : ""}` : null,
        a.score ? `Score ${a.score.a}–${a.score.b}: ${a.score.before} (${a.score.previousSince} to the window) → ${a.score.after} (${a.score.since} to ${a.score.until}), change ${a.score.change}` : null,
        `Rule: ${a.ruleName}`,
      ].filter((l): l is string => l !== null);
      return {
        id: `urn:dyad:alert:${a.id}`,
        title: { value: xmlText(`${a.ruleName}: ${a.title}`), type: "text" as const },
        updated: new Date(a.created),
        published: new Date(a.created),
        summary: { value: xmlText(lines.join("\n")), type: "text" as const },
        // RFC 4287 4.1.1.1: an entry without content needs an alternate link; every alert has content
        content: { value: xmlText(lines.join("\n")), type: "text" as const },
        links: link ? [{ href: link, rel: "alternate", type: "text/html" }, ...(a.url ? [{ href: a.url, rel: "related" }] : [])] : a.url ? [{ href: a.url, rel: "related" }] : [],
        categories: [{ term: a.ruleName, label: `rule ${a.ruleName}` }, ...[...new Set(a.events.map((e) => e.type))].map((t) => ({ term: t }))],
      };
    }),
  });
}
