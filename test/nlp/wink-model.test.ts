import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serialize } from "node:v8";
import { modelStore, openCompileCache } from "../../src/lexicon/compile-cache.js";
import { lazyLookup, loadWinkModel, packageModel, parseCore, readParsedCore, type ModelStore } from "../../src/nlp/wink-model.js";
import { tempDirs } from "../_temp-dirs.js";

const tempDir = tempDirs();

/** JSON text of a model part, with typed arrays, Sets and the prototype of objects made visible */
function canonical(value: unknown): string {
  return JSON.stringify(value, function (_k, v: unknown) {
    if (v instanceof Uint32Array) return { u32: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") };
    if (v instanceof Set) return { set: [...v] };
    if (v && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === null) return { nullProto: { ...v } };
    return v;
  });
}

// nlp/wink-model.ts reads wink's model its own way; what it builds must be what the package builds.
describe("wink model read the cheap way", () => {
  const ours = loadWinkModel();
  const theirs = packageModel();

  it("builds the same core model as the package (arrays, lookup tables, clusters, sizes)", () => {
    const a = ours.core() as Record<string, unknown>;
    const b = theirs.core() as Record<string, unknown>;
    expect(a.lexicon).toBeInstanceOf(Uint32Array);
    expect((a.lexicon as Uint32Array).length).toBeGreaterThan(100_000);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    // the lexeme table gives each word the package's index (read through lazyLookup: compared by reading)
    type Features = Record<string, { hash: Record<string, number> }>;
    const mine = (a.features as Features).lexeme.hash;
    const package_ = (b.features as Features).lexeme.hash;
    const words = Object.keys(package_);
    expect(words.length).toBeGreaterThan(80_000);
    expect(words.filter((w) => mine[w] !== package_[w])).toEqual([]);
    for (const w of ["not-a-word-of-the-model", "constructor", "__proto__", "toString"]) expect(mine[w], w).toBe(package_[w]);
    (a.features as Features).lexeme.hash = Object.assign(Object.create(null), mine);
    // (compared as text: a deep toEqual of 90,000-key tables takes half a minute)
    for (const k of Object.keys(b)) expect(canonical(a[k]) === canonical(b[k]), k).toBe(true);
  });

  it("reads and writes the lexeme table as a plain table: lazyLookup", () => {
    const table = lazyLookup(["the", "talks", "__proto__", "talks", "hasOwnProperty"]);
    const plain: Record<string, number> = Object.create(null);
    for (const [k, w] of ["the", "talks", "__proto__", "talks", "hasOwnProperty"].entries()) plain[w] = k;
    for (const w of ["the", "talks", "__proto__", "hasOwnProperty", "toString", "constructor", "Geneva", ""]) expect(table[w], w).toBe(plain[w]);
    // (a later duplicate wins, as in the loop that built the plain table)
    expect(table.talks).toBe(3);
    // a new word is written, then read back; a word of the list keeps its index after reads
    expect(table.Geneva).toBeUndefined();
    table.Geneva = 5;
    expect(table.Geneva).toBe(5);
    expect(table.the).toBe(0);
    expect(table.the).toBe(0);
    expect(table[Symbol.iterator as unknown as string]).toBeUndefined();
  });

  it("gives a fresh core model on each call, as the package does (wink-nlp grows it in place)", () => {
    expect(ours.core() !== ours.core()).toBe(true);
  });

  it("keeps the package's own loaders and addons", () => {
    for (const p of ["sbd", "pos", "ner", "negation", "sa", "metaCER", "featureFn"]) expect(ours[p], p).toBe(theirs[p]);
    const addons = ours.addons as Record<string, unknown>;
    const theirAddons = theirs.addons as Record<string, unknown>;
    expect(addons.stem).toBe(theirAddons.stem);
    expect(addons.readabilityStats).toBe(theirAddons.readabilityStats);
  });

  it("tags, splits and lemmatises a text as the package's model does", () => {
    const text = "The ministers were meeting in Geneva on Tuesday. Mr. O'Neill said talks had failed; he'd leave.";
    const out = (model: unknown) => {
      const nlp = winkNLP(model as never, ["sbd", "pos"]);
      const doc = nlp.readDoc(text);
      const its = nlp.its;
      return [doc.tokens().out(), doc.tokens().out(its.pos), doc.tokens().out(its.lemma), doc.sentences().out()];
    };
    const mine = out(ours);
    expect(mine[2]).toContain("meet");
    expect(mine).toEqual(out(theirs));
  });

  it("given a pipe, leaves the parts outside it empty, and reads texts as the whole model does", () => {
    const piped = loadWinkModel(["sbd", "pos"]);
    for (const p of ["sbd", "pos", "metaCER", "featureFn"]) expect(piped[p], p).toBe(theirs[p]);
    for (const p of ["ner", "negation", "sa"]) {
      expect(piped[p], p).not.toBe(theirs[p]);
      const part = (piped[p] as () => { machines: string[] })();
      expect(part.machines).toHaveLength(1);
      expect(JSON.parse(part.machines[0])[3]).toEqual({}); // no terminal state: recognises nothing
    }
    const text = "The ministers were not meeting in Geneva on Tuesday. Mr. O'Neill of the United Nations said talks had failed; he'd leave.";
    const out = (model: unknown) => {
      const nlp = winkNLP(model as never, ["sbd", "pos"]);
      const doc = nlp.readDoc(text);
      const its = nlp.its;
      return [doc.tokens().out(), doc.tokens().out(its.pos), doc.tokens().out(its.lemma), doc.sentences().out(), doc.tokens().out(its.type)];
    };
    expect(out(piped)).toEqual(out(theirs));
    // the parts it left empty find nothing: entities need the whole model and its pipe
    const full = winkNLP(theirs as never, ["sbd", "pos", "ner"]);
    const empty = winkNLP(piped as never, ["sbd", "pos", "ner"]);
    expect(full.readDoc(text).entities().length()).toBeGreaterThan(0);
    expect(empty.readDoc(text).entities().length()).toBe(0);
  });
});

// nlp/wink-model.ts readParsedCore: the parsed model kept as node:v8 bytes
describe("wink's parsed model kept between runs", () => {
  const file = join(process.cwd(), "node_modules", "wink-eng-lite-web-model", "dist", "languages", "cur", "models", "eng-core-web-model.json");
  const parsed = canonical(parseCore(readFileSync(file, "utf8")));

  it("is parsed and written when absent, then read back the same, once per version of the file", () => {
    const held = new Map<string, Uint8Array>();
    let writes = 0;
    const store: ModelStore = { read: (stamp) => held.get(stamp), write: (stamp, bytes) => (held.set(stamp, bytes), (writes += 1)) };
    expect(canonical(readParsedCore(file, store))).toBe(parsed);
    expect(writes).toBe(1);
    const again = readParsedCore(file, store);
    expect(writes).toBe(1);
    expect(canonical(again)).toBe(parsed);
    // a fresh object each time (wink-nlp completes it in place)
    expect(readParsedCore(file, store) !== again).toBe(true);
    // the file's version (size and mtime) names its entry: another version is not given this one
    expect([...held.keys()]).toHaveLength(1);
    expect([...held.keys()][0]).toMatch(/^\d+ [\d.]+$/);
  });

  it("passes over bytes that are not a parsed model, damaged bytes and a failing store", () => {
    for (const bad of [serialize({ lexicon: "x" }), serialize(null), Buffer.from("not v8 at all"), serialize(parseCore(readFileSync(file, "utf8"))).subarray(0, 5000)]) {
      let writes = 0;
      const store: ModelStore = { read: () => bad, write: () => (writes += 1) };
      expect(canonical(readParsedCore(file, store))).toBe(parsed);
      expect(writes).toBe(1);
    }
    const fail = () => {
      throw new Error("disk");
    };
    expect(canonical(readParsedCore(file, { read: fail, write: fail }))).toBe(parsed);
  });

  it("lives in the compile cache as a checked .bin entry: a damaged one is passed over", () => {
    const dir = tempDir("dyad-wink-model-");
    const store = modelStore(openCompileCache(dir));
    expect(store.read("1 2")).toBeUndefined();
    expect(canonical(readParsedCore(file, store))).toBe(parsed);
    const [entry] = readdirSync(dir).filter((f) => f.startsWith("wink-model-") && f.endsWith(".bin"));
    expect(canonical(readParsedCore(file, store))).toBe(parsed);
    const st = statSync(file);
    const stamp = `${st.size} ${st.mtimeMs}`;
    expect(store.read(stamp)).toBeDefined();
    const bytes = readFileSync(join(dir, entry));
    bytes[bytes.length - 10] ^= 1;
    writeFileSync(join(dir, entry), bytes);
    expect(store.read(stamp)).toBeUndefined();
    expect(canonical(readParsedCore(file, store))).toBe(parsed);
  });
});
