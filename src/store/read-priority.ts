// Which reads can wait. `dyad serve` recomputes kept answers in the background while it serves the
// old ones (api/aggregate-cache.ts); a request that finds nothing kept waits on its reads. A store
// that reads on a pool of threads (sqlite/sqlite-reader-pool.ts) lets the background take only part
// of the pool, so that a waiting request always finds a reader free. The mark follows the work
// through every await (AsyncLocalStorage: the async context Node itself carries), so a background
// computation marks all of its reads without each query function passing a flag down.
import { AsyncLocalStorage } from "node:async_hooks";

const background = new AsyncLocalStorage<true>();

/** Runs `work`, whose reads (to their last await) are marked as able to wait. */
export function inBackground<T>(work: () => T): T {
  return background.run(true, work);
}

/** Whether the read being made now is background work. */
export function isBackground(): boolean {
  return background.getStore() === true;
}

/** `run`, with at most `slots` background calls at once; the others wait their turn here, in the
 * order they came, while calls not in the background go straight through. */
export function limitBackground<A, R>(run: (arg: A) => Promise<R>, slots: number): (arg: A) => Promise<R> {
  if (!Number.isInteger(slots) || slots < 1) throw new RangeError(`slots ${slots} is not a whole number ≥ 1`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (arg) => {
    if (!isBackground()) return run(arg);
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await run(arg);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
