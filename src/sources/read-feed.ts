// Feeds → articles: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed, parsed by feedsmith (one parser
// for the four formats, lenient with real-world XML), from bytes a file or a URL gave. Each item
// becomes an article (title, url, published, outlet, byline, text from its content or summary);
// an item with only a link and a short summary is read from its linked page when a page fetcher
// is given. A feed that cannot be parsed is one error; an item without text is one error; the
// other items go on.
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { parseFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import type { Article } from "../model/types.js";
import { DyadError } from "../errors.js";
import type { ArticleDefaults, SourceItem } from "./read-articles.js";
import { gunzipLimited, isGzip } from "./gunzip-limited.js";
import { htmlDepth } from "./html-depth.js";
import { MAX_PAGE_BYTES, readLimited } from "./read-limited.js";
import { blockText, MAX_HTML_DEPTH, toIsoDate } from "./read-html.js";
import { textDecoder } from "./decode-text.js";

export type FeedFormat = "rss" | "atom" | "rdf" | "json";

/** One item as the feed gives it, before it becomes an article. */
export interface FeedEntry {
  id: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  /** the fullest text the item carries (content, else summary), as plain text */
  text: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** the site's address, the base of relative item links */
  link: string | null;
  entries: FeedEntry[];
  /** set when the feed was malformed or cut short and only the items before the damage were
   * recovered: why the whole could not be read */
  damage?: string;
}

/** Reads a linked page into an article (with the network rules of the caller). */
export type PageFetcher = (url: string) => Promise<Article>;

export interface FeedReadOptions {
  /** where the feed came from (a path or a URL), for ids, messages and relative links */
  where: string;
  /** the feed's own address, when it was fetched: the base of relative links */
  feedUrl?: string;
  defaults?: ArticleDefaults;
  /** reads an item's linked page when the item's own text is short; none: never */
  fetchPage?: PageFetcher;
  /** an item text shorter than this is a summary, and its linked page is read (default 500) */
  minChars?: number;
  /** whether the store already has an article at this URL: its page is then not fetched again
   * (the item is passed on as it is, for the store to skip) */
  isKnown?: (url: string) => Promise<boolean>;
}

const MIN_ARTICLE_CHARS = 500;

// ---- sniffing and decoding -------------------------------------------------------------------

/** The feed format the bytes' start announces, or null: the first element of an XML document
 * (rss, feed, rdf:RDF), or a JSON object naming jsonfeed.org's version. Not the file's name. */
export function sniffFeed(head: Uint8Array | string): FeedFormat | null {
  const s = (typeof head === "string" ? head : Buffer.from(head.subarray(0, 4096)).toString("latin1")).replace(/^(\uFEFF|\xEF\xBB\xBF)/, "");
  if (/^\s*\{/.test(s)) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(s) ? "json" : null;
  // skip the XML declaration, processing instructions, comments and a doctype
  const m = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(s);
  if (!m) return null;
  const name = m[2].toLowerCase();
  if (name === "rss") return "rss";
  if (name === "feed") return "atom";
  if (name === "rdf" && m[2] === "RDF") return "rdf";
  return null;
}

/** Feed bytes → text: gunzipped when gzip (up to MAX_PAGE_BYTES, else E_TOO_LARGE), decoded by
 * BOM, the HTTP charset or the XML declaration's encoding; when none is stated, UTF-8, or
 * windows-1252 when the bytes are not UTF-8 (old feeds in Latin-1 that never declared it, as
 * feedparser and browsers read undeclared legacy pages). */
export function decodeFeed(bytes: Uint8Array, charset?: string | null, where = "feed"): string {
  let b = bytes;
  if (isGzip(b)) b = gunzipLimited(b, MAX_PAGE_BYTES, where);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder("utf-8").decode(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  const head = Buffer.from(b.subarray(0, 200)).toString("latin1");
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  for (const label of [charset, declared]) {
    if (!label) continue;
    try {
      return textDecoder(label.toLowerCase()).decode(b);
    } catch {
      // an unknown label: try the next
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    // not UTF-8 and nothing stated: a single-byte legacy feed (every byte sequence decodes)
    return textDecoder("windows-1252").decode(b);
  }
}

// ---- parsing ---------------------------------------------------------------------------------

/** Feed text → its entries; E_FEED when it is no feed the parser can read. An XML feed that is
 * malformed or cut short after some complete items is read up to its last complete item (the
 * rest closed by hand), with `damage` saying why. */
export function parseFeedText(text: string, where: string): ParsedFeed {
  const clean = text.replace(/^\uFEFF/, "");
  try {
    return toParsedFeed(parseFeed(clean) as { format: string; feed: unknown });
  } catch (e) {
    const cut = salvage(clean);
    if (cut) {
      try {
        const feed = toParsedFeed(parseFeed(cut) as { format: string; feed: unknown });
        if (feed.entries.length) return { ...feed, damage: (e as Error).message };
      } catch {
        // not even the complete items parse: the first error stands
      }
    }
    throw new DyadError("E_FEED", `${where}: ${(e as Error).message}`, { where }, e);
  }
}

/** The text up to its last complete item or entry, with the open root elements closed. */
function salvage(text: string): string | null {
  const root = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<((?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF))\b/.exec(text)?.[1];
  if (!root) return null;
  let end = -1;
  for (const m of text.matchAll(/<\/(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>/g)) end = m.index + m[0].length;
  if (end < 0) return null;
  const head = text.slice(0, end);
  // RSS 2.0 items sit in <channel>; RDF items and Atom entries in the root itself
  const channel = /rss$/i.test(root) ? "</channel>" : "";
  return `${head}${channel}</${root}>`;
}

function toParsedFeed(parsed: { format: string; feed: unknown }): ParsedFeed {
  const format = parsed.format as FeedFormat;
  const feed = (parsed.feed ?? {}) as Obj;
  const link = format === "atom" ? atomLink(feed.links) : format === "json" ? str(feed.home_page_url) : str(feed.link);
  const raw = format === "atom" ? feed.entries : feed.items;
  // Atom and JSON Feed say an item without authors has the feed's; RSS has no such rule
  const inherited = format === "atom" || format === "json" ? people(feed.authors ?? feed.author) : null;
  const entries = (Array.isArray(raw) ? raw : []).map((item) => {
    const e = toEntry(format, (item ?? {}) as Obj);
    return e.byline || !inherited ? e : { ...e, byline: inherited };
  });
  return { format, title: plain(textOf(feed.title)), link, entries };
}

type Obj = Record<string, unknown>;

function toEntry(format: FeedFormat, it: Obj): FeedEntry {
  const ns = (k: string) => (it[k] ?? {}) as Obj;
  const dc = ns("dc");
  if (format === "json") {
    const html = str(it.content_html);
    return {
      id: str(it.id),
      title: plain(str(it.title)),
      url: str(it.url) ?? str(it.external_url),
      published: toIsoDate(str(it.date_published) ?? str(it.date_modified)),
      byline: people(it.authors ?? it.author),
      text: html ? htmlText(html) : (str(it.content_text) ?? htmlText(str(it.summary) ?? "")),
    };
  }
  if (format === "atom") {
    const content = textOf(it.content);
    const summary = textOf(it.summary);
    return {
      id: str(it.id),
      title: plain(textOf(it.title)),
      url: atomLink(it.links),
      published: toIsoDate(str(it.published) ?? str(it.updated) ?? first(dc.dates)),
      byline: people(it.authors) ?? people(dc.creators),
      text: longer(htmlText(content ?? ""), htmlText(summary ?? "")),
    };
  }
  // RSS 2.0 and RSS 1.0 share their item fields and namespaces
  const guid = it.guid as Obj | string | undefined;
  const guidValue = typeof guid === "string" ? guid : str(guid?.value);
  const permalink = typeof guid === "object" && guid?.isPermaLink !== false && guidValue && /^https?:/i.test(guidValue) ? guidValue : null;
  const encoded = str(ns("content").encoded);
  const description = str(it.description);
  return {
    id: guidValue ?? str(ns("rdf").about),
    title: plain(str(it.title)),
    url: str(it.link) ?? permalink,
    published: toIsoDate(str(it.pubDate) ?? first(dc.dates) ?? first(ns("dcterms").dates)),
    byline: people(dc.creators) ?? people(it.authors) ?? people(ns("itunes").author),
    text: longer(htmlText(encoded ?? ""), htmlText(description ?? "")),
  };
}

// ---- entries → articles ----------------------------------------------------------------------

/** A feed file (by its content, whatever its name) → its items as articles or errors; read up to
 * MAX_PAGE_BYTES (and inflated, when gzip, up to as much). */
export async function* readFeedFile(path: string, options: Omit<FeedReadOptions, "where"> = {}): AsyncGenerator<SourceItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(createReadStream(path), { maxBytes: MAX_PAGE_BYTES }, path);
  } catch (e) {
    yield { error: asError(e, path), where: path };
    return;
  }
  yield* readFeedBytes(path, bytes, options);
}

/** A feed file's bytes, read (read-sources.ts) → its items as articles or errors. */
export async function* readFeedBytes(path: string, bytes: Uint8Array, options: Omit<FeedReadOptions, "where"> = {}): AsyncGenerator<SourceItem> {
  let feed: ParsedFeed;
  try {
    feed = parseFeedText(decodeFeed(bytes, null, path), path);
  } catch (e) {
    yield { error: asError(e, path), where: path };
    return;
  }
  yield* feedArticles(feed, { ...options, where: path });
}

/** The articles of a parsed feed, one item at a time, in the feed's order. */
export async function* feedArticles(feed: ParsedFeed, options: FeedReadOptions): AsyncGenerator<SourceItem> {
  const { where, defaults = {} } = options;
  const minChars = options.minChars ?? MIN_ARTICLE_CHARS;
  const base = options.feedUrl ?? feed.link ?? undefined;
  const stem = options.feedUrl ? options.feedUrl : basename(where);
  if (!feed.entries.length) {
    yield { error: new DyadError("E_FEED", `${where}: the ${feed.format} feed has no items`, { where }), where };
    return;
  }
  if (feed.damage) {
    const why = `${where}: the feed is malformed or cut short after item ${feed.entries.length} (${feed.damage}); the ${feed.entries.length} complete items before it are read`;
    yield { error: new DyadError("E_FEED", why, { where }), where };
  }
  for (const [i, entry] of feed.entries.entries()) {
    const itemWhere = `${where} item ${i + 1}`;
    const url = absolute(entry.url, base);
    const id = entry.id ?? url ?? `${stem}-${i + 1}`;
    const article: Article = {
      id,
      text: entry.text,
      title: entry.title ?? defaults.title ?? null,
      url,
      published: entry.published ?? defaults.published ?? null,
      outlet: feed.title ?? defaults.outlet ?? null,
      byline: entry.byline,
    };
    if (entry.text.length < minChars && url && options.fetchPage) {
      if (await options.isKnown?.(url)) {
        yield { article, where: itemWhere };
        continue;
      }
      try {
        const page = await options.fetchPage(url);
        yield {
          article: {
            ...article,
            text: page.text,
            // the feed states these for the item; the page's guesses fill what it left out
            title: entry.title ?? page.title ?? article.title,
            published: entry.published ?? page.published ?? article.published,
            byline: entry.byline ?? page.byline ?? null,
            outlet: feed.title ?? page.outlet ?? article.outlet,
          },
          where: itemWhere,
        };
      } catch (e) {
        const err = asError(e, itemWhere);
        yield { error: new DyadError(err.code, `its page ${url} could not be read: ${err.message}`, { where: itemWhere, id }, e), where: itemWhere };
      }
      continue;
    }
    if (!entry.text.trim()) {
      const why = url ? "its text is empty and its linked page was not fetched (--fetch-links reads it)" : "it has neither text nor a link";
      yield { error: new DyadError("E_EMPTY_TEXT", why, { where: itemWhere, id }), where: itemWhere };
      continue;
    }
    yield { article, where: itemWhere };
  }
}

// ---- small readers over the parser's loosely shaped output -----------------------------------

function str(v: unknown): string | null {
  if (typeof v === "string") return v.trim() ? v.trim() : null;
  if (typeof v === "number") return String(v);
  return null;
}

function first(v: unknown): string | null {
  return Array.isArray(v) ? str(v[0]) : str(v);
}

/** Atom text constructs are objects ({value, type}) in feedsmith 3, strings in older outputs. */
function textOf(v: unknown): string | null {
  if (v && typeof v === "object" && !Array.isArray(v)) return str((v as Obj).value);
  return str(v);
}

/** The alternate link of an Atom entry (the first link without rel, or rel="alternate"). */
function atomLink(v: unknown): string | null {
  if (!Array.isArray(v)) return null;
  const links = v as Obj[];
  const alt = links.find((l) => (!l.rel || l.rel === "alternate") && (!l.type || /html/i.test(String(l.type)))) ?? links.find((l) => !l.rel || l.rel === "alternate");
  return str(alt?.href);
}

/** Authors as one byline: names (a person object's name, or a string), e-mail-only entries left out. */
function people(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).map((p) => (typeof p === "string" ? p : p && typeof p === "object" ? str((p as Obj).name) : null));
  const names = list
    .filter((n): n is string => !!n)
    // RSS <author> is an e-mail, often "jane@example.com (Jane Doe)"
    .map((n) => /\(([^)]+)\)\s*$/.exec(n)?.[1] ?? n)
    .map((n) => n.replace(/^by\s+/i, "").trim())
    .filter((n) => n && !/^\S+@\S+$/.test(n) && !/^https?:/i.test(n));
  return names.length ? [...new Set(names)].join(", ") : null;
}

/** HTML (or plain text) → text with paragraph breaks. Markup nested deeper than a page may be
 * (read-html.ts) is flattened first: its tags become spaces, so that linkedom's parse and the
 * recursive walk of blockText stay linear and shallow and the item's words are kept. */
function htmlText(html: string): string {
  if (!html.trim()) return "";
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, " ").trim();
  const flat = htmlDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH;
  const { document } = parseHTML(`<!doctype html><html><body>${flat ? html.replace(/<[^>]*>?/g, " ") : html}</body></html>`);
  return blockText(document.body as unknown as Element);
}

function plain(s: string | null): string | null {
  if (!s) return null;
  const t = /[<&]/.test(s) ? htmlText(s) : s;
  const one = t.replace(/\s+/g, " ").trim();
  return one || null;
}

function longer(a: string, b: string): string {
  return a.length >= b.length ? a : b;
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:/i.test(href) ? href : null;
  }
}

function asError(e: unknown, where: string): DyadError {
  return e instanceof DyadError ? e : new DyadError("E_READ", `${where}: ${(e as Error).message}`, { where }, e);
}
