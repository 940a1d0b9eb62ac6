// Shared test helpers: one engine per test file (loading wink and compiling the lexicon takes a second).
import { createEngine, type Engine } from "../src/engine.js";
import { describe, expect, it } from "vitest";
import { loadWink, type Wink } from "../src/nlp/wink.js";

let engine: Engine | null = null;
export function testEngine(): Engine {
  engine ??= createEngine();
  return engine;
}

let wink: Wink | null = null;
export function testWink(): Wink {
  wink ??= loadWink();
  return wink;
}

export function extract(text: string, published = "2025-01-17") {
  return testEngine().extract({ id: "t", text, published });
}

/** An actor's state code in a record (its own code, else its country), or its id when it has none. */
export function stateCode(rec: ReturnType<typeof extract>, id: string): string {
  const a = rec.actors.find((x) => x.id === id);
  return a?.code ?? a?.country ?? id;
}

/** A text's events as "TYPE SRC>TGT", each party by its state code. */
export function eventKeys(text: string, published?: string): string[] {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")}`);
}

export function person(rec: ReturnType<typeof extract>, key: string) {
  return rec.actors.find((a) => a.kind === "person" && a.name.includes(key));
}

/**
 * A table of sentences where a rule must fire (the event key it must give) and sentences where the
 * same words stand in another sense (no event key may start with the type given), one test each.
 */
export function senseTable(title: string, fires: readonly [string, string][], silent: readonly [string, string][], coded: (text: string) => string[]): void {
  describe(title, () => {
    for (const [text, want] of fires)
      it(`fires: ${text}`, () => {
        expect(coded(text)).toContain(want);
      });
    for (const [text, type] of silent)
      it(`silent: ${text}`, () => {
        expect(coded(text).filter((e) => e.startsWith(type))).toEqual([]);
      });
  });
}
