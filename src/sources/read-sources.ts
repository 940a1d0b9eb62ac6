// Paths and URLs → one stream of articles: http(s) URLs fetched (an article page or a feed), files
// read as a feed when their first bytes say so (RSS, RDF, Atom, JSON Feed, whatever the name) and
// otherwise by their extension, directories walked recursively (in name order, taking .txt,
// .json, .jsonl, .ndjson, .html, .htm, .html.gz, .xml, .rss, .atom and .rdf files). A missing or
// unreadable path, or a URL that fails, is one error item; the others go on.
import { open, readFile, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { constants, gunzipSync } from "node:zlib";
import { DyadError } from "../errors.js";
import type { FetchOptions } from "./fetch-url.js";
import { readHtmlBytes, type HtmlPageReader } from "./read-html.js";
import { readJsonLines, readJsonSource, readTextSource, type ArticleDefaults, type SourceItem } from "./read-articles.js";
import { readFeedFile, sniffFeed } from "./read-feed.js";
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
  /** how HTML files become articles (default: in this thread); with a pool of workers, several
   * pages are read at once */
  readPage?: HtmlPageReader;
  /** how many sources ahead of the one being yielded HTML files are started (default 1: none);
   * only HTML files are started early, and their items still come in input order */
  readAhead?: number;
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
    else if ("url" in unit) yield* readUrlSource(unit.url, defaults, { fetch: options.fetch, fetchLinks: options.fetchLinks ?? true, isKnown: options.isKnown });
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
 * and JSON lines by read-articles, anything else as text). */
export async function* readFileSource(path: string, defaults: ArticleDefaults = {}, options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const ext = extname(path).toLowerCase();
  if (HTML_FILE.test(path)) {
    // A page is small and read whole anyway: read once, sniffed from memory.
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (e) {
      yield { error: new DyadError("E_READ", `${path}: ${(e as Error).message}`, { where: path }, e), where: path };
      return;
    }
    if (sniffFeed(headOf(bytes))) yield* readFeedFile(path, { defaults, fetchPage: options.fetchLinks ? pageFetcher(options.fetch) : undefined, isKnown: options.isKnown });
    else yield* readHtmlBytes(path, bytes, defaults, options.readPage);
    return;
  }
  // JSON lines are articles by definition, and may be huge: never sniffed
  if (ext !== ".jsonl" && ext !== ".ndjson") {
    let bytes: Uint8Array | null = null;
    try {
      bytes = await sniffBytes(path);
    } catch {
      // unreadable: the reader by extension reports it
    }
    if (bytes && sniffFeed(bytes)) {
      yield* readFeedFile(path, { defaults, fetchPage: options.fetchLinks ? pageFetcher(options.fetch) : undefined, isKnown: options.isKnown });
      return;
    }
    if (bytes && /^\.(xml|rss|atom|rdf)$/.test(ext)) {
      yield { error: new DyadError("E_FEED", `${path}: not an RSS, RDF, Atom or JSON feed`, { where: path }), where: path };
      return;
    }
  }
  yield* readByExtension(path, defaults);
}

const SNIFF_READ = 16384;
const SNIFF_KEEP = 4096;

/** The first 4 KiB of a file, or of what it holds when it is gzip: only the first 16 KiB are read
 * and inflated as far as they go (a page is read whole later, by whoever reads it). */
async function sniffBytes(path: string): Promise<Uint8Array> {
  const fh = await open(path, "r");
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(SNIFF_READ), 0, SNIFF_READ, 0);
    return headOf(buffer.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

/** The first 4 KiB of some bytes, or of what they hold when they are gzip (the first 16 KiB
 * inflated as far as they go). */
function headOf(bytes: Uint8Array): Uint8Array {
  const head = bytes.subarray(0, SNIFF_READ);
  if (head[0] === 0x1f && head[1] === 0x8b) return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH }).subarray(0, SNIFF_KEEP);
  return head.subarray(0, SNIFF_KEEP);
}

/** A file that is not HTML (read above) and not a feed: by its extension. */
function readByExtension(path: string, defaults: ArticleDefaults): AsyncGenerator<SourceItem> {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return readJsonLines(path, defaults);
  if (ext === ".json") return readJsonSource(path, defaults);
  return readTextSource(path, defaults);
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
