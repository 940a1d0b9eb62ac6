// Paths and URLs → one stream of articles: http(s) URLs fetched (an article page or a feed), files
// read as a feed when their first bytes say so (RSS, RDF, Atom, JSON Feed, whatever the name) and
// otherwise by their extension, directories walked recursively (in name order, taking .txt,
// .json, .jsonl, .ndjson, .html, .htm, .html.gz, .xml, .rss, .atom and .rdf files). A missing or
// unreadable path, or a URL that fails, is one error item; the others go on.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { DEFAULT_MAX_CHARS } from "../check-article.js";
import { DyadError } from "../errors.js";
import type { FetchOptions } from "./fetch-url.js";
import { gunzipHead, isGzip } from "./gunzip-limited.js";
import { readHtmlBytes, type HtmlPageReader } from "./read-html.js";
import { jsonItems, readJsonLines, textItem, type ArticleDefaults, type SourceItem } from "./read-articles.js";
import { readFeedBytes, sniffFeed } from "./read-feed.js";
import { jsonLineLimit, MAX_PAGE_BYTES, peek, readLimited } from "./read-limited.js";
import { pageFetcher, readUrlSource } from "./read-url.js";

const ARTICLE_FILES = new Set([".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm", ".xml", ".rss", ".atom", ".rdf"]);
const HTML_FILE = /\.(html?|html?\.gz)$/i;
const URL_SOURCE = /^https?:\/\//i;

export interface SourceOptions {
  /** how URLs (and feed items' linked pages) are fetched */
  fetch?: FetchOptions;
  /** read the linked page of a feed item whose own text is short: default true for feeds
   * fetched from a URL, false for feed files (so that reading a file never goes online) */
  fetchLinks?: boolean;
  /** whether an article with this URL is stored: a feed item's page is then not fetched */
  isKnown?: (url: string) => Promise<boolean>;
  /** how HTML files, and pages fetched from URLs and feeds' links, become articles (default: in
   * this thread); with a pool of workers, several pages are read at once, each within its budget */
  readPage?: HtmlPageReader;
  /** how many sources ahead of the one being yielded HTML files are started (default 1: none);
   * only HTML files are started early, and their items still come in input order */
  readAhead?: number;
  /** --max-chars: the longest article read (default 2,000,000 characters); a longer one fails
   * with E_TOO_LARGE as it is read, before it is decoded, hashed or handed to a worker */
  maxChars?: number;
}

/** Whether a source is a URL to fetch rather than a path. */
export function isUrlSource(source: string): boolean {
  return URL_SOURCE.test(source);
}

/** One thing to read: a URL, a file, or an error met while listing them. */
type Unit = { url: string } | { file: string } | { error: SourceItem };

/** Every path and URL as units, directories walked (in name order). */
async function* units(paths: string[]): AsyncGenerator<Unit> {
  for (const path of paths) {
    if (isUrlSource(path)) {
      yield { url: path };
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (e) {
      yield { error: { error: new DyadError("E_READ", `${path}: ${(e as Error).message}`, { where: path }, e), where: path } };
      continue;
    }
    if (!isDir) {
      yield { file: path };
      continue;
    }
    const files: string[] = [];
    const errors: SourceItem[] = [];
    await walk(path, files, errors);
    for (const error of errors) yield { error };
    for (const file of files) yield { file };
  }
}

/** The articles of every path and URL, in the order given. HTML files up to `readAhead` units
 * ahead are started at once (a page is small, and reading it is the costly part), so that a pool
 * of workers reads several; every other source is read when its turn comes (a JSON lines file
 * may be huge, and is streamed). */
export async function* readSources(paths: string[], defaults: ArticleDefaults = {}, options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  for await (const item of readUnits(paths, defaults, options)) {
    // A page, a feed item or a fetched text may still hold more than an article may: it fails
    // here, before it is hashed (ingest's duplicate check) or handed to a worker.
    if ("article" in item && typeof item.article.text === "string" && item.article.text.length > maxChars) {
      const { id } = item.article;
      yield { error: new DyadError("E_TOO_LARGE", `${item.article.text.length} characters, limit ${maxChars}`, { where: item.where, id }), where: item.where };
    } else yield item;
  }
}

async function* readUnits(paths: string[], defaults: ArticleDefaults, options: SourceOptions): AsyncGenerator<SourceItem> {
  const ahead = Math.max(1, options.readAhead ?? 1);
  const queue: { unit: Unit; started?: Promise<SourceItem[]> }[] = [];
  const listed = units(paths);
  let listing = true;
  while (true) {
    while (listing && queue.length < ahead) {
      const next = await listed.next();
      if (next.done) {
        listing = false;
        break;
      }
      const unit = next.value;
      queue.push("file" in unit && HTML_FILE.test(unit.file) ? { unit, started: collect(readFileSource(unit.file, defaults, options), unit.file) } : { unit });
    }
    const first = queue.shift();
    if (!first) return;
    const { unit, started } = first;
    if (started) yield* await started;
    else if ("error" in unit) yield unit.error;
    else if ("url" in unit) yield* readUrlSource(unit.url, defaults, { fetch: options.fetch, fetchLinks: options.fetchLinks ?? true, isKnown: options.isKnown, readPage: options.readPage });
    else yield* readFileSource(unit.file, defaults, options);
  }
}

/** A small source's items, read now; never a rejection (a failure is its one error item). */
async function collect(items: AsyncIterable<SourceItem>, where: string): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  try {
    for await (const item of items) out.push(item);
  } catch (e) {
    out.push({ error: new DyadError("E_READ", `${where}: ${(e as Error).message}`, { where }, e), where });
  }
  return out;
}

/** One file: a feed when its first bytes are one; else by its extension (HTML by read-html, JSON
 * and JSON lines by read-articles, anything else as text). The file is opened once and read as a
 * stream, its first bytes sniffed on the way (so that a FIFO, a device or anything else that cannot
 * be read twice is read as a file is), with the limit of its kind enforced as the bytes arrive. */
export async function* readFileSource(path: string, defaults: ArticleDefaults = {}, options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const ext = extname(path).toLowerCase();
  const limits = { maxChars: options.maxChars };
  // JSON lines are articles by definition, and may be huge: never sniffed, streamed line by line
  if (ext === ".jsonl" || ext === ".ndjson") {
    yield* readJsonLines(path, defaults, undefined, limits);
    return;
  }
  const stream = createReadStream(path);
  try {
    let read: { head: Buffer; chunks: AsyncIterable<Uint8Array> };
    let format: ReturnType<typeof sniffFeed>;
    try {
      read = await peek(stream, SNIFF_READ);
      format = sniffFeed(await headOf(read.head));
    } catch (e) {
      yield { error: readError(e, path), where: path };
      return;
    }
    const html = HTML_FILE.test(path);
    if (!format && !html && /^\.(xml|rss|atom|rdf)$/.test(ext)) {
      yield { error: new DyadError("E_FEED", `${path}: not an RSS, RDF, Atom or JSON feed`, { where: path }), where: path };
      return;
    }
    // a page or a feed: MAX_PAGE_BYTES as read (and again once inflated); an article of text (or
    // JSON) its --max-chars, counted as it comes
    const limit = format || html ? { maxBytes: MAX_PAGE_BYTES } : ext === ".json" ? { maxBytes: jsonLineLimit(options.maxChars ?? DEFAULT_MAX_CHARS) } : { maxChars: options.maxChars ?? DEFAULT_MAX_CHARS };
    let bytes: Buffer;
    try {
      bytes = await readLimited(read.chunks, limit, path);
    } catch (e) {
      yield { error: readError(e, path, !format && !html && ext !== ".json" ? textId(path, defaults) : undefined), where: path };
      return;
    }
    if (format) yield* readFeedBytes(path, bytes, { defaults, fetchPage: options.fetchLinks ? pageFetcher(options.fetch, options.readPage) : undefined, isKnown: options.isKnown });
    else if (html) yield* readHtmlBytes(path, bytes, defaults, options.readPage);
    else if (ext === ".json") yield* jsonItems(bytes, path, defaults);
    else yield textItem(bytes, path, textId(path, defaults), defaults);
  } finally {
    stream.destroy();
  }
}

function textId(path: string, defaults: ArticleDefaults): string {
  return defaults.id ?? basename(path, extname(path));
}

function readError(e: unknown, path: string, id?: string): DyadError {
  return e instanceof DyadError ? e : new DyadError("E_READ", `${path}: ${(e as Error).message}`, { where: path, ...(id ? { id } : {}) }, e);
}

const SNIFF_READ = 16384;
const SNIFF_KEEP = 4096;

/** The first 4 KiB of some bytes, or of what they hold when they are gzip (inflated that far and
 * no further). */
async function headOf(bytes: Uint8Array): Promise<Uint8Array> {
  const head = bytes.subarray(0, SNIFF_READ);
  if (isGzip(head)) return gunzipHead(head, SNIFF_KEEP);
  return head.subarray(0, SNIFF_KEEP);
}

async function walk(dir: string, files: string[], errors: SourceItem[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    errors.push({ error: new DyadError("E_READ", `${dir}: ${(e as Error).message}`, { where: dir }, e), where: dir });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, files, errors);
    else if (entry.isFile() && (ARTICLE_FILES.has(extname(entry.name).toLowerCase()) || HTML_FILE.test(entry.name))) files.push(path);
  }
}
