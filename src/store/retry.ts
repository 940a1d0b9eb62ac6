// Retry with backoff, for the errors a store leaves behind when it is busy or was restarted: a
// second SQLite writer holding the file's write lock (SQLITE_BUSY), a ClickHouse server that went
// away and came back. Only what `transient` says may pass is retried; the caller's operation must
// be safe to run again (a rolled-back transaction, an insert deduplicated by its keys).

export interface RetryOptions {
  /** whether this error may pass if the operation is tried again */
  transient: (e: unknown) => boolean;
  /** tries in all, the first included (default: unbounded, within totalMs) */
  tries?: number;
  /** the longest to keep trying, in ms; past it the last error is thrown (default 300,000) */
  totalMs?: number;
  /** the first wait, doubled after each failure up to maxDelayMs (defaults 25 and 1,000) */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** called before each wait (tests count them; callers may log) */
  onRetry?: (e: unknown, attempt: number, delayMs: number) => void;
  /** for tests */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function retry<T>(fn: () => Promise<T> | T, options: RetryOptions): Promise<T> {
  const tries = options.tries ?? Number.POSITIVE_INFINITY;
  const totalMs = options.totalMs ?? 300_000;
  const maxDelay = options.maxDelayMs ?? 1000;
  const sleep = options.sleep ?? wait;
  const now = options.now ?? Date.now;
  const started = now();
  let delay = options.firstDelayMs ?? 25;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!options.transient(e) || attempt >= tries) throw e;
      const left = totalMs - (now() - started);
      if (left <= 0) throw e;
      // jittered, so that two writers that collided do not retry in step
      const ms = Math.min(left, Math.round(delay * (0.5 + Math.random() / 2)));
      options.onRetry?.(e, attempt, ms);
      await sleep(ms);
      delay = Math.min(maxDelay, delay * 2);
    }
  }
}
