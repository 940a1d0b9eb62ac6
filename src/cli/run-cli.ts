// The command line: parses flags, calls the engine, prints. Only bin/ calls process.exit.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { Readable, Writable } from "node:stream";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { addQueryCommand } from "./query-command.js";
import { EXPORT_FORMATS } from "./export-options.js";
import { addAlertsCommand } from "./alerts-command.js";

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const version = (): string => {
  try {
    const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "package.json"), "utf8"));
    return pkg.version;
  } catch {
    return "0.0.0";
  }
};

function positiveInteger(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError("a whole number of characters, at least 1");
  return Number(v);
}

function seconds(v: string): number {
  if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new InvalidArgumentError("a number of seconds above 0");
  return Number(v);
}

function workerCount(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError("a whole number of threads (0 or 1: extract on the main thread)");
  return Number(v);
}

function readerCount(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) > 64) throw new InvalidArgumentError("a whole number of threads, 0 to 64 (0: read on the main thread)");
  return Number(v);
}

function staleSeconds(v: string): number {
  if (!/^\d+(\.\d+)?$/.test(v) || Number(v) > 3600) throw new InvalidArgumentError("a number of seconds, 0 to 3600");
  return Number(v);
}

function port(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError("a port number, 0 to 65535 (0: any free port)");
  return Number(v);
}

function niceness(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 19) throw new InvalidArgumentError("a whole number from 0 to 19");
  return n;
}

function batchSize(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError("a whole number of articles, at least 1");
  return Number(v);
}

/** Runs dyad with the given arguments (without "node dyad"); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("dyad")
    .description("Turns news into political event data: actors, events and attributed quotes, linked to their sentences.")
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command("extract")
    .description("extract actors, quotes and events from articles; prints one dyad.document/1 record per article")
    .argument("[files...]", "text (.txt), JSON (.json) or JSON-lines (.jsonl) files; - reads one text article from stdin")
    .option("-i, --input <file>", "a JSON-lines file of articles, one {id, text, published, ...} per line (- for stdin)")
    .option("--published <date>", "publication date of the articles (YYYY-MM-DD), the reference for relative dates")
    .option("--outlet <name>", "the outlet that published them")
    .option("--url <url>", "the article's address")
    .option("--title <title>", "the article's title")
    .option("--id <id>", "the article's id (default: the file name)")
    .addOption(new Option("-f, --format <format>", "output: json (one pretty object per article), jsonl, pretty (for people)").choices(["json", "jsonl", "pretty"]))
    .option("-d, --dictionary <file>", "your own actor dictionary (JSON with igos, organizations, persons, metonyms); repeatable", (v: string, prev: string[] = []) => [...prev, v])
    .option("--max-chars <n>", "reject articles longer than this many characters", positiveInteger)
    .option("--petrarch2", "also code with all the verb patterns converted from PETRARCH-2 (data/events-petrarch2.json; by default only the few measured right on unseen news)")
    .action(async (files: string[], opts) => {
      // commands load what they need when they run: `dyad serve` starts without the engine
      const { runExtract } = await import("./extract-command.js");
      code = await runExtract(files, opts, io);
    });

  program
    .command("ingest")
    .description("extract articles and store them, de-duplicated, in a store you can query (dyad query)")
    .argument("[sources...]", "files (.txt .json .jsonl .html; RSS, RDF, Atom and JSON feeds, known by content), folders (read recursively) and http(s) URLs (an article page or a feed)")
    .option("--db <path>", "the store: a SQLite file, created when missing", "./dyad.db")
    .option("--store <url>", "the store as a URL: clickhouse://HOST:HTTP_PORT[,HOST:PORT]/DATABASE[?cluster=NAME], or a SQLite file (instead of --db)")
    .option("-q, --quiet", "no progress bar (failures and the summary are still printed)")
    .option("--batch-size <n>", "articles per transaction", batchSize, 200)
    .option("--published <date>", "publication date of articles that lack one (YYYY-MM-DD)")
    .option("--outlet <name>", "the outlet of articles that lack one")
    .option("-d, --dictionary <file>", "your own actor dictionary; repeatable", (v: string, prev: string[] = []) => [...prev, v])
    .option("--max-chars <n>", "reject articles longer than this many characters", positiveInteger)
    .option("--allow-private", "fetch from private, loopback and link-local addresses too (refused by default)")
    .option("--fetch-links", "read the linked page of a feed item whose own text is short (default for feeds fetched from URLs)")
    .option("--no-fetch-links", "never read feed items' linked pages")
    .option("--timeout <seconds>", "time allowed for each fetch (default 20)", seconds)
    .option("--workers <n>", "extraction threads (default: the number of cores; 0 or 1: none, extract on the main thread)", workerCount)
    .option("--nice <n>", "niceness of the extraction threads and (Linux) the helper threads that collect their garbage, 0-19 (default 10: they yield the CPU to interactive work such as dyad serve; the writer keeps its priority)", niceness)
    .action(async (sources: string[], opts) => {
      const { runIngest } = await import("./ingest-command.js");
      code = await runIngest(sources, opts, io);
    });

  program
    .command("watch")
    .description("poll feeds and store their new items (conditional requests: ETag, Last-Modified); stops on Ctrl-C")
    .argument("[feeds...]", "feed URLs (RSS, RDF, Atom, JSON Feed)")
    .option("--db <path>", "the store: a SQLite file, created when missing", "./dyad.db")
    .option("--store <url>", "the store as a URL: clickhouse://HOST:HTTP_PORT[,HOST:PORT]/DATABASE[?cluster=NAME], or a SQLite file (instead of --db); the feeds' state is kept there too")
    .option("--interval <seconds>", "seconds between polls", seconds, 300)
    .option("--once", "poll once and exit (exit code 1 when a feed or an item failed)")
    .option("--allow-private", "fetch from private, loopback and link-local addresses too (refused by default)")
    .option("--no-fetch-links", "never read feed items' linked pages (read by default when an item's text is short)")
    .option("--timeout <seconds>", "time allowed for each fetch (default 20)", seconds)
    .option("--batch-size <n>", "articles per transaction", batchSize, 200)
    .option("-d, --dictionary <file>", "your own actor dictionary; repeatable", (v: string, prev: string[] = []) => [...prev, v])
    .option("--max-chars <n>", "reject articles longer than this many characters", positiveInteger)
    .action(async (feeds: string[], opts) => {
      const { runWatch } = await import("./watch-command.js");
      code = await runWatch(feeds, opts, io);
    });

  addQueryCommand(program, io, (c) => {
    code = c;
  });

  // watch rules and alerts (issue 16)
  addAlertsCommand(program, io, (c) => {
    code = c;
  });

  program
    .command("export")
    .description("write the store's events (gdelt: GDELT 2.0 event TSV, plover: PLOVER JSONL, csv) or its graph of states (gexf, graphml: for Gephi)")
    .option("--db <path>", "the store (a SQLite file)", "./dyad.db")
    .option("--store <url>", "the store as a URL: clickhouse://HOST:HTTP_PORT[,HOST:PORT]/DATABASE[?cluster=NAME], or a SQLite file (instead of --db)")
    .addOption(new Option("-f, --format <format>", "the format").choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option("--since <date>", "events on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--until <date>", "events on or before, at its own precision")
    .option("-o, --out <file>", "write to this file (default: stdout)")
    .option("--header", "gdelt: a first line with the 61 column names")
    .option("--undated", "gdelt: keep events without a date as rows with empty date fields; by default they are left out, as GDELT rows need SQLDATE")
    .option("--days-only", "gdelt: leave out events dated only to a month or a year (by default their SQLDATE is the month's or year's first day, as GDELT's own)")
    .action(async (opts) => {
      const { runExport } = await import("./export-command.js");
      code = await runExport(opts, io);
    });

  program
    .command("serve")
    .description("serve the store as a JSON API (/api, described at /api/openapi.json) and the web UI; loopback only unless given a token")
    .option("--db <path>", "the store (a SQLite file)", "./dyad.db")
    .option("--store <url>", "the store as a URL (instead of --db)")
    .option("--port <n>", "the port", port, 8080)
    .option("--host <host>", "the address to listen on; another than loopback needs --token", "127.0.0.1")
    .option("--token <token>", "writes (POST /api/ingest) need Authorization: Bearer <token> (default: $DYAD_TOKEN)")
    .option("--readers <n>", "threads that read a SQLite store, each with its own connection (default: the number of cores; 0: read on the main thread)", readerCount)
    .option("--max-stale <s>", "seconds an answer may still be served after another process (dyad ingest) wrote to the store; past that it is refreshed in the background (default 5; 0: always fresh)", staleSeconds)
    .action(async (opts) => {
      const { runServe } = await import("./serve-command.js");
      code = await runServe(opts, io);
    });

  program
    .command("demo")
    .description("ingest a bundled sample of real articles into a temporary store and open the web UI on it")
    .option("--db <path>", "keep the demo store in this SQLite file (created when missing) instead of a temporary one")
    .option("--store <url>", "ingest the sample into this store and serve it: clickhouse://HOST:HTTP_PORT[,HOST:PORT]/DATABASE[?cluster=NAME], or a SQLite file")
    .option("--port <n>", "the port", port, 8080)
    .option("--no-open", "print the URL without opening a browser")
    .action(async (opts) => {
      const { runDemo } = await import("./demo-command.js");
      code = await runDemo(opts, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.stderr.write(`dyad: ${(e as Error).message}\n`);
    return 1;
  }
  return code;
}
