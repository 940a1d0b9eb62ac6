// One actor as an analyst asks for it: who it is, the roles articles gave it over time, the
// partners it has events with (counts per type and a cooperation–conflict score) and its latest quotes.
import { DyadError } from "../errors.js";
import type { ActorRole, EventStatus, Store, StoredActor, StoredQuote } from "../store/store.js";
import { typeWeight } from "./plover-quads.js";

export interface Partner {
  /** the counterpart's code (or id when it has none) */
  code: string;
  name: string | null;
  events: number;
  /** Σ PLOVER quad weight of those events */
  score: number;
  /** events per PLOVER type */
  types: Record<string, number>;
}

/** One role as articles gave it (case aside): from its first to its last article's date. */
export interface RoleSpan {
  role: string;
  from: string | null;
  to: string | null;
  articles: number;
}

export interface ActorProfile {
  actor: StoredActor;
  /** one per article that gives a role, oldest first */
  roles: ActorRole[];
  /** the roles summed up: each role once, by its first date */
  roleSpans: RoleSpan[];
  partners: Partner[];
  /** newest first */
  quotes: StoredQuote[];
}

export interface ActorProfileOptions {
  /** profiles of at most this many matching actors (default 3) */
  matches?: number;
  /** top partners (default 10) */
  partners?: number;
  /** latest quotes (default 5) */
  quotes?: number;
  since?: string;
  until?: string;
  statuses?: EventStatus[];
}

/** Profiles of the actors that match a name part, id or code, best match first. */
export async function actorProfiles(store: Store, search: string, options: ActorProfileOptions = {}): Promise<ActorProfile[]> {
  if (!search.trim()) throw new DyadError("E_QUERY", "an actor name, id or code is needed", { search });
  const actors = await store.findActors({ search: search.trim(), limit: options.matches ?? 3 });
  const names = new Map<string, string>();
  const out: ActorProfile[] = [];
  for (const actor of actors) {
    const self = actor.code ?? actor.id;
    const byCode = new Map<string, Partner>();
    // the reads asked together: a store that reads on other threads (or over the network) answers
    // them at once instead of one after another
    const [relations, quotes, roles] = await Promise.all([
      store.relationCounts({ actor: actor.id, since: options.since, until: options.until, statuses: options.statuses }),
      latestQuotes(store, actor.id, options.quotes ?? 5),
      store.actorRoles(actor.id),
    ]);
    for (const r of relations) {
      const counterparts = !r.target.length ? r.source : r.source.includes(self) && !r.target.includes(self) ? r.target : r.target.includes(self) && !r.source.includes(self) ? r.source : [...r.source, ...r.target];
      for (const code of new Set(counterparts)) {
        if (code === self) continue;
        let p = byCode.get(code);
        if (!p) byCode.set(code, (p = { code, name: null, events: 0, score: 0, types: {} }));
        p.events += r.count;
        p.score += r.count * typeWeight(r.type);
        p.types[r.type] = (p.types[r.type] ?? 0) + r.count;
      }
    }
    const partners = [...byCode.values()].sort((a, b) => b.events - a.events || (a.code < b.code ? -1 : 1)).slice(0, options.partners ?? 10);
    await Promise.all(partners.map(async (p) => (p.name = await nameOf(store, names, p.code))));
    out.push({ actor, roles, roleSpans: roleSpans(roles), partners, quotes });
  }
  return out;
}

/** The speaker's latest quotes (an actor may have thousands: only these are read). */
async function latestQuotes(store: Store, speaker: string, n: number): Promise<StoredQuote[]> {
  return store.queryQuotes({ speaker, speakerId: true, newestFirst: true, limit: n });
}

async function nameOf(store: Store, cache: Map<string, string>, code: string): Promise<string | null> {
  if (!cache.has(code)) {
    const [best] = await store.findActors({ search: code, limit: 1 });
    cache.set(code, best && (best.code === code || best.id === code) ? best.name : "");
  }
  return cache.get(code) || null;
}

/** Roles per article → each role (case-insensitive, first spelling kept) with its date range. */
export function roleSpans(roles: ActorRole[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const r of roles) {
    if (!r.role) continue;
    const key = r.role.trim().toLowerCase();
    const s = spans.get(key);
    if (!s) spans.set(key, { role: r.role.trim(), from: r.published, to: r.published, articles: 1 });
    else {
      s.articles++;
      if (r.published && (!s.from || r.published < s.from)) s.from = r.published;
      if (r.published && (!s.to || r.published > s.to)) s.to = r.published;
    }
  }
  return [...spans.values()].sort((a, b) => (a.from ?? "9999").localeCompare(b.from ?? "9999") || a.role.localeCompare(b.role));
}
