// The command line: parses flags, calls the engine, prints. Only bin/ calls process.exit.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { Readable, Writable } from "node:stream";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runExtract } from "./extract-command.js";
import { runIngest } from "./ingest-command.js";
import { addQueryCommand } from "./query-command.js";
import { EXPORT_FORMATS, runExport } from "./export-command.js";
import { runServe } from "./serve-command.js";
import { runDemo } from "./demo-command.js";

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

function port(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError("a port number, 0 to 65535 (0: any free port)");
  return Number(v);
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
    .action(async (files: string[], opts) => {
      code = await runExtract(files, opts, io);
    });

  program
    .command("ingest")
    .description("extract articles and store them, de-duplicated, in a store you can query (dyad query)")
    .argument("[sources...]", "text (.txt), JSON (.json) or JSON-lines (.jsonl) files, and folders (read recursively)")
    .option("--db <path>", "the store: a SQLite file, created when missing", "./dyad.db")
    .option("-q, --quiet", "no progress line and no summary (failures are still reported)")
    .option("--batch-size <n>", "articles per transaction", batchSize, 200)
    .option("--published <date>", "publication date of articles that lack one (YYYY-MM-DD)")
    .option("--outlet <name>", "the outlet of articles that lack one")
    .option("-d, --dictionary <file>", "your own actor dictionary; repeatable", (v: string, prev: string[] = []) => [...prev, v])
    .option("--max-chars <n>", "reject articles longer than this many characters", positiveInteger)
    .action(async (sources: string[], opts) => {
      code = await runIngest(sources, opts, io);
    });

  addQueryCommand(program, io, (c) => {
    code = c;
  });

  program
    .command("export")
    .description("write the store's events (gdelt: GDELT 2.0 event TSV, plover: PLOVER JSONL, csv) or its graph of states (gexf, graphml: for Gephi)")
    .option("--db <path>", "the store (a SQLite file)", "./dyad.db")
    .addOption(new Option("-f, --format <format>", "the format").choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option("--since <date>", "events on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--until <date>", "events on or before, at its own precision")
    .option("-o, --out <file>", "write to this file (default: stdout)")
    .option("--header", "gdelt: a first line with the 61 column names")
    .action(async (opts) => {
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
    .action(async (opts) => {
      code = await runServe(opts, io);
    });

  program
    .command("demo")
    .description("ingest a bundled sample of real articles into a temporary store and open the web UI on it")
    .option("--port <n>", "the port", port, 8080)
    .option("--no-open", "print the URL without opening a browser")
    .action(async (opts) => {
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
