// Shared test helpers: one engine per test file (loading wink and compiling the lexicon takes a second).
import { createEngine, type Engine } from "../src/engine.js";
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

export function person(rec: ReturnType<typeof extract>, key: string) {
  return rec.actors.find((a) => a.kind === "person" && a.name.includes(key));
}
