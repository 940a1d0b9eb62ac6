// A URL → articles: the page is fetched (fetch-url's rules), then read as a feed when its type or
// its first bytes say so (each item an article, short items read from their linked pages when
// allowed), else as an HTML article page, else as plain text. Any failure is one error item that
// names the URL and the reason.
import type { Article } from "../model/types.js";
import { DyadError } from "../errors.js";
import type { ArticleDefaults, SourceItem } from "./read-articles.js";
import { decodeFeed, feedArticles, parseFeedText, sniffFeed, type PageFetcher } from "./read-feed.js";
import { fetchUrl, type FetchedResource, type FetchOptions } from "./fetch-url.js";
import { decodeHtml, readHtmlPage, type HtmlPageReader } from "./read-html.js";

export interface UrlReadOptions {
  fetch?: FetchOptions;
  /** read the linked page of a feed item whose own text is short (default true) */
  fetchLinks?: boolean;
  /** whether an article with this URL is stored: a feed item's page is then not fetched */
  isKnown?: (url: string) => Promise<boolean>;
  /** how HTML pages become articles (default: in this thread); with the engine pool's readPage, a
   * page fetched from a URL or a feed's link is read on a worker, within its budget, as a file is */
  readPage?: HtmlPageReader;
}

const ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, text/plain;q=0.5, */*;q=0.1";
const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+(xml|json)|application\/(rss|rdf)|application\/xml|text\/xml)$/;

/** One URL given on the command line → its article, or its feed's articles. */
export async function* readUrlSource(url: string, defaults: ArticleDefaults = {}, options: UrlReadOptions = {}): AsyncGenerator<SourceItem> {
  let res: FetchedResource;
  try {
    res = await fetchUrl(url, { ...options.fetch, headers: { accept: ACCEPT, ...options.fetch?.headers } });
  } catch (e) {
    yield { error: asError(e, url), where: url };
    return;
  }
  yield* resourceItems(url, res, defaults, options);
}

/** A fetched resource → its articles (used by ingest of a URL and by watch). */
export async function* resourceItems(url: string, res: FetchedResource, defaults: ArticleDefaults, options: UrlReadOptions): AsyncGenerator<SourceItem> {
  const sniffed = sniffFeed(res.body.subarray(0, 4096));
  const gz = res.body[0] === 0x1f && res.body[1] === 0x8b;
  if (sniffed || gz || (res.contentType && FEED_TYPES.test(res.contentType))) {
    let feed;
    try {
      feed = parseFeedText(decodeFeed(res.body, res.charset, url), url);
    } catch (e) {
      yield { error: asError(e, url), where: url };
      return;
    }
    const fetchPage = options.fetchLinks === false ? undefined : pageFetcher(options.fetch, options.readPage);
    yield* feedArticles(feed, { where: url, feedUrl: res.url, defaults, fetchPage, isKnown: options.isKnown });
    return;
  }
  try {
    yield { article: await pageArticle(url, res, defaults, options.readPage), where: url };
  } catch (e) {
    yield { error: asError(e, url), where: url };
  }
}

/** The linked pages of feed items, fetched with the same rules as the feed. */
export function pageFetcher(fetchOptions: FetchOptions = {}, readPage?: HtmlPageReader): PageFetcher {
  return async (url) => {
    const res = await fetchUrl(url, { ...fetchOptions, headers: { accept: "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5" } });
    return pageArticle(url, res, {}, readPage);
  };
}

async function pageArticle(url: string, res: FetchedResource, defaults: ArticleDefaults, readPage: HtmlPageReader = readHtmlPage): Promise<Article> {
  const type = res.contentType ?? "";
  const looksHtml = /html/.test(type) || /^\s*(<!doctype html|<html|<head|<body|<meta|<!--)/i.test(Buffer.from(res.body.subarray(0, 512)).toString("latin1"));
  if (looksHtml) {
    // as a page from a file is read: UTF-8 trimmed as bytes, only the kept part decoded
    const a = await readPage({ bytes: res.body, where: url, id: defaults.id ?? url, url: res.url, charset: res.charset });
    return { ...a, published: a.published ?? defaults.published ?? null, outlet: a.outlet ?? defaults.outlet ?? null, title: a.title ?? defaults.title ?? null };
  }
  if (type === "text/plain" || type === "") {
    const text = decodeHtml(res.body, url, res.charset ?? "utf-8").trim();
    if (!text) throw new DyadError("E_EMPTY_TEXT", `${url}: the page is empty`, { url });
    return { id: defaults.id ?? url, text, url: res.url, published: defaults.published ?? null, outlet: defaults.outlet ?? null, title: defaults.title ?? null };
  }
  throw new DyadError("E_FETCH", `${url}: ${type} is neither a feed nor an article page`, { url, type });
}

function asError(e: unknown, url: string): DyadError {
  return e instanceof DyadError ? e : new DyadError("E_FETCH", `${url}: ${(e as Error).message}`, { url }, e);
}
