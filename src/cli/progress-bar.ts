// The progress bar of `dyad ingest` on a terminal (cli-progress): items done of the estimated
// total, articles/s and ETA, and the running counts. Only ever drawn on a TTY; a message printed
// while it runs first clears its line, and the bar is drawn again on the next update.
import { SingleBar } from "cli-progress";
import type { Writable } from "node:stream";
import type { IngestProgress } from "../store/ingest.js";

export interface ProgressBar {
  update(p: IngestProgress): void;
  /** clears the bar's line so that a message can be written */
  clear(): void;
  /** removes the bar for good */
  stop(): void;
}

/** A bar over `out`; `total` is the estimate (null: unknown, the bar shows counts only). */
export function progressBar(out: Writable, total: number | null, now: () => number): ProgressBar {
  const started = now();
  const known = total !== null && total > 0;
  const bar = new SingleBar({
    stream: out as unknown as NodeJS.WritableStream,
    format: known
      ? "{bar} {percentage}% | {value}/{total} | {rate} articles/s | ETA {eta_formatted} | {stored} stored · {duplicates} duplicates · {failed} failed"
      : "{value} read | {rate} articles/s | {stored} stored · {duplicates} duplicates · {failed} failed",
    barsize: 24,
    hideCursor: false,
    clearOnComplete: true,
    // the caller decides whether this is a terminal (and tests pass a fake one)
    noTTYOutput: true,
    notTTYSchedule: 200,
    fps: 5,
    etaBuffer: 50,
  });
  let running = false;
  let last: IngestProgress = { read: 0, stored: 0, duplicates: 0, failed: 0 };
  const payload = (p: IngestProgress) => ({
    stored: p.stored,
    duplicates: p.duplicates,
    failed: p.failed,
    rate: (p.read / Math.max((now() - started) / 1000, 1e-3)).toFixed(1),
  });
  return {
    update(p) {
      last = p;
      if (!running) {
        bar.start(known ? Math.max(total!, p.read) : 0, p.read, payload(p));
        running = true;
        return;
      }
      if (known && p.read > bar.getTotal()) bar.setTotal(p.read);
      bar.update(p.read, payload(p));
    },
    clear() {
      if (running) out.write("\r\x1b[K");
    },
    stop() {
      if (!running) return;
      bar.update(last.read, payload(last));
      bar.stop();
      running = false;
      out.write("\r\x1b[K");
    },
  };
}
