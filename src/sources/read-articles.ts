// Sources → articles: text files, JSON files, JSON-lines files and standard input, streamed.
// Each item is an article or an error that names the article (file, line, id); a bad item never
// stops the others. Every input is read as a stream with its limit enforced as the bytes arrive
// (read-limited.ts): a text of more than --max-chars characters, a JSON line or file that cannot
// hold an article within it, fails without being read further.
import { createReadStream } from "node:fs";
import { basename, extname } from "node:path";
import type { Readable } from "node:stream";
import type { Article } from "../model/types.js";
import { DEFAULT_MAX_CHARS } from "../check-article.js";
import { DyadError } from "../errors.js";
import { jsonLineLimit, readLimited, tooLarge } from "./read-limited.js";

export type SourceItem = { article: Article; where: string } | { error: DyadError; where: string };

export interface ArticleDefaults {
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  title?: string | null;
  id?: string | null;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

function decode(bytes: Uint8Array, where: string): string {
  try {
    return decoder.decode(bytes);
  } catch (e) {
    throw new DyadError("E_INVALID_UTF8", where, { where }, e);
  }
}

/** What a reader may take in: the --max-chars of the articles (default 2,000,000). */
export interface ReadLimits {
  maxChars?: number;
}

// A JSON record nested deeper than this is refused: nothing an article carries needs it, and
// handing one to a worker thread (structured clone, which recurses) overflowed its stack at about
// 10,000 levels, so that the same record passed in one thread and failed in a pool.
export const MAX_RECORD_DEPTH = 64;

/** One text file (or standard input as "-") → one article. */
export async function* readTextSource(path: string, defaults: ArticleDefaults, stdin?: Readable, limits: ReadLimits = {}): AsyncGenerator<SourceItem> {
  const where = path === "-" ? "stdin" : path;
  const id = defaults.id ?? (path === "-" ? "stdin" : basename(path, extname(path)));
  try {
    const bytes = await readLimited(path === "-" ? (stdin ?? process.stdin) : createReadStream(path), { maxChars: limits.maxChars ?? DEFAULT_MAX_CHARS }, where);
    yield textItem(bytes, where, id, defaults);
  } catch (e) {
    yield { error: asDyadError(e, where, id), where };
  }
}

/** A text's bytes, read → its article (or the error of its bytes). */
export function textItem(bytes: Uint8Array, where: string, id: string, defaults: ArticleDefaults): SourceItem {
  try {
    const text = decode(bytes, where);
    return { article: { id, text, published: defaults.published ?? null, outlet: defaults.outlet ?? null, url: defaults.url ?? null, title: defaults.title ?? null }, where };
  } catch (e) {
    return { error: asDyadError(e, where, id), where };
  }
}

/** A .json file: one article object or an array of them, read whole up to the size of one JSON
 * line (jsonLineLimit); a larger collection belongs in JSON lines, which are streamed. */
export async function* readJsonSource(path: string, defaults: ArticleDefaults, limits: ReadLimits = {}): AsyncGenerator<SourceItem> {
  let bytes: Buffer;
  try {
    bytes = await readLimited(createReadStream(path), { maxBytes: jsonLineLimit(limits.maxChars ?? DEFAULT_MAX_CHARS) }, path);
  } catch (e) {
    yield { error: asDyadError(e, path, null), where: path };
    return;
  }
  yield* jsonItems(bytes, path, defaults);
}

/** A .json file's bytes, read → its article or articles. */
export function* jsonItems(bytes: Uint8Array, path: string, defaults: ArticleDefaults): Generator<SourceItem> {
  let data: unknown;
  try {
    data = JSON.parse(decode(bytes, path));
  } catch (e) {
    yield { error: asDyadError(e instanceof SyntaxError ? new DyadError("E_NOT_JSON", `${path}: ${e.message}`) : e, path, null), where: path };
    return;
  }
  const list = Array.isArray(data) ? data : [data];
  for (const [i, rec] of list.entries()) {
    const where = Array.isArray(data) ? `${path}[${i}]` : path;
    yield toItem(rec, where, defaults, basename(path, ".json") + (Array.isArray(data) ? `-${i + 1}` : ""));
  }
}

/** JSON lines: one article a line, streamed; a line longer than jsonLineLimit(maxChars) fails
 * alone, unread (its bytes are skipped to the next line end), and bad lines are reported alone. */
export async function* readJsonLines(path: string, defaults: ArticleDefaults, stdin?: Readable, limits: ReadLimits = {}): AsyncGenerator<SourceItem> {
  const name = path === "-" ? "stdin" : path;
  const maxLine = jsonLineLimit(limits.maxChars ?? DEFAULT_MAX_CHARS);
  let stream: Readable;
  try {
    stream = path === "-" ? (stdin ?? process.stdin) : createReadStream(path);
  } catch (e) {
    yield { error: asDyadError(e, name, null), where: name };
    return;
  }
  let lineNo = 0;
  try {
    for await (const line of splitLines(stream, maxLine)) {
      lineNo++;
      const where = `${name}:${lineNo}`;
      if (typeof line === "number") {
        if (line <= maxLine + MAX_SKIPPED) {
          yield { error: tooLarge(where, `the line holds ${line} bytes, more than ${maxLine}`), where };
          continue;
        }
        // a line that never ends (/dev/zero) would be skipped for ever: the input is given up
        yield { error: tooLarge(where, `the line runs past ${maxLine + MAX_SKIPPED} bytes without ending; the rest of ${name} is not read`), where };
        return;
      }
      let text: string;
      try {
        text = decode(line, `line ${lineNo}`);
      } catch (e) {
        yield { error: asDyadError(e, where, null), where };
        continue;
      }
      if (!text.trim()) continue;
      let rec: unknown;
      try {
        rec = JSON.parse(text);
      } catch (e) {
        yield { error: new DyadError("E_NOT_JSON", `${(e as Error).message}`, { where }), where };
        continue;
      }
      yield toItem(rec, where, defaults, `line-${lineNo}`);
    }
  } catch (e) {
    yield { error: asDyadError(e, name, null), where: name };
  } finally {
    // when the reading stopped early (a caller that breaks off, an endless line): the file is closed
    if (path !== "-") stream.destroy();
  }
}

// How far past its limit a line too long to read is skipped, looking for its end (skipping costs
// time, about a second for this, not memory).
const MAX_SKIPPED = 256 * 1024 * 1024;

function toItem(rec: unknown, where: string, defaults: ArticleDefaults, fallbackId: string): SourceItem {
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return { error: new DyadError("E_BAD_RECORD", undefined, { where }), where };
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : fallbackId;
  if (deeperThan(rec, MAX_RECORD_DEPTH)) return { error: new DyadError("E_BAD_RECORD", `nested more than ${MAX_RECORD_DEPTH} levels deep`, { where, id }), where };
  if (typeof r.text !== "string") return { error: new DyadError("E_NO_TEXT_FIELD", undefined, { where, id }), where };
  const str = (v: unknown, d: string | null | undefined) => (typeof v === "string" ? v : (d ?? null));
  return {
    article: {
      ...(r as object),
      id,
      text: r.text,
      published: str(r.published, defaults.published),
      outlet: str(r.outlet, defaults.outlet),
      url: str(r.url, defaults.url),
      title: str(r.title, defaults.title),
      byline: str(r.byline, null),
    } as Article,
    where,
  };
}

/** Whether a parsed JSON value nests deeper than `max` (walked without recursion). */
function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (depth > max) return true;
    if (v && typeof v === "object") for (const child of Object.values(v)) if (child && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}

/** Splits a byte stream at line feeds without decoding, so that each line is checked on its own.
 * A line longer than `maxLine` bytes is not kept: it comes out as its length in bytes. */
async function* splitLines(stream: Readable, maxLine: number): AsyncGenerator<Uint8Array | number> {
  let pending: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      size += nl - from;
      if (over || size > maxLine) yield size;
      else {
        pending.push(buf.subarray(from, nl));
        yield pending.length === 1 ? pending[0] : Buffer.concat(pending);
      }
      pending = [];
      size = 0;
      over = false;
      from = nl + 1;
    }
    if (from < buf.length) {
      size += buf.length - from;
      if (size > maxLine) {
        over = true;
        pending = [];
        // an endless line: reported (and given up) without waiting for an end that never comes
        if (size > maxLine + MAX_SKIPPED) {
          yield size;
          return;
        }
      } else pending.push(buf.subarray(from));
    }
  }
  if (over) yield size;
  else if (pending.length) yield Buffer.concat(pending);
}

function asDyadError(e: unknown, where: string, id: string | null): DyadError {
  if (e instanceof DyadError) return e;
  return new DyadError("E_READ", `${where}: ${(e as Error).message}`, { where, id }, e);
}
