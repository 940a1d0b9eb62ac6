// One poll round of `dyad watch`: each feed fetched with the validators of its last good response
// (If-None-Match, If-Modified-Since); 304 means nothing new; a 200 is read into items and ingested
// (the store skips what it has, by URL or text, before extraction, so only new items cost work).
// A feed that fails is logged and kept for the next round; its validators are kept too. When some
// items of a feed failed, its new validators are not saved, so that the next round reads the
// whole feed again and retries them (what was stored is skipped cheaply).
import type { FetchedResource } from "../sources/fetch-url.js";
import type { SourceItem } from "../sources/read-articles.js";
import { DyadError } from "../errors.js";
import type { FeedStateStore } from "./feed-state.js";
import type { IngestSummary } from "./ingest.js";

export interface PollDeps {
  /** a GET with extra headers; resolves to 2xx or 304, throws otherwise */
  fetch: (url: string, headers: Record<string, string>) => Promise<FetchedResource>;
  /** a fetched feed → its items */
  readItems: (url: string, res: FetchedResource) => AsyncIterable<SourceItem>;
  /** stores the items (dyad's ingest over one store and engine) */
  ingest: (items: AsyncIterable<SourceItem>) => Promise<IngestSummary>;
  state: FeedStateStore;
  now: () => Date;
}

export interface FeedPoll {
  url: string;
  checkedAt: string;
  /** 200 (read), 304 (not modified), or null (failed) */
  status: 200 | 304 | null;
  summary: IngestSummary | null;
  error: DyadError | null;
}

/** Polls each feed once, in order; never throws for one feed's failure. */
export async function pollFeeds(urls: string[], deps: PollDeps): Promise<FeedPoll[]> {
  const out: FeedPoll[] = [];
  for (const url of urls) out.push(await pollFeed(url, deps));
  return out;
}

async function pollFeed(url: string, deps: PollDeps): Promise<FeedPoll> {
  const checkedAt = deps.now().toISOString();
  const before = await deps.state.get(url);
  const headers: Record<string, string> = {};
  if (before?.etag) headers["if-none-match"] = before.etag;
  if (before?.lastModified) headers["if-modified-since"] = before.lastModified;
  const keep = { etag: before?.etag ?? null, lastModified: before?.lastModified ?? null };
  let res: FetchedResource;
  try {
    res = await deps.fetch(url, headers);
  } catch (e) {
    const error = e instanceof DyadError ? e : new DyadError("E_FETCH", `${url}: ${(e as Error).message}`, { url }, e);
    await deps.state.put({ url, ...keep, checkedAt, status: (error.context.status as number | undefined) ?? null, error: error.message });
    return { url, checkedAt, status: null, summary: null, error };
  }
  if (res.status === 304) {
    await deps.state.put({ url, ...keep, checkedAt, status: 304, error: null });
    return { url, checkedAt, status: 304, summary: null, error: null };
  }
  const summary = await deps.ingest(deps.readItems(url, res));
  const fresh = { etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
  await deps.state.put({ url, ...(summary.failed ? keep : fresh), checkedAt, status: 200, error: summary.failed ? `${summary.failed} item(s) failed` : null });
  return { url, checkedAt, status: 200, summary, error: null };
}

/** One log line for one feed's poll. */
export function formatPoll(p: FeedPoll): string {
  if (p.error) return `${p.checkedAt} ${p.url}: failed: ${p.error.message}`;
  if (p.status === 304) return `${p.checkedAt} ${p.url}: not modified (304)`;
  const s = p.summary!;
  return `${p.checkedAt} ${p.url}: ${s.read} item${s.read === 1 ? "" : "s"}, ${s.stored} new, ${s.duplicates} already stored, ${s.failed} failed; ${s.events} new event${s.events === 1 ? "" : "s"}, ${s.quotes} quote${s.quotes === 1 ? "" : "s"}`;
}
