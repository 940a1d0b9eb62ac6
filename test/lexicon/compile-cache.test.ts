import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asciiJson, defaultCacheDir, dictionaryMemo, hashOf, openCompileCache } from "../../src/lexicon/compile-cache.js";
import { defaultDataDir, worldCountries } from "../../src/lexicon/compile-lexicon.js";
import { personsFile } from "../../src/lexicon/schemas.js";
import { createEngine } from "../../src/engine.js";
import { tempDirs } from "../_temp-dirs.js";

const tempDir = tempDirs();

const temp = (name: string) => tempDir(`dyad-${name}-`);
const article = {
  id: "a",
  published: "2025-01-17",
  text: "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a treaty in Moscow on Friday. Ukraine accused Russia of shelling Kharkiv, Kyiv said. Hundreds protested in Magdeburg.",
};
/** a copy of dyad's data folder, to edit */
const dataCopy = () => {
  const dir = temp("data");
  cpSync(defaultDataDir(), dir, { recursive: true });
  return dir;
};
const entries = (dir: string, kind: string) => readdirSync(dir).filter((f) => f.startsWith(`${kind}-`));

describe("the compile cache's folder", () => {
  it("is $XDG_CACHE_HOME/dyad, else ~/.cache/dyad, and none when DYAD_CACHE=off", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/var/cache/me" })).toBe("/var/cache/me/dyad");
    // a relative XDG_CACHE_HOME is invalid by the spec and ignored
    expect(defaultCacheDir({ XDG_CACHE_HOME: "cache" })).toMatch(/\.cache\/dyad$/);
    expect(defaultCacheDir({})).toMatch(/\.cache\/dyad$/);
    expect(defaultCacheDir({ DYAD_CACHE: "off", XDG_CACHE_HOME: "/var/cache/me" })).toBeNull();
  });
});

describe("compile cache entries", () => {
  it("give back what was stored under the same kind and key, and nothing else", () => {
    const cache = openCompileCache(join(temp("cache"), "dyad"));
    const key = hashOf(["a"]);
    expect(cache.get("t", key)).toBeUndefined();
    cache.set("t", key, { x: [1, 2] });
    expect(cache.get("t", key)).toEqual({ x: [1, 2] });
    expect(cache.get("t", hashOf(["b"]))).toBeUndefined();
    expect(cache.get("u", key)).toBeUndefined();
  });

  it("a damaged entry is passed over", () => {
    const dir = join(temp("cache"), "dyad");
    const cache = openCompileCache(dir);
    const key = hashOf(["a"]);
    cache.set("t", key, [1]);
    writeFileSync(join(dir, `t-${key}.json`), '{"format": 1, "kind": "t", "key": "');
    expect(cache.get("t", key)).toBeUndefined();
  });

  it("writes an entry in ASCII, and gives back every character of what it stored", () => {
    const dir = join(temp("cache"), "dyad");
    const cache = openCompileCache(dir);
    const key = hashOf(["a"]);
    // diacritics, curly quotes, Cyrillic, CJK, an emoji (a surrogate pair), a lone surrogate, DEL, controls
    const value = { names: ["Sāmarrā’", "Kramators’k", "Москва", "北京", "🇺🇦", "\ud800", "a\u007fb", "tab\tnew\nline", "\"q\" \\"] };
    cache.set("t", key, value);
    const bytes = readFileSync(join(dir, `t-${key}.json`));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(cache.get("t", key)).toEqual(value);
    expect(JSON.parse(asciiJson(value))).toEqual(value);
    expect(asciiJson({ a: "x" })).toBe(JSON.stringify({ a: "x" }));
  });

  it("an entry with bytes that are not ASCII is damage, passed over", () => {
    const dir = join(temp("cache"), "dyad");
    const cache = openCompileCache(dir);
    const key = hashOf(["a"]);
    cache.set("t", key, ["x"]);
    const file = join(dir, `t-${key}.json`);
    // the same entry with its one string in UTF-8: valid JSON, but not what set writes
    writeFileSync(file, readFileSync(file, "latin1").replace('["x"]', '["é"]'), "utf8");
    expect(cache.get("t", key)).toBeUndefined();
  });

  it("a folder that cannot be written is no error", () => {
    const file = join(temp("cache"), "a-file");
    writeFileSync(file, "");
    // (a folder below a plain file can never be made, whoever runs the test)
    const cache = openCompileCache(join(file, "dyad"));
    expect(() => cache.set("t", hashOf(["a"]), [1])).not.toThrow();
    expect(cache.get("t", hashOf(["a"]))).toBeUndefined();
  });

  it("keeps the few most recently used entries of a kind", () => {
    const dir = join(temp("cache"), "dyad");
    const cache = openCompileCache(dir);
    for (let i = 0; i < 12; i++) cache.set("t", hashOf([String(i)]), i);
    cache.set("other", hashOf(["x"]), 0);
    expect(entries(dir, "t").length).toBeLessThanOrEqual(8);
    expect(cache.get("t", hashOf(["11"]))).toBe(11);
    expect(entries(dir, "other")).toHaveLength(1);
  });
});

describe("the dictionary memo", () => {
  it("answers a second engine's reads and tokens from the first one's entry", () => {
    const cache = openCompileCache(join(temp("cache"), "dyad"));
    const dataDir = defaultDataDir();
    const inputs = { dataDir, dictionaries: [], config: "test" };
    const first = dictionaryMemo(cache, inputs);
    const persons = first.read(join(dataDir, "persons.json"), personsFile);
    let runs = 0;
    const tokenize = () => (runs++, [["a"], ["b", "c"]]);
    first.tokenize(["a", "b c"], tokenize);
    first.save();
    const second = dictionaryMemo(cache, inputs);
    // the schema's output (defaults filled in) comes back as it was
    expect(second.read(join(dataDir, "persons.json"), personsFile)).toStrictEqual(persons);
    expect(second.tokenize(["a", "b c"], tokenize)).toEqual([["a"], ["b", "c"]]);
    expect(runs).toBe(1);
    // another phrase list is tokenised again
    expect(second.tokenize(["a", "b", "c"], () => [["a"], ["b"], ["c"]])).toEqual([["a"], ["b"], ["c"]]);
  });

  it("keeps what it is given to keep of a package, and gives it back to the next memo unbuilt", () => {
    const cache = openCompileCache(join(temp("cache"), "dyad"));
    const inputs = { dataDir: defaultDataDir(), dictionaries: [], config: "test" };
    const first = dictionaryMemo(cache, inputs);
    let builds = 0;
    const build = () => {
      builds++;
      return worldCountries();
    };
    const states = first.keep("world-countries", build);
    expect(first.keep("world-countries", build)).toBe(states);
    first.save();
    expect(dictionaryMemo(cache, inputs).keep("world-countries", build)).toEqual(states);
    expect(builds).toBe(1);
  });

  it("keeps of world-countries every state, in its order, with the fields the lexicon reads", () => {
    const all = createRequire(import.meta.url)("world-countries") as Record<string, unknown>[];
    const kept = worldCountries();
    expect(kept.map((c) => c.cca3)).toEqual(all.map((c) => c.cca3));
    const russia = kept.find((c) => c.cca3 === "RUS")!;
    expect(russia).toMatchObject({ unMember: true, name: { common: "Russia" }, capital: ["Moscow"], demonyms: { eng: { m: "Russian" } } });
    expect(russia.altSpellings).toContain("RU");
    expect(Object.keys(russia).sort()).toEqual(["altSpellings", "capital", "cca3", "demonyms", "name", "unMember"]);
    expect(JSON.stringify(kept).length).toBeLessThan(JSON.stringify(all).length / 4);
  });

  it("an edited data file makes another key: the file is read again", () => {
    const cache = openCompileCache(join(temp("cache"), "dyad"));
    const dataDir = dataCopy();
    const file = join(dataDir, "persons.json");
    const inputs = { dataDir, dictionaries: [], config: "test" };
    const first = dictionaryMemo(cache, inputs);
    expect(first.read(file, personsFile).some((p) => p.id === "person:zz-test")).toBe(false);
    first.save();
    const persons = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify([...persons, { id: "person:zz-test", name: "Zz Test", country: "FRA" }]));
    expect(dictionaryMemo(cache, inputs).read(file, personsFile).some((p) => p.id === "person:zz-test")).toBe(true);
  });
});

describe("an engine with the compile cache", () => {
  it("extracts exactly what an engine without it does, built and read back", () => {
    const dir = join(temp("cache"), "dyad");
    const plain = createEngine({ cache: false }).extract(article);
    const engine = createEngine({ cache: dir });
    expect(entries(dir, "dictionaries")).toHaveLength(1);
    // the gazetteer is built when an article first asks for a place the lexicon lacks (Magdeburg)
    expect(entries(dir, "gazetteer")).toHaveLength(0);
    const built = engine.extract(article);
    expect(entries(dir, "gazetteer")).toHaveLength(1);
    const read = createEngine({ cache: dir }).extract(article);
    expect(built).toEqual(plain);
    expect(read).toEqual(plain);
    expect(read.actors.find((a) => a.code === "UKR")).toBeTruthy();
    expect(read.actors.find((a) => a.code === "DEU")).toBeTruthy();
  });

  it("a stale entry is never used: after a data edit the dictionaries are built again, with the edit", () => {
    const dir = join(temp("cache"), "dyad");
    const dataDir = dataCopy();
    const text = "Zorblat Quenwick said the talks had failed.";
    const before = createEngine({ cache: dir, dataDir }).extract({ id: "b", text, published: "2025-01-17" });
    expect(before.actors.find((a) => a.name === "Zorblat Quenwick")?.code ?? null).toBeNull();
    const file = join(dataDir, "persons.json");
    const persons = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify([...persons, { id: "person:zorblat-quenwick", name: "Zorblat Quenwick", country: "FRA", roles: [{ role: "Foreign Minister", sector: "GOV" }] }]));
    const after = createEngine({ cache: dir, dataDir }).extract({ id: "b", text, published: "2025-01-17" });
    expect(after.actors.find((a) => a.name === "Zorblat Quenwick")).toMatchObject({ id: "person:zorblat-quenwick", code: "FRA" });
    expect(entries(dir, "dictionaries")).toHaveLength(2);
  });

  it("an invalid data file is refused with its line even when an entry for the valid one exists", () => {
    const dir = join(temp("cache"), "dyad");
    const dataDir = dataCopy();
    createEngine({ cache: dir, dataDir });
    const file = join(dataDir, "igos.json");
    writeFileSync(file, `[\n  {"id": "igo:x", "code": "x", "name": "X"}\n]\n`);
    expect(() => createEngine({ cache: dir, dataDir })).toThrow(/igos\.json:2: .*code/);
  });

  it("a cache folder that cannot be made changes nothing", () => {
    const file = join(temp("cache"), "a-file");
    writeFileSync(file, "");
    expect(createEngine({ cache: join(file, "dyad") }).extract(article)).toEqual(createEngine({ cache: false }).extract(article));
  });
});
