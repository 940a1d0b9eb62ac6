// What `dyad watch` remembers of each feed between polls: the validators of its last good
// response (ETag, Last-Modified) for a conditional request, and how the last poll went. Kept
// apart from the Store interface: only watching needs it, and a driver may keep it anywhere.

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the last poll */
  checkedAt: string;
  /** HTTP status of the last poll (200, 304), or null when it failed before a response */
  status: number | null;
  /** why the last poll failed, or null */
  error: string | null;
}

export interface FeedStateStore {
  get(url: string): Promise<FeedState | null>;
  put(state: FeedState): Promise<void>;
  close(): Promise<void>;
}

/** A feed's state as both drivers store it (snake_case columns). */
export interface FeedStateRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  checked_at: string;
  status: number | string | null;
  error: string | null;
}

export function feedStateFromRow(r: FeedStateRow): FeedState {
  // ClickHouse may hand a number back as a string
  return { url: r.url, etag: r.etag, lastModified: r.last_modified, checkedAt: r.checked_at, status: r.status === null ? null : Number(r.status), error: r.error };
}
