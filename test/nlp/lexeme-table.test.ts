import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lexemeStore, openCompileCache } from "../../src/lexicon/compile-cache.js";
import { buildLexemeTable, fitsList, tableLookup, tableSize } from "../../src/nlp/lexeme-table.js";
import { coreModelFrom, lazyLookup, type LexemeStore } from "../../src/nlp/wink-model.js";
import { tempDirs } from "../_temp-dirs.js";

const tempDir = tempDirs();

const WORDS = ["the", "talks", "__proto__", "talks", "hasOwnProperty", "Tehran", "tehran", "", "ceasefire", "cease-fire", "naïve", "Москва"];

describe("wink's lexeme table as a hash table (nlp/lexeme-table.ts)", () => {
  it("gives every word the index a Map gives it (a later duplicate wins) and nothing for another word", () => {
    const table = buildLexemeTable(WORDS);
    const map = new Map(WORDS.map((w, k) => [w, k]));
    for (const w of [...WORDS, "Geneva", "constructor", "toString", "THE", "talk", "talks "]) expect(tableLookup(WORDS, table, w), w).toBe(map.get(w));
    expect(table.length).toBe(tableSize(WORDS.length));
    expect(tableSize(0)).toBe(2);
    expect(tableSize(4)).toBe(8);
    expect(tableSize(87_593)).toBe(131_072);
  });

  it("serves lazyLookup as the Map did", () => {
    const viaTable = lazyLookup(WORDS, buildLexemeTable(WORDS));
    const viaMap = lazyLookup(WORDS);
    for (const w of [...WORDS, "Geneva", "constructor"]) expect(viaTable[w], w).toBe(viaMap[w]);
    viaTable.Geneva = 12;
    expect(viaTable.Geneva).toBe(12);
  });

  it("knows its own list's table, and refuses another list's, a short one and an empty one", () => {
    const table = buildLexemeTable(WORDS);
    expect(fitsList(WORDS, table)).toBe(true);
    const other = WORDS.map((w) => `${w}x`);
    expect(fitsList(other, table)).toBe(false);
    expect(fitsList(WORDS, table.subarray(0, table.length / 2))).toBe(false);
    // a slot past the list matches no word: lookups go on past it
    const past = table.slice();
    past[past.findIndex((s) => s === 0)] = WORDS.length + 5;
    for (const w of [...WORDS, "Geneva"]) expect(tableLookup(WORDS, past, w), w).toBe(tableLookup(WORDS, table, w));
    // (an empty table of the right size misses the sample; so does a full one of one index, whose
    // lookups end after one round of the table)
    expect(fitsList(WORDS, new Uint32Array(table.length))).toBe(false);
    expect(fitsList(WORDS, new Uint32Array(table.length).fill(2))).toBe(false);
    expect(tableLookup(WORDS, new Uint32Array(table.length).fill(2), "Geneva")).toBeUndefined();
  });
});

describe("the lexeme table kept in the compile cache", () => {
  const temp = () => tempDir("dyad-lexemes-");

  it("is absent, then written; read back it is the same table", () => {
    const store = lexemeStore(openCompileCache(temp()));
    expect(store.read(WORDS)).toBeUndefined();
    const table = buildLexemeTable(WORDS);
    store.write(WORDS, table);
    expect(Array.from(store.read(WORDS)!)).toEqual(Array.from(table));
    // another list (another length: another key) is not given this one
    expect(store.read(WORDS.slice(1))).toBeUndefined();
  });

  it("passes over a damaged or truncated entry", () => {
    const dir = temp();
    const store = lexemeStore(openCompileCache(dir));
    store.write(WORDS, buildLexemeTable(WORDS));
    const [file] = readdirSync(dir).filter((f) => f.startsWith("lexemes-") && f.endsWith(".bin"));
    const bytes = readFileSync(join(dir, file));
    bytes[40] ^= 1;
    writeFileSync(join(dir, file), bytes);
    expect(store.read(WORDS)).toBeUndefined();
    writeFileSync(join(dir, file), bytes.subarray(0, 20));
    expect(store.read(WORDS)).toBeUndefined();
  });

  it("gives the model the same lexeme indexes with a store absent, filled, stale or failing", () => {
    const file = join(process.cwd(), "node_modules", "wink-eng-lite-web-model", "dist", "languages", "cur", "models", "eng-core-web-model.json");
    const text = readFileSync(file, "utf8");
    type Lexemes = { features: { lexeme: { list: string[]; hash: Record<string, number> } } };
    const plain = coreModelFrom(text) as unknown as Lexemes;
    const probe = [...plain.features.lexeme.list.filter((_, k) => k % 997 === 0), "not-a-word-of-the-model", "constructor"];
    const expected = probe.map((w) => plain.features.lexeme.hash[w]);
    let held: Uint32Array | undefined;
    let writes = 0;
    const memory: LexemeStore = { read: () => held, write: (_l, t) => ((held = t), (writes += 1)) };
    const read = (store: LexemeStore) => {
      const hash = (coreModelFrom(text, store) as unknown as Lexemes).features.lexeme.hash;
      return probe.map((w) => hash[w]);
    };
    // absent: built and written; then read back, not written again
    expect(read(memory)).toEqual(expected);
    expect(writes).toBe(1);
    expect(read(memory)).toEqual(expected);
    expect(writes).toBe(1);
    // stale (another list's table of the same size) or corrupt: refused, built and written again
    held = buildLexemeTable(plain.features.lexeme.list.map((w) => `${w}!`));
    expect(read(memory)).toEqual(expected);
    expect(writes).toBe(2);
    held = new Uint32Array(held.length).fill(7);
    expect(read(memory)).toEqual(expected);
    expect(writes).toBe(3);
    // a store that throws is passed over
    const fail = () => {
      throw new Error("disk");
    };
    const failing: LexemeStore = { read: fail, write: fail };
    expect(read(failing)).toEqual(expected);
  });
});
