// Background reads: marked through every await, and held to their slots while other reads go through.
import { describe, expect, it } from "vitest";
import { inBackground, isBackground, limitBackground } from "../../src/store/read-priority.js";

const turn = () => new Promise((r) => setTimeout(r, 0));

/** A runner whose calls finish when the test says, and that counts how many run at once. */
function heldRunner() {
  const started: string[] = [];
  const release = new Map<string, () => void>();
  let running = 0;
  let most = 0;
  const run = async (name: string) => {
    started.push(name);
    running++;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => release.set(name, resolve));
    running--;
    if (name.startsWith("fail")) throw new Error(name);
    return name;
  };
  return { run, started, finish: (name: string) => release.get(name)!(), most: () => most };
}

describe("inBackground", () => {
  it("marks the work through awaits and timers, and nothing outside it", async () => {
    expect(isBackground()).toBe(false);
    const seen = await inBackground(async () => {
      const first = isBackground();
      await turn();
      const later = await new Promise<boolean>((r) => setImmediate(() => r(isBackground())));
      return [first, later];
    });
    expect(seen).toEqual([true, true]);
    expect(isBackground()).toBe(false);
  });
});

describe("limitBackground", () => {
  it("runs at most `slots` background calls at once, in the order they came; other calls go straight through", async () => {
    const r = heldRunner();
    const limited = limitBackground(r.run, 2);
    const bg = inBackground(() => ["b1", "b2", "b3", "b4"].map((n) => limited(n)));
    await turn();
    expect(r.started).toEqual(["b1", "b2"]);
    // a call that a request waits on is not held behind them
    const fg = limited("f1");
    await turn();
    expect(r.started).toEqual(["b1", "b2", "f1"]);
    r.finish("f1");
    expect(await fg).toBe("f1");
    r.finish("b2");
    await turn();
    expect(r.started).toEqual(["b1", "b2", "f1", "b3"]);
    r.finish("b1");
    await turn();
    expect(r.started).toEqual(["b1", "b2", "f1", "b3", "b4"]);
    r.finish("b3");
    r.finish("b4");
    expect(await Promise.all(bg)).toEqual(["b1", "b2", "b3", "b4"]);
    // two background calls and the one other at most
    expect(r.most()).toBe(3);
  });

  it("gives a failed call's slot to the next", async () => {
    const r = heldRunner();
    const limited = limitBackground(r.run, 1);
    const [fail, next] = inBackground(() => [limited("fail1"), limited("b2")]);
    await turn();
    expect(r.started).toEqual(["fail1"]);
    r.finish("fail1");
    await expect(fail).rejects.toThrow("fail1");
    await turn();
    expect(r.started).toEqual(["fail1", "b2"]);
    r.finish("b2");
    expect(await next).toBe("b2");
  });

  it("takes only a whole number of slots, at least one", () => {
    expect(() => limitBackground(async () => 0, 0)).toThrow(RangeError);
    expect(() => limitBackground(async () => 0, 1.5)).toThrow(RangeError);
  });
});
