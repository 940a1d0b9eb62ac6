// retry(): what is retried, how often, for how long.
import { describe, expect, it } from "vitest";
import { retry } from "../../src/store/retry.js";

class Busy extends Error {
  code = "BUSY";
}
const transient = (e: unknown) => e instanceof Busy;

/** A clock that moves only when retry sleeps, so the test takes no time. */
function clock() {
  let t = 0;
  const waits: number[] = [];
  return { waits, now: () => t, sleep: async (ms: number) => void (waits.push(ms), (t += ms)) };
}

describe("retry", () => {
  it("runs again after a transient error until it succeeds, waiting longer each time", async () => {
    const c = clock();
    let calls = 0;
    const value = await retry(
      () => {
        if (++calls < 5) throw new Busy();
        return "done";
      },
      { transient, firstDelayMs: 100, maxDelayMs: 1000, ...c },
    );
    expect(value).toBe("done");
    expect(calls).toBe(5);
    expect(c.waits).toHaveLength(4);
    // jittered between half and all of 100, 200, 400, 800
    c.waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(50 * 2 ** i);
      expect(w).toBeLessThanOrEqual(100 * 2 ** i);
    });
  });

  it("throws an error that is not transient at once", async () => {
    const c = clock();
    let calls = 0;
    const error = new Error("no such table");
    await expect(
      retry(() => {
        calls++;
        throw error;
      }, { transient, ...c }),
    ).rejects.toBe(error);
    expect(calls).toBe(1);
    expect(c.waits).toEqual([]);
  });

  it("gives up after `tries`, with the last error", async () => {
    const c = clock();
    let calls = 0;
    await expect(
      retry(() => {
        calls++;
        throw new Busy(`try ${calls}`);
      }, { transient, tries: 3, ...c }),
    ).rejects.toThrow("try 3");
    expect(calls).toBe(3);
  });

  it("gives up once `totalMs` has passed, never sleeping past it", async () => {
    const c = clock();
    let calls = 0;
    await expect(
      retry(() => {
        calls++;
        throw new Busy();
      }, { transient, totalMs: 5000, firstDelayMs: 100, maxDelayMs: 1000, ...c }),
    ).rejects.toBeInstanceOf(Busy);
    expect(c.now()).toBe(5000);
    expect(calls).toBeGreaterThan(6);
  });

  it("waits for real between tries by default", async () => {
    let calls = 0;
    const t0 = Date.now();
    await retry(
      async () => {
        if (++calls < 3) throw new Busy();
      },
      { transient, firstDelayMs: 40, maxDelayMs: 40 },
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual(40);
  });
});
