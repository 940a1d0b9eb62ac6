// `dyad query events | quotes | dyad`: flags → query/ → a table on a terminal, or --format json | csv.
// Every command declares its flags here; what runs a query (query-run.ts, with the store drivers,
// the actor names of the lexicon and graphology) loads when one runs: `dyad extract` declares the
// query commands too, and should not pay for them.
import { Command, Option } from "commander";
import { positiveNumber, wholeNumber } from "./number-options.js";
import { EVENT_STATUSES } from "../query/queries.js";
import { DEFAULT_DB } from "../store/store-spec.js";
import type { CliIO } from "./run-cli.js";


/** Adds `query` and its subcommands to the program; `done` receives each run's exit code. */
export function addQueryCommand(program: Command, io: CliIO, done: (code: number) => void): void {
  const query = program.command("query").description("ask the store what it holds: events, quotes, the relation of two actors over time");
  const common = (cmd: Command) =>
    cmd
      .option("--db <path>", "the store (a SQLite file)", DEFAULT_DB)
      .option("--store <url>", "the store as a URL: clickhouse://HOST:HTTP_PORT[,HOST:PORT]/DATABASE[?cluster=NAME], or a SQLite file (instead of --db)")
      .addOption(new Option("-f, --format <format>", "output: table (for people), json, csv").choices(["table", "json", "csv"]).default("table"));

  common(
    query
      .command("events")
      .description("de-duplicated events, newest first (undated last), with how many articles report each")
      .option("--actor <names>", "the actor on the source side: a code in any case, a name or demonym, an id (RUS, Russia, Putin, person:vladimir-putin); several, repeated or comma-separated (RUS,BLR): any of them", collect)
      .option("--target <names>", "the actor on the target side (as --actor)", collect)
      .option("--either", "with --actor and --target: the events of either direction, as a dyad's chart and a bloc's cell count them")
      .option("--party <name>", "an actor on either side: the events it acts in or is acted on by (as --actor, one)")
      .option("--outlet <name>", "reported by an article of this outlet (its whole name, any case: Reuters)")
      .option("--words <words>", "words that all occur in one report's sentence (any case, parts of words: sanction)")
      .option("--type <type>", "a PLOVER type (AGREE, ASSAULT, ...)")
      .option("--since <date>", "on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--until <date>", "on or before, at its own precision (2024-03: all of March)")
      .option("--status <statuses>", `the event's status (${EVENT_STATUSES.join(", ")}); several, repeated or comma-separated: any of them`, collect)
      .option("--oldest", "oldest first (undated still last)")
      .option("--limit <n>", "at most this many", wholeNumber, 100)
      .option("--offset <n>", "skip this many", wholeNumber, 0),
  ).action(async (opts) => {
    const q = await import("./query-run.js");
    done(await q.run(io, opts, (store) => q.queryEvents(store, opts)));
  });

  common(
    query
      .command("quotes")
      .description("attributed quotes, by speaker and by words, newest first (a search: by relevance)")
      .option("--speaker <name>", "the speaker: a name (Lavrov, Sergei Lavrov), an id or a state's code or name")
      .option("--search <words>", "words the quote contains (all of them; treaty matches treaties)")
      .option("--oldest", "oldest first")
      .option("--limit <n>", "at most this many", wholeNumber, 100)
      .option("--offset <n>", "skip this many", wholeNumber, 0),
  ).action(async (opts) => {
    const q = await import("./query-run.js");
    done(await q.run(io, opts, (store) => q.queryQuotes(store, opts)));
  });

  common(
    query
      .command("dyad")
      .description("events between two actors per month and type, with a cooperation–conflict score (PLOVER quads: +1 verbal and +2 material cooperation, -1 verbal and -2 material conflict)")
      .argument("<a>", "an actor: a code in any case, a name or demonym, an id (RUS, Russia, Putin)")
      .argument("<b>", "another (IRN, Iran)")
      .addOption(new Option("--by <period>", "the period").choices(["month"]).default("month"))
      .option("--since <date>", "from (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--until <date>", "to, at its own precision")
      .option("--directed", "only events from a to b")
      .option("--status <status...>", `statuses to count (default: occurred ongoing claimed planned)`),
  ).action(async (a: string, b: string, opts) => {
    const q = await import("./query-run.js");
    done(await q.run(io, opts, (store) => q.queryDyad(store, a, b, opts)));
  });

  common(
    query
      .command("actor")
      .description("an actor: who it is, its roles over time, its top partners (events per type, score) and latest quotes")
      .argument("<name>", "part of the name (Putin), an actor id (person:vladimir-putin) or a code (RUS)")
      .option("--matches <n>", "profiles of at most this many matching actors", wholeNumber, 3)
      .option("--partners <n>", "top partners", wholeNumber, 10)
      .option("--quotes <n>", "latest quotes", wholeNumber, 5)
      .option("--since <date>", "partners' events from (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--until <date>", "partners' events to, at its own precision"),
  ).action(async (name: string, opts) => {
    const q = await import("./query-run.js");
    done(await q.run(io, opts, (store) => q.queryActor(store, name, opts)));
  });

  common(
    query
      .command("blocs")
      .description("communities of the signed relations graph between states (Louvain on cooperation-weighted pairs; pairs in net conflict are no edge)")
      .option("--since <date>", "events from (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--until <date>", "events to, at its own precision")
      .option("--status <status...>", "statuses to count (default: occurred ongoing claimed planned)")
      .option("--resolution <r>", "Louvain's resolution: larger gives smaller blocs", positiveNumber, 1)
      .option("--seed <n>", "seed of Louvain's random order", wholeNumber, 1),
  ).action(async (opts) => {
    const q = await import("./query-run.js");
    done(await q.run(io, opts, (store) => q.queryBlocs(store, opts)));
  });
}

/** A repeatable option's values: each given one after the other. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
