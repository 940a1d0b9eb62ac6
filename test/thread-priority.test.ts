// The helper threads of the process (V8's platform workers, libuv's pool) lowered, the main thread not.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lowerHelperThreads } from "../src/thread-priority.js";

/** Each thread's niceness, by thread id (Linux: the 19th field of /proc/self/task/TID/stat). */
function niceness(): Map<number, number> {
  return new Map(
    readdirSync("/proc/self/task").map((tid) => {
      const after = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1].split(" ");
      return [Number(tid), Number(after[16])];
    }),
  );
}

describe.runIf(process.platform === "linux")("lowerHelperThreads", () => {
  it("lowers every thread but the main one, and never raises one", () => {
    const before = niceness();
    expect(before.size).toBeGreaterThan(1);
    const own = before.get(process.pid)!;
    const target = Math.min(19, own + 3);
    expect(lowerHelperThreads(target)).toBeGreaterThan(0);
    const after = niceness();
    expect(after.get(process.pid)).toBe(own);
    for (const [tid, n] of after) if (tid !== process.pid && before.has(tid)) expect(n).toBeGreaterThanOrEqual(target);
    // asked for a smaller niceness than they have: nothing is raised
    expect(lowerHelperThreads(target - 1)).toBe(0);
    expect(niceness().get(process.pid)).toBe(own);
  });

  it("does nothing for a niceness of 0", () => {
    expect(lowerHelperThreads(0)).toBe(0);
  });
});
