// wink's English model, read the cheap way. The package (wink-eng-lite-web-model 1.x) requires its
// 3 MB core model as a JSON module, then on each load deep-clones it (JSON.parse of JSON.stringify),
// decodes two base64 arrays a character at a time and builds the lookup tables: about 0.15 s of CPU
// at every start, plus 30 ms to compile the WordNet lemma exceptions that dyad never asks for. Here
// the same file is parsed once (the parse is the fresh copy), base64 is decoded by Buffer, and the
// lemmatizer is required the first time it is used; the other parts are the package's own modules.
// The result is the same model object (test/nlp/wink-model.test.ts compares the two); a package of
// another layout falls back to the package's own entry point.
//
// wink-nlp builds every part of its model when it loads, whatever its pipe: the named-entity and
// sentiment machines (570 KB of JSON, parsed twice: about 30 ms of CPU at every start) although
// dyad's pipe is sentence breaks and parts of speech only. Asked for a pipe, the parts outside it
// are given as empty machines, which wink loads and never runs.
import { readFileSync, statSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildLexemeTable, fitsList, tableLookup } from "./lexeme-table.js";

type Features = Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
interface CoreModel {
  lexicon: Uint32Array | string;
  xpansions: Uint32Array | string;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Features;
  pos: { hash: Record<string, number> };
  [k: string]: unknown;
}

/** The package's model object: loader functions (core, sbd, pos, ...), featureFn and addons. */
export type WinkModel = Record<string, unknown> & { core: () => unknown };

const CORE = join("languages", "cur", "models", "eng-core-web-model.json");
const PARTS = ["sbd", "pos", "ner", "negation", "sa"] as const;
/** the pipe's name of each part (wink-nlp: readDoc runs a part only when its pipe names it) */
const TASK: Record<(typeof PARTS)[number], string> = { sbd: "sbd", pos: "pos", ner: "ner", negation: "negation", sa: "sentiment" };
/** a machine that recognises nothing, as wink's automaton.emptyModelJSON() writes it */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
/** a part outside the pipe: one empty machine, which wink imports and never runs */
const unused = () => ({ machines: [EMPTY_MACHINE], transformers: [null], setter: null });

/** base64 → a Uint32Array over its own buffer (Buffer may hand out a slice of a shared pool) */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  const out = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

/**
 * The lexeme table wink reads as `hash[word]` (and writes as `hash[word] = index` for a new word), for
 * a list of 87,000 words: a plain object of them all costs 36 ms of every start (each key interned
 * and inserted into a growing dictionary), a Map 16 ms. So the words are a Map behind the object's
 * prototype, and a word becomes the object's own property the first time it is read: the same value
 * for every read, what wink writes lands on the object, and a long run reads its common words as
 * fast as before. (wink only reads and writes it by key: nothing enumerates it or asks `in`.)
 */
export function lazyLookup(list: readonly string[], table?: Uint32Array): Record<string, number> {
  // (given the list's hash table, nlp/lexeme-table.ts, the words are looked up there: no Map is built)
  let index: Map<string, number> | null = null;
  if (!table) {
    index = new Map<string, number>();
    for (let k = 0; k < list.length; k += 1) index.set(list[k], k);
  }
  const behind = new Proxy(Object.create(null) as Record<string, number>, {
    get(_target, key, receiver) {
      if (typeof key !== "string") return undefined;
      const value = index ? index.get(key) : tableLookup(list, table!, key);
      if (value !== undefined) Object.defineProperty(receiver, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
  });
  return Object.create(behind) as Record<string, number>;
}

/**
 * Where the lexeme table's hash table (nlp/lexeme-table.ts) is kept between runs (the compile
 * cache: lexicon/compile-cache.ts lexemeStore): read gives a table for this list or undefined.
 */
export interface LexemeStore {
  read(list: readonly string[]): Uint32Array | undefined;
  write(list: readonly string[], table: Uint32Array): void;
}

/** The lexeme table: from the store when it holds this list's, else built (and stored); with no
 *  store, a Map as before. A table read back is checked (fitsList): one that fails is built again. */
function lexemeLookup(list: readonly string[], store?: LexemeStore): Record<string, number> {
  if (!store) return lazyLookup(list);
  let table: Uint32Array | undefined;
  try {
    table = store.read(list);
  } catch {
    table = undefined;
  }
  if (!table || !fitsList(list, table)) {
    table = buildLexemeTable(list);
    try {
      store.write(list, table);
    } catch {
      /* not kept: the next start builds it again */
    }
  }
  return lazyLookup(list, table);
}

/**
 * Where the model file's parsed form (its JSON parsed, the two base64 arrays decoded) is kept
 * between runs, as node:v8 serialises it (the compile cache: lexicon/compile-cache.ts modelStore):
 * reading that back costs 10 ms of CPU, parsing the 3 MB of JSON and decoding 50-60 ms. `stamp`
 * names the file's version (its size and mtime).
 */
export interface ModelStore {
  read(stamp: string): Uint8Array | undefined;
  write(stamp: string, bytes: Uint8Array): void;
}

/** The model file's JSON parsed, its lexicon and expansions decoded (before any table is built). */
export function parseCore(text: string): CoreModel {
  const model = JSON.parse(text) as CoreModel;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  return model;
}

/** what a parsed model read back must look like: its arrays and the tables the loader builds from */
function isParsedCore(m: unknown): m is CoreModel {
  const c = m as CoreModel | null;
  return (
    !!c &&
    typeof c === "object" &&
    c.lexicon instanceof Uint32Array &&
    c.xpansions instanceof Uint32Array &&
    !!c.packing?.layout &&
    typeof c.packing.layout === "object" &&
    !!c.pos?.hash &&
    Array.isArray(c.features?.lexeme?.list) &&
    Array.isArray(c.features?.posClusters?.list) &&
    Object.values(c.packing.layout).every((l) => Array.isArray(l))
  );
}

/** The parsed model: from the store when it holds this file's version, else parsed (and stored). */
export function readParsedCore(file: string, store?: ModelStore): CoreModel {
  if (!store) return parseCore(readFileSync(file, "utf8"));
  let stamp = "";
  try {
    const st = statSync(file);
    stamp = `${st.size} ${st.mtimeMs}`;
    const bytes = store.read(stamp);
    if (bytes) {
      const held: unknown = deserialize(bytes);
      if (isParsedCore(held)) return held;
    }
  } catch {
    /* absent, damaged or of another shape: parsed below */
  }
  const model = parseCore(readFileSync(file, "utf8"));
  try {
    if (stamp) store.write(stamp, serialize(model));
  } catch {
    /* not kept: the next start parses again */
  }
  return model;
}

/** What the package's read-core-model.js and load-core-model.js build, from the file's text. */
export function coreModelFrom(text: string, lexemes?: LexemeStore): CoreModel {
  return coreModelOf(parseCore(text), lexemes);
}

/** ... and from the parsed model (parseCore, readParsedCore), which it completes in place. */
export function coreModelOf(model: CoreModel, lexemes?: LexemeStore): CoreModel {
  const { packing, features, pos } = model;
  for (const f in packing.layout)
    if (packing.layout[f][3] === 0) {
      const hash: Record<string, number> = Object.create(null);
      const list = features[f].list as string[];
      for (let k = 0; k < list.length; k += 1) hash[list[k]] = k;
      features[f].hash = hash;
    }
  features.lexeme.hash = lexemeLookup(features.lexeme.list as string[], lexemes);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  // (load-core-model.js)
  packing.efList = [];
  for (const f in packing.layout) {
    const l = packing.layout[f];
    if (l[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = l[1] >>> l[2];
    }
    if (l[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The package's own model, as `import model from "wink-eng-lite-web-model"` gives it. */
export function packageModel(): WinkModel {
  return createRequire(import.meta.url)("wink-eng-lite-web-model") as WinkModel;
}

/**
 * The same model, read the cheap way when the package has the layout of its 1.x releases; given
 * the pipe wink-nlp will run (its task names: "sbd", "pos", "ner", "negation", "sentiment"), the
 * parts outside it are empty.
 */
export function loadWinkModel(pipe?: readonly string[], lexemes?: LexemeStore, parsed?: ModelStore): WinkModel {
  const require = createRequire(import.meta.url);
  let dist: string;
  let parts: Record<string, unknown>;
  try {
    dist = dirname(require.resolve("wink-eng-lite-web-model"));
    parts = Object.fromEntries(PARTS.map((p) => [p, pipe && !pipe.includes(TASK[p]) ? unused : require(join(dist, `load-${p}-model.js`))]));
    parts.metaCER = require(join(dist, "load-cer-meta-model.js"));
    parts.featureFn = require(join(dist, "feature.js"));
    parts.stem = require(join(dist, "porter-stemmer.js"));
    parts.readabilityStats = require(join(dist, "readability-stats.js"));
    readFileSync(join(dist, "lemmatize.js"));
  } catch {
    return packageModel();
  }
  const file = join(dist, CORE);
  const model: WinkModel = Object.create(null);
  model.core = () => coreModelOf(readParsedCore(file, parsed), lexemes);
  for (const p of PARTS) model[p] = parts[p];
  model.metaCER = parts.metaCER;
  model.featureFn = parts.featureFn;
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = parts.stem;
  let lemmatize: ((...a: unknown[]) => unknown) | null = null;
  addons.lemmatize = (...a: unknown[]) => (lemmatize ??= require(join(dist, "lemmatize.js")) as (...a: unknown[]) => unknown)(...a);
  addons.readabilityStats = parts.readabilityStats;
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
