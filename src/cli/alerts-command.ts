// `dyad alerts add | list | remove | check`: watch rules and the alerts they fire (issue 16).
// Flags → a validated rule (alerts/rule.ts), names → codes (alerts/resolve-actor.ts); the rules
// and alerts live in the store (store/alert-store.ts). Rules fire after every ingest batch
// (dyad ingest, dyad watch, POST /api/ingest), not here.
import { Command, Option } from "commander";
import { DyadError } from "../errors.js";
import type { StoredAlert, StoredRule } from "../model/alerts.js";
import { renderTable, type Column } from "../query/render-rows.js";
import { DEFAULT_DB, storeSpec } from "../store/store-spec.js";
import { printable } from "./printable.js";
import { positiveNumber, wholeNumber } from "./number-options.js";
import type { CliIO } from "./run-cli.js";



interface StoreOptions {
  db?: string;
  store?: string;
}

export interface AlertsAddOptions extends StoreOptions {
  actor?: string;
  pair?: string[];
  directed?: boolean;
  type?: string[];
  status?: string[];
  minSources?: number;
  scoreDrop?: number;
  scoreRise?: number;
  window?: string;
  webhook?: string;
  allowPrivate?: boolean;
}

export interface AlertsCheckOptions extends StoreOptions {
  since?: string;
  format?: "jsonl" | "table";
  peek?: boolean;
}

/** Adds `alerts` and its subcommands; `done` receives each run's exit code. */
export function addAlertsCommand(program: Command, io: CliIO, done: (code: number) => void, now: () => string = () => new Date().toISOString()): void {
  const alerts = program.command("alerts").description("watch rules: be told when events between the actors you follow happen, or their score moves");
  const common = (cmd: Command) =>
    cmd
      .option("--db <path>", "the store (a SQLite file, created when missing)", DEFAULT_DB)
      .option("--store <url>", "the store as a URL: clickhouse://HOST:HTTP_PORT[,HOST:PORT]/DATABASE[?cluster=NAME], or a SQLite file (instead of --db)");

  common(
    alerts
      .command("add")
      .description("add a rule; it fires on what later ingests store (dyad ingest, dyad watch, POST /api/ingest)")
      .argument("<name>", "the rule's name (letters, digits, . _ -)")
      .option("--actor <actor>", "an actor on either side: a code (RUS), an actor id (person:vladimir-putin) or a name (Russia)")
      .option("--pair <actors...>", "two actors: events between them (either direction unless --directed)")
      .option("--directed", "with --pair A B: only events from A to B")
      .option("--type <types...>", "PLOVER types (AGREE THREATEN ...); default: any")
      .option("--status <statuses...>", "event statuses (occurred ongoing planned claimed denied hypothetical); default: any")
      .option("--min-sources <n>", "fire once the event is reported by this many independent stories (near-copies count once)", wholeNumber)
      .option("--score-drop <n>", "with --pair and --window: fire when the pair's cooperation–conflict score over the window falls by n or more against the window before", positiveNumber)
      .option("--score-rise <n>", "as --score-drop, when it rises by n or more", positiveNumber)
      .option("--window <days>", "the score's window: 30d, 8w, 1y")
      .option("--webhook <url>", "POST each alert here as JSON, signed (X-Dyad-Signature: sha256=HMAC of the body with $DYAD_WEBHOOK_SECRET)")
      .option("--allow-private", "the webhook may be a loopback or private address (refused by default)"),
  ).action(async (name: string, opts: AlertsAddOptions) => done(await runAlertsAdd(name, opts, io, now)));

  common(alerts.command("list").description("the rules, by name").addOption(new Option("-f, --format <format>", "output").choices(["table", "json"]).default("table"))).action(
    async (opts: StoreOptions & { format: "table" | "json" }) => done(await runAlertsList(opts, io)),
  );

  common(alerts.command("remove").description("remove a rule (the alerts it fired stay)").argument("<name>", "the rule's name")).action(async (name: string, opts: StoreOptions) =>
    done(await runAlertsRemove(name, opts, io)),
  );

  common(
    alerts
      .command("check")
      .description("print the alerts not yet seen, newest first, then mark them seen")
      .option("--since <date>", "only alerts fired on or after (YYYY-MM-DD, or an ISO time)")
      .addOption(new Option("-f, --format <format>", "jsonl (one alert per line) or table").choices(["jsonl", "table"]).default("table"))
      .option("--peek", "leave them unseen"),
  ).action(async (opts: AlertsCheckOptions) => done(await runAlertsCheck(opts, io, now)));
}

async function withAlerts<T>(opts: StoreOptions, io: CliIO, what: string, fn: (x: { store: import("../store/store.js").Store; alerts: import("../store/alert-store.js").AlertStore }) => Promise<T>): Promise<T | number> {
  const { openAlertStore, openStore } = await import("../store/open-store.js");
  const spec = storeSpec(opts);
  let store;
  try {
    store = openStore(spec);
    // a fresh store gets its schema here: rules come before the first ingest
    await store.migrate();
  } catch (e) {
    io.stderr.write(`dyad alerts ${what}: ${printable((e as Error).message)}\n`);
    return 2;
  }
  let alerts;
  try {
    alerts = openAlertStore(spec);
  } catch (e) {
    await store.close();
    io.stderr.write(`dyad alerts ${what}: ${printable((e as Error).message)}\n`);
    return 2;
  }
  try {
    return await fn({ store, alerts });
  } catch (e) {
    io.stderr.write(`dyad alerts ${what}: ${printable(e instanceof DyadError ? e.message : String((e as Error)?.message ?? e))}\n`);
    return e instanceof DyadError && (e.code === "E_ALERT_RULE" || e.code === "E_QUERY") ? 2 : 1;
  } finally {
    await alerts.close();
    await store.close();
  }
}

export async function runAlertsAdd(name: string, opts: AlertsAddOptions, io: CliIO, now: () => string = () => new Date().toISOString()): Promise<number> {
  if (opts.pair && opts.pair.length !== 2) {
    io.stderr.write(`dyad alerts add: --pair takes two actors (--pair RUS IRN), not ${opts.pair.length}\n`);
    return 2;
  }
  const { parseRule } = await import("../alerts/rule.js");
  const { resolveActor } = await import("../alerts/resolve-actor.js");
  const r = await withAlerts(opts, io, "add", async ({ store, alerts }) => {
    const actor = opts.actor === undefined ? undefined : await resolveActor(opts.actor, store);
    const pair = opts.pair ? ([await resolveActor(opts.pair[0], store), await resolveActor(opts.pair[1], store)] as [string, string]) : undefined;
    const rule = parseRule({
      name,
      actor,
      pair,
      directed: opts.directed,
      types: opts.type,
      statuses: opts.status,
      minSources: opts.minSources,
      scoreDrop: opts.scoreDrop,
      scoreRise: opts.scoreRise,
      window: opts.window,
      webhook: opts.webhook,
      allowPrivate: opts.allowPrivate,
    });
    const stored = await alerts.addRule(rule, now());
    io.stdout.write(`${printable(`added rule ${stored.name}: ${describeRule(stored)}`)}\n`);
    return 0;
  });
  return r;
}

export async function runAlertsList(opts: StoreOptions & { format?: "table" | "json" }, io: CliIO): Promise<number> {
  return withAlerts(opts, io, "list", async ({ alerts }) => {
    const rules = await alerts.listRules();
    if (opts.format === "json") {
      io.stdout.write(JSON.stringify(rules, null, 2) + "\n");
      return 0;
    }
    if (!rules.length) {
      io.stderr.write("dyad alerts list: no rules (dyad alerts add NAME ...)\n");
      return 0;
    }
    const columns: Column<StoredRule>[] = [
      { header: "name", value: (r) => r.name },
      { header: "watches", value: (r) => describeRule(r) },
      { header: "webhook", value: (r) => r.webhook },
      { header: "added", value: (r) => r.created },
    ];
    io.stdout.write(printableLines(renderTable(columns, rules)));
    return 0;
  });
}

export async function runAlertsRemove(name: string, opts: StoreOptions, io: CliIO): Promise<number> {
  return withAlerts(opts, io, "remove", async ({ alerts }) => {
    if (!(await alerts.removeRule(name))) {
      io.stderr.write(`dyad alerts remove: ${printable(`no rule named ${JSON.stringify(name)} (dyad alerts list)`)}\n`);
      return 1;
    }
    io.stdout.write(`${printable(`removed rule ${name}`)}\n`);
    return 0;
  });
}

export async function runAlertsCheck(opts: AlertsCheckOptions, io: CliIO, now: () => string = () => new Date().toISOString()): Promise<number> {
  if (opts.since !== undefined && !/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z?)?)?)?$/.test(opts.since)) {
    io.stderr.write(`dyad alerts check: --since ${printable(JSON.stringify(opts.since))} is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO time\n`);
    return 2;
  }
  return withAlerts(opts, io, "check", async ({ alerts }) => {
    // every unseen alert, a page at a time; those fired while this runs wait for the next check
    const found: StoredAlert[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await alerts.listAlerts({ unseen: true, since: opts.since, limit: 1000, offset });
      found.push(...page);
      if (page.length < 1000) break;
    }
    if (opts.format === "jsonl") for (const a of found) io.stdout.write(JSON.stringify(a) + "\n");
    else if (found.length) io.stdout.write(printableLines(renderTable(ALERT_COLUMNS, found)));
    else io.stderr.write("dyad alerts check: no new alerts\n");
    if (!opts.peek && found.length) await alerts.markSeen(found.map((a) => a.id), now());
    return 0;
  });
}

const ALERT_COLUMNS: Column<StoredAlert>[] = [
  { header: "fired", value: (a) => a.created.slice(0, 19).replace("T", " ") },
  { header: "rule", value: (a) => a.ruleName },
  { header: "alert", value: (a) => a.title, max: 60 },
  { header: "article", value: (a) => a.article, max: 30 },
  { header: "sentence", value: (a) => a.sentence, max: 100 },
];

/** One line for people: what the rule watches. */
export function describeRule(r: StoredRule): string {
  const who = r.pair ? `${r.pair[0]} ${r.directed ? "→" : "↔"} ${r.pair[1]}` : (r.actor ?? "any actor");
  if (r.score) return `${who}: score ${r.score.change === "drop" ? "drops" : "rises"} by ${r.score.by}+ over ${r.score.windowDays} days${r.statuses.length ? ` (${r.statuses.join(", ")})` : ""}`;
  const parts = [who, r.types.length ? r.types.join("|") : "any type"];
  if (r.statuses.length) parts.push(r.statuses.join("|"));
  if (r.minSources > 1) parts.push(`${r.minSources}+ sources`);
  return parts.join(" ");
}

/** A table's lines, each made printable (a name or sentence may hold an escape sequence). */
const printableLines = (text: string): string => text.split("\n").map(printable).join("\n");
