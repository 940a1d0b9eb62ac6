// `dyad query events | quotes | dyad`: flags → query/ → a table on a terminal, or --format json | csv.
import { Command, InvalidArgumentError, Option } from "commander";
import { DyadError } from "../errors.js";
import { dyadSeries, listEvents, listQuotes, EVENT_STATUSES, type DyadPeriod } from "../query/queries.js";
import { renderCsv, renderTable, type Column } from "../query/render-rows.js";
import { DEFAULT_DB, openStore } from "../store/open-store.js";
import type { EventStatus, Store, StoredEvent, StoredQuote } from "../store/store.js";
import type { CliIO } from "./run-cli.js";

type Format = "table" | "json" | "csv";

interface CommonOptions {
  db?: string;
  format?: Format;
}

function wholeNumber(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError("a whole number");
  return Number(v);
}

/** Adds `query` and its subcommands to the program; `done` receives each run's exit code. */
export function addQueryCommand(program: Command, io: CliIO, done: (code: number) => void): void {
  const query = program.command("query").description("ask the store what it holds: events, quotes, the relation of two actors over time");
  const common = (cmd: Command) =>
    cmd
      .option("--db <path>", "the store (a SQLite file)", DEFAULT_DB)
      .addOption(new Option("-f, --format <format>", "output: table (for people), json, csv").choices(["table", "json", "csv"]).default("table"));

  common(
    query
      .command("events")
      .description("de-duplicated events, oldest first, with how many articles report each")
      .option("--actor <code>", "an actor code or id on the source side (RUS, person:vladimir-putin)")
      .option("--target <code>", "an actor code or id on the target side")
      .option("--type <type>", "a PLOVER type (AGREE, ASSAULT, ...)")
      .option("--since <date>", "on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--until <date>", "on or before, at its own precision (2024-03: all of March)")
      .addOption(new Option("--status <status>", "the event's status").choices(EVENT_STATUSES))
      .option("--limit <n>", "at most this many", wholeNumber, 100)
      .option("--offset <n>", "skip this many", wholeNumber, 0),
  ).action(async (opts) => done(await run(io, opts, (store) => queryEvents(store, opts))));

  common(
    query
      .command("quotes")
      .description("attributed quotes, by speaker and by words")
      .option("--speaker <name>", "an actor id or part of the speaker's name (Lavrov)")
      .option("--search <words>", "words the quote contains (all of them; treaty matches treaties)")
      .option("--limit <n>", "at most this many", wholeNumber, 100)
      .option("--offset <n>", "skip this many", wholeNumber, 0),
  ).action(async (opts) => done(await run(io, opts, (store) => queryQuotes(store, opts))));

  common(
    query
      .command("dyad")
      .description("events between two actors per month and type, with a cooperation–conflict score (PLOVER quads: +1 verbal and +2 material cooperation, -1 verbal and -2 material conflict)")
      .argument("<a>", "an actor code or id (RUS)")
      .argument("<b>", "another (IRN)")
      .addOption(new Option("--by <period>", "the period").choices(["month"]).default("month"))
      .option("--since <date>", "from (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--until <date>", "to, at its own precision")
      .option("--directed", "only events from a to b")
      .option("--status <status...>", `statuses to count (default: occurred ongoing claimed planned)`),
  ).action(async (a: string, b: string, opts) => done(await run(io, opts, (store) => queryDyad(store, a, b, opts))));
}

/** Opens the store read-only, runs one query, prints it; 0, or 2 for a bad query or store. */
async function run(io: CliIO, opts: CommonOptions, fn: (store: Store) => Promise<Output>): Promise<number> {
  let store: Store | null = null;
  try {
    store = openStore(opts.db ?? DEFAULT_DB, { readonly: true });
    const out = await fn(store);
    const format = opts.format ?? "table";
    io.stdout.write(format === "json" ? JSON.stringify(out.json, null, 2) + "\n" : format === "csv" ? out.csv() : out.table());
    return 0;
  } catch (e) {
    io.stderr.write(`dyad query: ${e instanceof DyadError ? e.message : (e as Error).message}\n`);
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

async function queryEvents(store: Store, opts: { actor?: string; target?: string; type?: string; since?: string; until?: string; status?: EventStatus; limit: number; offset: number }): Promise<Output> {
  const events = await listEvents(store, opts);
  const table: Column<StoredEvent>[] = [
    { header: "date", value: (e) => e.date },
    { header: "type", value: (e) => e.type },
    { header: "status", value: (e) => e.status },
    { header: "source", value: (e) => join(e.source), max: 24 },
    { header: "target", value: (e) => join(e.target), max: 24 },
    { header: "articles", value: (e) => e.sourceCount, right: true },
    { header: "trigger", value: (e) => e.firstReport.trigger, max: 20 },
    { header: "sentence", value: (e) => e.firstReport.sentence, max: 90 },
  ];
  const csv: Column<StoredEvent>[] = [
    { header: "id", value: (e) => e.id },
    { header: "date", value: (e) => e.date },
    { header: "type", value: (e) => e.type },
    { header: "cameo", value: (e) => e.cameo },
    { header: "status", value: (e) => e.status },
    { header: "source", value: (e) => join(e.source) },
    { header: "target", value: (e) => join(e.target) },
    { header: "location", value: (e) => e.location },
    { header: "articles", value: (e) => e.sourceCount },
    { header: "article", value: (e) => e.firstReport.article },
    { header: "url", value: (e) => e.firstReport.url },
    { header: "trigger", value: (e) => e.firstReport.trigger },
    { header: "rule", value: (e) => e.firstReport.rule },
    { header: "sentence", value: (e) => e.firstReport.sentence },
  ];
  return { json: events, table: () => renderTable(table, events), csv: () => renderCsv(csv, events) };
}

async function queryQuotes(store: Store, opts: { speaker?: string; search?: string; limit: number; offset: number }): Promise<Output> {
  const quotes = await listQuotes(store, opts);
  const table: Column<StoredQuote>[] = [
    { header: "published", value: (q) => q.published },
    { header: "speaker", value: (q) => q.speakerName ?? q.speaker, max: 28 },
    { header: "kind", value: (q) => q.kind },
    { header: "outlet", value: (q) => q.outlet, max: 20 },
    { header: "quote", value: (q) => q.text, max: 100 },
  ];
  const csv: Column<StoredQuote>[] = [
    { header: "id", value: (q) => q.id },
    { header: "published", value: (q) => q.published },
    { header: "speaker", value: (q) => q.speaker },
    { header: "speaker_name", value: (q) => q.speakerName },
    { header: "kind", value: (q) => q.kind },
    { header: "cue", value: (q) => q.cue },
    { header: "text", value: (q) => q.text },
    { header: "article", value: (q) => q.article },
    { header: "outlet", value: (q) => q.outlet },
    { header: "url", value: (q) => q.url },
  ];
  return { json: quotes, table: () => renderTable(table, quotes), csv: () => renderCsv(csv, quotes) };
}

async function queryDyad(store: Store, a: string, b: string, opts: { by: "month"; since?: string; until?: string; directed?: boolean; status?: string[] }): Promise<Output> {
  const statuses = opts.status?.flatMap((s) => s.split(",")).filter(Boolean);
  for (const s of statuses ?? []) if (!EVENT_STATUSES.includes(s as EventStatus)) throw new DyadError("E_QUERY", `--status ${s} is not one of ${EVENT_STATUSES.join(", ")}`);
  const series = await dyadSeries(store, a, b, { by: opts.by, since: opts.since, until: opts.until, directed: opts.directed, statuses: statuses as EventStatus[] | undefined });
  const columns: Column<DyadPeriod>[] = [
    { header: "month", value: (p) => p.period },
    { header: "events", value: (p) => p.total, right: true },
    { header: "score", value: (p) => p.score, right: true },
    { header: "coop v", value: (p) => p.quads.verbalCooperation, right: true },
    { header: "coop m", value: (p) => p.quads.materialCooperation, right: true },
    { header: "confl v", value: (p) => p.quads.verbalConflict, right: true },
    { header: "confl m", value: (p) => p.quads.materialConflict, right: true },
    ...series.types.map((t): Column<DyadPeriod> => ({ header: t, value: (p) => p.counts[t] ?? 0, right: true })),
  ];
  const title = `${a} ${series.directed ? "→" : "↔"} ${b}, by month (score: +1 verbal, +2 material cooperation; −1 verbal, −2 material conflict)\n`;
  return {
    json: series,
    // the table shows the months with events; json and csv keep every month, for plotting
    table: () => {
      const months = series.periods.filter((p) => p.total > 0);
      const gaps = series.periods.length - months.length;
      return months.length ? title + renderTable(columns, months) + (gaps ? `(${gaps} month${gaps === 1 ? "" : "s"} without events not shown)\n` : "") : `${title}no events\n`;
    },
    csv: () => renderCsv(columns, series.periods),
  };
}
