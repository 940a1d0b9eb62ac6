// What runs `dyad query`'s commands (declared in query-command.ts): opens the store, asks query/,
// prints a table on a terminal, or --format json | csv. Loaded when a query runs.
import { DyadError } from "../errors.js";
import { QUAD_OF_TYPE } from "../query/plover-quads.js";
import { dyadSeries, eventSideFilter, listEvents, listQuotes, EVENT_STATUSES, type DyadPeriod } from "../query/queries.js";
import { loadActorNames, matchActor, actorError, resolveActor, type ActorNames } from "../query/resolve-actor.js";
import { renderCsv, renderTable, type Column } from "../query/render-rows.js";
import { storeSpec } from "../store/store-spec.js";
import type { EventStatus, Store, StoredEvent, StoredQuote } from "../store/store.js";
import type { ActorProfile } from "../query/actor-profile.js";
import type { Bloc } from "../query/blocs.js";
import { EVENT_CSV_COLUMNS, QUOTE_CSV_COLUMNS } from "../query/export-formats.js";
import type { CliIO } from "./run-cli.js";
import { printable } from "./printable.js";

type Format = "table" | "json" | "csv";

interface CommonOptions {
  db?: string;
  store?: string;
  format?: Format;
}

/** A list option's values, repeated or comma-separated, trimmed; none left: undefined. */
function splitList(values: string[] | undefined): string[] | undefined {
  const list = values?.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  return list?.length ? list : undefined;
}

function statusList(status: string[] | undefined): EventStatus[] | undefined {
  const statuses = splitList(status);
  for (const s of statuses ?? []) if (!EVENT_STATUSES.includes(s as EventStatus)) throw new DyadError("E_QUERY", `--status ${s} is not one of ${EVENT_STATUSES.join(", ")}`);
  return statuses as EventStatus[] | undefined;
}

/** Opens the store read-only, runs one query, prints it; 0, or 2 for a bad query or store. */
export async function run(io: CliIO, opts: CommonOptions, fn: (store: Store) => Promise<Output>): Promise<number> {
  let store: Store | null = null;
  try {
    const { openStore } = await import("../store/open-store.js");
    store = openStore(storeSpec(opts), { readonly: true });
    const out = await fn(store);
    const format = opts.format ?? "table";
    io.stdout.write(format === "json" ? JSON.stringify(out.json, null, 2) + "\n" : format === "csv" ? out.csv() : out.table());
    return 0;
  } catch (e) {
    io.stderr.write(`dyad query: ${printable(e instanceof DyadError ? e.message : (e as Error).message)}\n`);
    return 2;
  } finally {
    await store?.close();
  }
}

interface Output {
  json: unknown;
  table(): string;
  csv(): string;
}

const join = (xs: string[]) => xs.join(" ");

function withBehind(e: StoredEvent, side: "source" | "target"): string {
  const names = (e.actors ?? []).filter((a) => a.side === side).map((a) => a.name);
  return join(e[side]) + (names.length ? ` (${names.join(", ")})` : "");
}

/** The store filter's key of each actor flag given, through the one resolver (query/resolve-actor.ts). */
async function resolveFlags<K extends string>(store: Store, opts: Partial<Record<K, string>>, flags: K[]): Promise<Partial<Record<K, string>>> {
  const given = flags.filter((f) => opts[f] !== undefined);
  if (!given.length) return {};
  const names = await loadActorNames(store);
  return Object.fromEntries(given.map((f) => [f, resolveFlag(names, `--${f}`, opts[f]!).key])) as Partial<Record<K, string>>;
}

/** One flag's actor; an unknown or ambiguous one fails naming the flag and the closest matches. */
function resolveFlag(names: ActorNames, flag: string, input: string) {
  return resolveActor(input, names, flag || undefined);
}

export async function queryEvents(store: Store, opts: { actor?: string[]; target?: string[]; either?: boolean; party?: string; outlet?: string; words?: string; type?: string; since?: string; until?: string; status?: string[]; oldest?: boolean; limit: number; offset: number }): Promise<Output> {
  const { oldest, actor, target, party, status, ...filter } = opts;
  const names = actor || target ? await loadActorNames(store) : null;
  const keys = (flag: string, given: string[] | undefined) => splitList(given)?.map((n) => resolveFlag(names!, flag, n).key);
  const statuses = statusList(status);
  // newest first, as the API and the UI list them (issue 15: one order everywhere)
  const events = await listEvents(store, {
    ...filter,
    ...eventSideFilter(keys("--actor", actor), keys("--target", target)),
    ...(await resolveFlags(store, { party }, ["party"])),
    ...(statuses && statuses.length > 1 ? { statuses } : { status: statuses?.[0] }),
    newestFirst: !oldest,
  });
  const table: Column<StoredEvent>[] = [
    { header: "date", value: (e) => e.date },
    { header: "type", value: (e) => e.type },
    { header: "status", value: (e) => e.status },
    // the actors behind the codes, "RUS (Vladimir Putin)": who of a state acted
    { header: "source", value: (e) => withBehind(e, "source"), max: 32 },
    { header: "target", value: (e) => withBehind(e, "target"), max: 32 },
    { header: "articles", value: (e) => e.sourceCount, right: true },
    { header: "stories", value: (e) => e.storyCount, right: true },
    { header: "trigger", value: (e) => e.firstReport.trigger, max: 20 },
    { header: "sentence", value: (e) => e.firstReport.sentence, max: 90 },
  ];
  return { json: events, table: () => renderTable(table, events), csv: () => renderCsv(EVENT_CSV_COLUMNS, events) };
}

export async function queryQuotes(store: Store, opts: { speaker?: string; search?: string; oldest?: boolean; limit: number; offset: number }): Promise<Output> {
  // a quote's speaker is an actor id (a state's id is its code)
  const speaker = opts.speaker === undefined ? undefined : resolveFlag(await loadActorNames(store), "--speaker", opts.speaker).id;
  const { oldest, ...filter } = opts;
  const quotes = await listQuotes(store, { ...filter, speaker, speakerId: speaker !== undefined, newestFirst: !oldest });
  const table: Column<StoredQuote>[] = [
    { header: "published", value: (q) => q.published },
    { header: "speaker", value: (q) => q.speakerName ?? q.speaker, max: 28 },
    { header: "kind", value: (q) => q.kind },
    { header: "outlet", value: (q) => q.outlet, max: 20 },
    { header: "quote", value: (q) => q.text, max: 100 },
  ];
  return { json: quotes, table: () => renderTable(table, quotes), csv: () => renderCsv(QUOTE_CSV_COLUMNS, quotes) };
}

export async function queryDyad(store: Store, a: string, b: string, opts: { by: "month"; since?: string; until?: string; directed?: boolean; status?: string[] }): Promise<Output> {
  const names = await loadActorNames(store);
  const [actorA, actorB] = [resolveFlag(names, "", a), resolveFlag(names, "", b)];
  const series = await dyadSeries(store, actorA.key, actorB.key, { by: opts.by, since: opts.since, until: opts.until, directed: opts.directed, statuses: statusList(opts.status) });
  const columns: Column<DyadPeriod>[] = [
    { header: "month", value: (p) => p.period },
    { header: "events", value: (p) => p.total, right: true },
    { header: "score", value: (p) => p.score, right: true },
    { header: "coop v", value: (p) => p.quads.verbalCooperation, right: true },
    { header: "coop m", value: (p) => p.quads.materialCooperation, right: true },
    { header: "confl v", value: (p) => p.quads.verbalConflict, right: true },
    { header: "confl m", value: (p) => p.quads.materialConflict, right: true },
  ];
  const typeColumn = (t: string): Column<DyadPeriod> => ({ header: t, value: (p) => p.counts[t] ?? 0, right: true });
  // the table shows the pair's own types; the CSV has every PLOVER type, in one order, and the
  // pair (as resolved) on each row, so that the files of several pairs stack into one table
  const csvColumns: Column<DyadPeriod>[] = [
    { header: "a", value: () => actorA.key },
    { header: "b", value: () => actorB.key },
    { header: "directed", value: () => (series.directed ? 1 : 0) },
    ...columns,
    ...Object.keys(QUAD_OF_TYPE).map(typeColumn),
  ];
  columns.push(...series.types.map(typeColumn));
  const label = (x: typeof actorA) => (x.key === x.name ? x.key : `${x.name} (${x.key})`);
  const title = `${label(actorA)} ${series.directed ? "→" : "↔"} ${label(actorB)}, by month (score: +1 verbal, +2 material cooperation; −1 verbal, −2 material conflict)\n`;
  return {
    json: series,
    // the table shows the months with events; json and csv keep every month, for plotting
    table: () => {
      const months = series.periods.filter((p) => p.total > 0);
      const gaps = series.periods.length - months.length;
      return months.length ? title + renderTable(columns, months) + (gaps ? `(${gaps} month${gaps === 1 ? "" : "s"} without events not shown)\n` : "") : `${title}no events\n`;
    },
    csv: () => renderCsv(csvColumns, series.periods),
  };
}

export async function queryActor(store: Store, name: string, opts: { matches: number; partners: number; quotes: number; since?: string; until?: string }): Promise<Output> {
  const { actorProfiles } = await import("../query/actor-profile.js");
  // the actor the name resolves to; a name several actors share gives a profile of each (up to --matches)
  const found = matchActor(name, await loadActorNames(store));
  if ("error" in found && (found.error === "unknown" || !found.matches.length)) throw actorError(name, found);
  const ids = "actor" in found ? [found.actor.id] : found.matches.slice(0, opts.matches).map((m) => m.id);
  const each = await Promise.all(ids.map((id) => actorProfiles(store, id, { matches: 1, partners: opts.partners, quotes: opts.quotes, since: opts.since, until: opts.until })));
  const profiles = each.flatMap((p, i) => p.filter((x) => x.actor.id === ids[i]));
  type Role = ActorProfile["roles"][number];
  type Partner = ActorProfile["partners"][number];
  const roleColumns: Column<ActorProfile["roleSpans"][number]>[] = [
    { header: "from", value: (r) => r.from },
    { header: "to", value: (r) => r.to },
    { header: "articles", value: (r) => r.articles, right: true },
    { header: "role", value: (r) => r.role, max: 60 },
  ];
  const partnerColumns: Column<Partner>[] = [
    { header: "partner", value: (p) => p.code },
    { header: "name", value: (p) => p.name, max: 28 },
    { header: "events", value: (p) => p.events, right: true },
    { header: "score", value: (p) => p.score, right: true },
    { header: "types", value: (p) => typesOf(p.types) },
  ];
  const quoteColumns: Column<StoredQuote>[] = [
    { header: "published", value: (q) => q.published },
    { header: "outlet", value: (q) => q.outlet, max: 20 },
    { header: "quote", value: (q) => q.text, max: 100 },
  ];
  const table = () => {
    // a state named right that no stored article mentions
    if (!profiles.length) return `the store holds no article on ${"actor" in found ? `${found.actor.name} (${found.actor.key})` : JSON.stringify(name)}\n`;
    return profiles
      .map((p) => {
        const a = p.actor;
        const head = `${a.name} (${a.id}; ${a.kind}${a.code ? `, code ${a.code}` : ""}${a.sector ? `, sector ${a.sector}` : ""}; in ${a.articles} article${a.articles === 1 ? "" : "s"})\n`;
        const section = <T>(title: string, columns: Column<T>[], rows: T[]) => `\n${title}\n` + (rows.length ? renderTable(columns, rows) : "none\n");
        return head + section("roles over time (json and csv: one per article)", roleColumns, p.roleSpans) + section("top partners (events per counterpart and type)", partnerColumns, p.partners) + section("latest quotes", quoteColumns, p.quotes);
      })
      .join("\n");
  };
  // one CSV table: a row per role, partner and quote, with the section it belongs to
  interface Row {
    section: string;
    p: ActorProfile;
    date?: string | null;
    partner?: Partner;
    role?: Role;
    quote?: StoredQuote;
  }
  const rows: Row[] = profiles.flatMap((p) => [
    ...p.roles.map((role): Row => ({ section: "role", p, date: role.published, role })),
    ...p.partners.map((partner): Row => ({ section: "partner", p, partner })),
    ...p.quotes.map((quote): Row => ({ section: "quote", p, date: quote.published, quote })),
  ]);
  const csvColumns: Column<Row>[] = [
    { header: "actor", value: (r) => r.p.actor.id },
    { header: "actor_name", value: (r) => r.p.actor.name },
    { header: "section", value: (r) => r.section },
    { header: "date", value: (r) => r.date ?? null },
    { header: "role", value: (r) => r.role?.role ?? null },
    { header: "partner", value: (r) => r.partner?.code ?? null },
    { header: "partner_name", value: (r) => r.partner?.name ?? null },
    { header: "events", value: (r) => r.partner?.events ?? null },
    { header: "score", value: (r) => r.partner?.score ?? null },
    { header: "types", value: (r) => (r.partner ? typesOf(r.partner.types) : null) },
    { header: "text", value: (r) => r.quote?.text ?? r.role?.description ?? null },
    { header: "article", value: (r) => r.role?.article ?? r.quote?.article ?? null },
  ];
  return { json: profiles, table, csv: () => renderCsv(csvColumns, rows) };
}

const typesOf = (types: Record<string, number>): string =>
  Object.entries(types)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");

export async function queryBlocs(store: Store, opts: { since?: string; until?: string; status?: string[]; resolution: number; seed: number }): Promise<Output> {
  const { findBlocs } = await import("../query/blocs.js");
  const r = await findBlocs(store, { since: opts.since, until: opts.until, statuses: statusList(opts.status), resolution: opts.resolution, seed: opts.seed });
  const columns: Column<Bloc>[] = [
    { header: "bloc", value: (b) => b.id, right: true },
    { header: "states", value: (b) => b.members.length, right: true },
    { header: "internal", value: (b) => b.internal, right: true },
    { header: "external", value: (b) => b.external, right: true },
    { header: "members", value: (b) => b.members.map((m) => `${m.code} ${m.name}`).join(", ") },
  ];
  type Member = { bloc: Bloc; code: string; name: string };
  const members: Member[] = r.blocs.flatMap((bloc) => bloc.members.map((m) => ({ bloc, ...m })));
  const csv: Column<Member>[] = [
    { header: "bloc", value: (m) => m.bloc.id },
    { header: "code", value: (m) => m.code },
    { header: "name", value: (m) => m.name },
    { header: "bloc_internal", value: (m) => m.bloc.internal },
    { header: "bloc_external", value: (m) => m.bloc.external },
    { header: "bloc_internal_events", value: (m) => m.bloc.internalEvents },
    { header: "bloc_external_events", value: (m) => m.bloc.externalEvents },
  ];
  const title = `blocs${r.since ? ` since ${r.since}` : ""}${r.until ? ` until ${r.until}` : ""} (${r.method}; modularity ${r.modularity.toFixed(3)})\n`;
  return { json: r, table: () => (r.blocs.length ? title + renderTable(columns, r.blocs) : `${title}no relations between states\n`), csv: () => renderCsv(csv, members) };
}
