// HTML pages → articles: the main text by Readability over a linkedom document, with paragraph
// breaks kept, and title, byline, publication date, outlet and URL from the page's metadata
// (JSON-LD first, then OpenGraph and meta tags, then Readability's own guesses).
import { basename } from "node:path";
import { isUtf8 } from "node:buffer";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isCalendarDay } from "../calendar-date.js";
import type { Article } from "../model/types.js";
import { DyadError } from "../errors.js";
import type { ArticleDefaults, SourceItem } from "./read-articles.js";
import { gunzipLimited, isGzip } from "./gunzip-limited.js";
import { htmlDepth } from "./html-depth.js";
import { MAX_PAGE_BYTES, tooLarge } from "./read-limited.js";
import { trimHtml, type TrimOptions } from "./trim-html.js";
import { textDecoder } from "./decode-text.js";

/** What one page may cost. Readability's scoring grows about with the cube of the nesting depth
 * (250 nested <div>s: 1 s, 1,000: 12 s, 5,000: minutes, then a stack overflow), while the 619
 * pages of ../shared/fixtures/html nest at most 34 deep once trimmed (51 as written): a page
 * deeper than MAX_HTML_DEPTH is refused before any DOM is built. The time limit is the backstop
 * for whatever else makes a page slow; the slowest of those pages reads in about 0.2 s. */
export const MAX_HTML_DEPTH = 128;
export const PAGE_TIME_LIMIT_MS = 10_000;

export interface HtmlOptions {
  url?: string;
  id?: string;
  /** refuse a page whose elements nest deeper (default MAX_HTML_DEPTH) */
  maxDepth?: number;
  /** give up on a page after this many milliseconds (default PAGE_TIME_LIMIT_MS) */
  timeLimitMs?: number;
}

/** An article with the page's byline, always stated (null when the page names no author). */
export interface HtmlArticle extends Article {
  byline: string | null;
}

/** Metadata read from the page before Readability rewrites it. */
interface PageMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

// Readability always returns its best candidate; a few words ("Menu", "Sign in") are no article.
const MIN_CHARS = 25;
// Readability's default: below this many characters it retries with weaker rules.
const CHAR_THRESHOLD = 500;
// First read: also drop what Readability's first pass would remove, nav/aside/footer, class names
// no Readability test matches, and the page around a lone <article> with 500+ characters; measured
// on the Scrapinghub benchmark (bench/html.mjs) this more than halves the DOM and F1 does not drop
// (0.954 → 0.956). Second read, when the first finds no article: the unlikely containers stay.
// (A third read with the safe trim alone left F1 unchanged there and cost about 20% more time.)
const FAST: TrimOptions = { dropUnlikely: true, dropBoilerplate: true, dropPlainClasses: true, focusArticle: true };
const SECOND: TrimOptions = { ...FAST, dropUnlikely: false };

/** One HTML page → one article; a page without an article is an E_EMPTY_TEXT error. */
export function htmlToArticle(html: string, options: HtmlOptions = {}): HtmlArticle {
  return pageToArticle({ html, utf8Bytes: false }, options);
}

/** A page as the trimmer reads it: decoded text, or UTF-8 bytes one char per byte (latin1), which
 * are trimmed first and decoded after, so that only the ~10% of a page that is kept gets decoded
 * (decoding a whole page into a two-byte string cost as much as trimming it). */
interface PageText {
  html: string;
  utf8Bytes: boolean;
}

function pageToArticle(page: PageText, options: HtmlOptions): HtmlArticle {
  const id = options.id ?? options.url ?? "html";
  const budget: PageBudget = {
    id,
    maxDepth: options.maxDepth ?? MAX_HTML_DEPTH,
    timeLimitMs: options.timeLimitMs ?? PAGE_TIME_LIMIT_MS,
    deadline: performance.now() + (options.timeLimitMs ?? PAGE_TIME_LIMIT_MS),
  };
  let { meta, parsed } = extract(page, FAST, options.url, budget);
  // Readability found less than its own threshold even after its retries: the trim may have cut
  // the article in an unlikely-looking container (a page wrapper named "Page-ad-margins"), which
  // Readability itself only drops in its first pass; so the page is read again with them.
  if ((parsed?.length ?? 0) < CHAR_THRESHOLD) ({ meta, parsed } = extract(page, SECOND, options.url, budget));
  const text = parsed?.content ? blockText(parsed.content) : "";
  if (text.length < MIN_CHARS) throw new DyadError("E_EMPTY_TEXT", `${id}: no article found in the HTML`, { id });
  return {
    id,
    text,
    title: meta.title ?? clean(parsed?.title),
    byline: meta.byline ?? clean(parsed?.byline),
    published: meta.published ?? toIsoDate(parsed?.publishedTime),
    outlet: meta.outlet ?? clean(parsed?.siteName),
    url: meta.url ?? options.url ?? null,
  };
}

/** A page's limits (HtmlOptions) and the moment its time is up. */
interface PageBudget {
  id: string;
  maxDepth: number;
  timeLimitMs: number;
  deadline: number;
}

function overBudget(budget: PageBudget, detail: string): DyadError {
  return new DyadError("E_PAGE_TOO_COMPLEX", `${budget.id}: ${detail}`, { id: budget.id });
}

function checkTime(budget: PageBudget): void {
  if (performance.now() > budget.deadline) throw overBudget(budget, `not read within ${budget.timeLimitMs} ms`);
}

function extract(page: PageText, trim: TrimOptions, url: string | undefined, budget: PageBudget): { meta: PageMeta; parsed: ReturnType<Readability<Element>["parse"]> } {
  // Only what Readability and the metadata need is parsed (see trim-html.ts).
  const trimmed = trimHtml(page.html, page.utf8Bytes ? { ...trim, utf8Bytes: true } : trim);
  // measured on the trimmed page, which is what linkedom and Readability get
  const depth = htmlDepth(trimmed.html, budget.maxDepth);
  if (depth > budget.maxDepth) throw overBudget(budget, `elements nested more than ${budget.maxDepth} deep`);
  checkTime(budget);
  const html = page.utf8Bytes ? fromUtf8Bytes(trimmed.html) : trimmed.html;
  const time = page.utf8Bytes && trimmed.time !== null ? fromUtf8Bytes(trimmed.time) : trimmed.time;
  const { document } = parseHTML(html);
  const meta = readMeta(document as unknown as Document, time, url);
  // The serializer hands back the element itself, so the text is walked once, with its blocks;
  // classes are kept because nothing serialises them; JSON-LD is read once, by readMeta.
  const parsed = new PageReadability(budget, document as unknown as Document, {
    serializer: (n) => n as Element,
    keepClasses: true,
    disableJSONLD: true,
    charThreshold: CHAR_THRESHOLD,
  }).parse();
  return { meta, parsed };
}

/** Readability, with its visibility test made cheap for the common case. Readability asks every
 * node it weighs for `node.style.display` and `.visibility`; linkedom answers by building a
 * CSSStyleDeclaration (a Map behind a Proxy, kept in a WeakMap) per node, which cost about 5% of
 * reading a page. A node without a style attribute has neither, so the answer is the same without
 * asking; a node with one is asked as Readability asks. (Should Readability rename the method,
 * this override is simply never called.) */
const readabilityProto = Readability.prototype as unknown as {
  _isProbablyVisible: (node: Element) => boolean;
  _getNextNode: (node: Element, ignoreSelfAndKids?: boolean) => Element | null;
  _getInnerText: (e: Element, normalizeSpaces?: boolean) => string;
};
const readabilityVisible = readabilityProto._isProbablyVisible;
class PageReadability extends Readability<Element> {
  constructor(
    private readonly budget: PageBudget,
    ...args: ConstructorParameters<typeof Readability<Element>>
  ) {
    super(...args);
  }

  // Readability runs to its end once started, so the page's time is checked where it steps from
  // node to node and where it reads a node's text (the costly calls on a pathological page):
  // a page over its time fails there, in the thread that reads it, and the batch goes on.
  _getNextNode(node: Element, ignoreSelfAndKids?: boolean): Element | null {
    checkTime(this.budget);
    return readabilityProto._getNextNode.call(this, node, ignoreSelfAndKids);
  }

  _getInnerText(e: Element, normalizeSpaces?: boolean): string {
    checkTime(this.budget);
    return readabilityProto._getInnerText.call(this, e, normalizeSpaces);
  }

  _isProbablyVisible(node: Element): boolean {
    if (node.hasAttribute("style")) return readabilityVisible.call(this, node);
    return (
      !node.hasAttribute("hidden") &&
      (!node.hasAttribute("aria-hidden") || node.getAttribute("aria-hidden") != "true" || (typeof node.className === "string" && node.className.includes("fallback-image")))
    );
  }
}

function fromUtf8Bytes(latin1: string): string {
  return Buffer.from(latin1, "latin1").toString("utf8");
}

/** A page's bytes as read (gzip or not) and what names it: the unit of work that a thread, or a
 * worker of the pool (engine-pool.ts), turns into an article. */
export interface HtmlPage {
  bytes: Uint8Array;
  /** the file or URL, for messages */
  where: string;
  id: string;
  url?: string;
  /** the charset HTTP stated, when it did */
  charset?: string | null;
}

/** How pages become articles: in this thread (readHtmlPage) or on a worker of the pool. */
export type HtmlPageReader = (page: HtmlPage) => HtmlArticle | Promise<HtmlArticle>;

/** One page's bytes → its article: gunzipped when they are gzip, decoded by their charset, read;
 * E_TOO_LARGE past MAX_PAGE_BYTES, as given or once inflated (inflation stops there). */
export function readHtmlPage(page: HtmlPage): HtmlArticle {
  let bytes = page.bytes;
  if (bytes.byteLength > MAX_PAGE_BYTES) throw tooLarge(page.where, `more than ${MAX_PAGE_BYTES} bytes`);
  if (isGzip(bytes)) bytes = gunzipLimited(bytes, MAX_PAGE_BYTES, page.where);
  const options = { id: page.id, url: page.url };
  const label = charsetOf(bytes, page.charset);
  if (!isUtf8Label(label)) return htmlToArticle(decodeAs(bytes, label, page.where), options);
  // UTF-8 (nearly every page): checked whole, as the fatal decoder would, then trimmed as bytes.
  if (!isUtf8(bytes)) throw new DyadError("E_INVALID_UTF8", page.where, { where: page.where });
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString("latin1");
  return pageToArticle({ html: latin1, utf8Bytes: true }, options);
}

/** An .html, .htm or .html.gz file's bytes, already read (read-sources.ts) → its article, or one
 * error naming the file; the page is read by `readPage` (default: in this thread). */
export async function* readHtmlBytes(path: string, bytes: Uint8Array, defaults: ArticleDefaults = {}, readPage: HtmlPageReader = readHtmlPage): AsyncGenerator<SourceItem> {
  const id = htmlFileId(path, defaults);
  try {
    const a = await readPage({ bytes, where: path, id, url: defaults.url ?? undefined });
    yield {
      article: {
        ...a,
        published: a.published ?? defaults.published ?? null,
        outlet: a.outlet ?? defaults.outlet ?? null,
        title: a.title ?? defaults.title ?? null,
      },
      where: path,
    };
  } catch (e) {
    const err = e instanceof DyadError ? e : new DyadError("E_READ", `${path}: ${(e as Error).message}`, { where: path, id }, e);
    yield { error: err, where: path };
  }
}

function htmlFileId(path: string, defaults: ArticleDefaults): string {
  return defaults.id ?? basename(path).replace(/\.gz$/i, "").replace(/\.html?$/i, "");
}

/** The charset HTTP states, else the page's declared one (UTF-8 when none), lower case. */
function charsetOf(bytes: Uint8Array, charset?: string | null): string {
  if (charset) return charset.toLowerCase();
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
}

function isUtf8Label(label: string): boolean {
  return label === "utf-8" || label === "utf8" || label === "unicode-1-1-utf-8";
}

/** Bytes → string by the charset HTTP states, else the page's declared one (UTF-8 when none). */
export function decodeHtml(bytes: Uint8Array, where: string, charset?: string | null): string {
  return decodeAs(bytes, charsetOf(bytes, charset), where);
}

/** Bytes → string by a charset label (UTF-8, strictly, when the label is unknown). */
function decodeAs(bytes: Uint8Array, label: string, where: string): string {
  let decoder: { decode(bytes: Uint8Array): string };
  try {
    decoder = textDecoder(label, { fatal: isUtf8Label(label) });
  } catch {
    decoder = new TextDecoder("utf-8", { fatal: true });
  }
  try {
    return decoder.decode(bytes);
  } catch (e) {
    throw new DyadError("E_INVALID_UTF8", where, { where }, e);
  }
}

// ---- main text -------------------------------------------------------------------------------

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "UL", "CAPTION",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "IFRAME"]);
const PARA = "\u0000";
const LINE = "\u0001";

/** An element's text with "\n\n" between block elements and "\n" for <br>, spaces collapsed. */
export function blockText(root: Element): string {
  const out: string[] = [];
  walk(root, out);
  return out
    .join("")
    .split(PARA)
    .map((p) =>
      p
        .split(LINE)
        .map((l) => l.replace(/\s+/g, " ").trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean)
    .join("\n\n");
}

function walk(node: Node, out: string[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c.nodeValue ?? "");
    else if (c.nodeType === 1) {
      const tag = (c as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === "BR") {
        out.push(LINE);
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) out.push(PARA);
      else if (tag === "TD" || tag === "TH") out.push(" ");
      walk(c, out);
      if (block) out.push(PARA);
    }
  }
}

// ---- metadata --------------------------------------------------------------------------------

/** Metadata from the trimmed page's head (title, meta, canonical link, JSON-LD) and its first <time>. */
function readMeta(doc: Document, time: string | null, given: string | undefined): PageMeta {
  const headEls = Array.from(doc.head?.children ?? []);
  const ld = readJsonLd(headEls.filter((e) => e.localName === "script"));
  const metas = new Map<string, string>();
  for (const m of headEls.filter((e) => e.localName === "meta")) {
    const key = (m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const content = m.getAttribute("content");
    if (key && content && !metas.has(key)) metas.set(key, content.trim());
  }
  const first = (...keys: string[]) => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return null;
  };
  const dateCandidates = [
    ld.published,
    first("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date"),
    time,
  ];
  let published: string | null = null;
  for (const d of dateCandidates) if ((published = toIsoDate(d))) break;

  const author = first("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author");
  const canonical = headEls.find((e) => e.localName === "link")?.getAttribute("href") ?? null;
  return {
    title: clean(ld.headline) ?? clean(first("og:title", "twitter:title")),
    byline: ld.author ?? (author && !/^https?:/i.test(author) ? clean(author.replace(/^by\s+/i, "")) : null),
    published,
    outlet: clean(first("og:site_name", "application-name")) ?? ld.publisher,
    url: absolute(canonical, given) ?? absolute(first("og:url"), given),
  };
}

interface LdMeta {
  headline: string | null;
  author: string | null;
  published: string | null;
  publisher: string | null;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|WebPage/i;

/** The first article-like JSON-LD object's fields; malformed blocks are ignored. */
function readJsonLd(scripts: Element[]): LdMeta {
  const found: LdMeta = { headline: null, author: null, published: null, publisher: null };
  const objects: Record<string, unknown>[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      objects.push(o);
      if (o["@graph"]) collect(o["@graph"]);
    }
  };
  for (const s of scripts) {
    try {
      collect(JSON.parse((s.textContent ?? "").replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, "")));
    } catch {
      // a broken JSON-LD block is common and never fatal
    }
  }
  const typeOf = (o: Record<string, unknown>) => [o["@type"]].flat().join(" ");
  objects.sort((a, b) => Number(/Article|BlogPosting|Report/i.test(typeOf(b))) - Number(/Article|BlogPosting|Report/i.test(typeOf(a))));
  for (const o of objects) {
    if (!ARTICLE_TYPE.test(typeOf(o))) continue;
    found.headline ??= typeof o.headline === "string" ? o.headline : null;
    found.published ??= typeof o.datePublished === "string" ? o.datePublished : null;
    found.author ??= names(o.author);
    found.publisher ??= names(o.publisher);
  }
  return found;
}

function names(v: unknown): string | null {
  const list = [v].flat().map((x) => (typeof x === "string" ? x : x && typeof x === "object" ? (x as { name?: unknown }).name : null));
  const out = list.filter((x): x is string => typeof x === "string" && x.trim() !== "" && !/^https?:/i.test(x)).map((x) => x.trim());
  return out.length ? out.join(", ") : null;
}

/** A date as written in metadata → YYYY-MM-DD (the date as stated, not shifted to UTC). */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(t);
  if (iso) return valid(+iso[1], +iso[2], +iso[3]);
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  // A bare date parses at local midnight; local components give it back unchanged.
  return valid(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function valid(y: number, m: number, d: number): string | null {
  // a day that does not exist ("2023-02-30") is no date: the article's other dates, or none, stand
  if (y < 1900 || y > 2200 || !isCalendarDay(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
