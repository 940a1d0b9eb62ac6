// Sources → articles: text files, JSON files, JSON-lines files and standard input, streamed.
// Each item is an article or an error that names the article (file, line, id); a bad item never
// stops the others.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Readable } from "node:stream";
import type { Article } from "../model/types.js";
import { DyadError } from "../errors.js";

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

/** One text file (or standard input as "-") → one article. */
export async function* readTextSource(path: string, defaults: ArticleDefaults, stdin?: Readable): AsyncGenerator<SourceItem> {
  const where = path === "-" ? "stdin" : path;
  const id = defaults.id ?? (path === "-" ? "stdin" : basename(path, extname(path)));
  try {
    const bytes = path === "-" ? await readAll(stdin ?? process.stdin) : await readFile(path);
    const text = decode(bytes, where);
    yield { article: { id, text, published: defaults.published ?? null, outlet: defaults.outlet ?? null, url: defaults.url ?? null, title: defaults.title ?? null }, where };
  } catch (e) {
    yield { error: asDyadError(e, where, id), where };
  }
}

/** A .json file: one article object or an array of them. */
export async function* readJsonSource(path: string, defaults: ArticleDefaults): AsyncGenerator<SourceItem> {
  let data: unknown;
  try {
    data = JSON.parse(decode(await readFile(path), path));
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

/** JSON lines: one article a line; a line may be any size, and bad lines are reported alone. */
export async function* readJsonLines(path: string, defaults: ArticleDefaults, stdin?: Readable): AsyncGenerator<SourceItem> {
  const name = path === "-" ? "stdin" : path;
  let stream: Readable;
  try {
    stream = path === "-" ? (stdin ?? process.stdin) : createReadStream(path);
  } catch (e) {
    yield { error: asDyadError(e, name, null), where: name };
    return;
  }
  let lineNo = 0;
  try {
    for await (const line of splitLines(stream)) {
      lineNo++;
      const where = `${name}:${lineNo}`;
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
  }
}

function toItem(rec: unknown, where: string, defaults: ArticleDefaults, fallbackId: string): SourceItem {
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return { error: new DyadError("E_BAD_RECORD", undefined, { where }), where };
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : fallbackId;
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

/** Splits a byte stream at line feeds without decoding, so that each line is checked on its own. */
async function* splitLines(stream: Readable): AsyncGenerator<Uint8Array> {
  let pending: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      pending.push(buf.subarray(from, nl));
      yield pending.length === 1 ? pending[0] : Buffer.concat(pending);
      pending = [];
      from = nl + 1;
    }
    if (from < buf.length) pending.push(buf.subarray(from));
  }
  if (pending.length) yield Buffer.concat(pending);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) parts.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts);
}

function asDyadError(e: unknown, where: string, id: string | null): DyadError {
  if (e instanceof DyadError) return e;
  return new DyadError("E_READ", `${where}: ${(e as Error).message}`, { where, id }, e);
}
