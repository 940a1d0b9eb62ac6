// `dyad extract`: sources → engine → records on stdout; one message per failed article on stderr.
import { once } from "node:events";
import { extname } from "node:path";
import type { Writable } from "node:stream";
import type { Article } from "../model/types.js";
import { createEngine } from "../engine.js";
import { parseCalendarDate } from "../calendar-date.js";
import { DyadError } from "../errors.js";
import { readJsonLines, readJsonSource, readTextSource, type ArticleDefaults, type SourceItem } from "../sources/read-articles.js";
import { formatPretty } from "./format-pretty.js";
import { printable } from "./printable.js";
import type { CliIO } from "./run-cli.js";

export interface ExtractOptions {
  input?: string;
  published?: string;
  outlet?: string;
  url?: string;
  title?: string;
  id?: string;
  format?: "json" | "jsonl" | "pretty";
  dictionary?: string[];
  maxChars?: number;
  /** also code with the patterns converted from PETRARCH-2 */
  petrarch2?: boolean;
}

export async function runExtract(files: string[], opts: ExtractOptions, io: CliIO): Promise<number> {
  if (!files.length && !opts.input) {
    io.stderr.write("dyad extract: give FILE..., --input FILE.jsonl, or - for standard input (dyad extract --help)\n");
    return 2;
  }
  if (opts.published !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(opts.published) && parseCalendarDate(opts.published))) {
    io.stderr.write(`dyad extract: --published ${printable(opts.published)} is not YYYY-MM-DD, a day of the calendar\n`);
    return 2;
  }
  let engine;
  try {
    engine = createEngine({ dictionaries: opts.dictionary, maxChars: opts.maxChars, convertedPatterns: opts.petrarch2 === true ? true : "held" });
  } catch (e) {
    io.stderr.write(`dyad extract: ${printable((e as Error).message)}\n`);
    return 2;
  }
  const format = opts.format ?? (opts.input ? "jsonl" : "json");
  const defaults: ArticleDefaults = { published: opts.published, outlet: opts.outlet, url: opts.url, title: opts.title, id: opts.id };
  let failed = 0;
  let done = 0;
  for (const source of sources(files, opts, defaults, io)) {
    for await (const item of source) {
      if ("error" in item) {
        failed++;
        report(io.stderr, item.where, null, item.error);
        continue;
      }
      try {
        const rec = engine.extract(item.article, (w) => io.stderr.write(`dyad extract: ${printable(`warning: article ${label(item.article)} (${item.where}): ${w}`)}\n`));
        await write(io.stdout, format === "jsonl" ? JSON.stringify(rec) + "\n" : format === "json" ? JSON.stringify(rec, null, 2) + "\n" : formatPretty(rec));
        done++;
      } catch (e) {
        failed++;
        report(io.stderr, item.where, item.article, e);
      }
    }
  }
  if (failed) io.stderr.write(`dyad extract: ${done} article${done === 1 ? "" : "s"} extracted, ${failed} failed\n`);
  return failed ? 1 : 0;
}

function* sources(files: string[], opts: ExtractOptions, defaults: ArticleDefaults, io: CliIO): Generator<AsyncGenerator<SourceItem>> {
  // --max-chars holds as the bytes arrive: an endless input fails at the limit
  const limits = { maxChars: opts.maxChars };
  if (opts.input) yield readJsonLines(opts.input, defaults, io.stdin, limits);
  for (const f of files) {
    const ext = extname(f).toLowerCase();
    if (ext === ".jsonl" || ext === ".ndjson") yield readJsonLines(f, defaults, io.stdin, limits);
    else if (ext === ".json") yield readJsonSource(f, defaults, limits);
    else yield readTextSource(f, defaults, io.stdin, limits);
  }
}

function label(a: Article): string {
  return JSON.stringify(a.id);
}

function report(stderr: Writable, where: string, article: Article | null, e: unknown): void {
  const msg = e instanceof DyadError ? e.message : `[E_INTERNAL] ${(e as Error).message}`;
  stderr.write(`dyad extract: ${printable(`${article ? `article ${label(article)} (${where})` : where}: ${msg}`)}\n`);
}

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, "drain");
}
