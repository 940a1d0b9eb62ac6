// Niceness of the process's helper threads. On Linux niceness is per thread, and a thread starts
// with its creator's. Node makes its helper threads at startup, at the process's priority: V8's
// platform workers, which run garbage collection for every isolate of the process (the worker
// threads' too), and libuv's pool. An ingest that lowers its extraction threads (engine-pool.ts)
// lowers these as well, or the workers' collections go on at full priority beside the server that
// the niceness is meant to yield to (measured: bench/api.mjs's p99 fell from 470 ms to under 100).
import { readdirSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/** Lowers every thread of this process to `nice` but the main thread (which keeps its priority),
 * never raising one. Linux only (elsewhere a niceness is the whole process's); a thread that may
 * not be changed is left as it is. Returns how many threads were lowered. */
export function lowerHelperThreads(nice: number): number {
  if (process.platform !== "linux" || nice <= 0) return 0;
  let tids: string[];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return 0;
  }
  let lowered = 0;
  for (const tid of tids) {
    const id = Number(tid);
    // the main thread's id is the process's
    if (!Number.isInteger(id) || id === process.pid) continue;
    try {
      const now = getPriority(id);
      if (now < nice) {
        setPriority(id, nice);
        lowered++;
      }
    } catch {
      // gone meanwhile, or not ours to change
    }
  }
  return lowered;
}
