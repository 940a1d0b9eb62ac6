import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { personsFile, userDictionaryFile } from "../../src/lexicon/schemas.js";
import { createEngine } from "../../src/engine.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { DyadError } from "../../src/errors.js";
import { tempDirs } from "../_temp-dirs.js";

const tempDir = tempDirs();

const dir = tempDir("dyad-lex-");
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("dictionary files", () => {
  it("names the file and line of an invalid entry", () => {
    const p = file(
      "persons.json",
      `[\n  {"id": "person:a-b", "name": "A B", "country": "USA"},\n  {"id": "person:c-d", "name": "C D", "country": "usa"}\n]\n`,
    );
    expect(() => readDataFile(p, personsFile)).toThrow(/persons\.json:3: .*code/);
  });

  it("names the line of a JSON syntax error", () => {
    const p = file("bad.json", `[\n  {"id": "x",\n  oops\n]`);
    expect(() => readDataFile(p, personsFile)).toThrow(/E_DICTIONARY.*bad\.json:3/);
  });

  it("refuses a role that ends before it starts", () => {
    const p = file("roles.json", `[{"id": "person:x-y", "name": "X Y", "country": "FRA", "roles": [{"role": "King", "sector": "GOV", "from": "2020-01-01", "to": "2019-01-01"}]}]`);
    expect(() => readDataFile(p, personsFile)).toThrow(/from date is after/);
  });

  it("a user's own actors are found in articles", () => {
    const p = file("mine.json", JSON.stringify({ organizations: [{ id: "org:acme", name: "Acme Corp", aliases: ["Acme"], sector: "BUS", country: "GBR" }] }));
    expect(readDataFile(p, userDictionaryFile).organizations).toHaveLength(1);
    const engine = createEngine({ dictionaries: [p] });
    const rec = engine.extract({ id: "x", text: "Acme said sales fell in Britain.", published: "2025-01-01" });
    expect(rec.actors.find((a) => a.id === "org:acme")).toMatchObject({ code: "GBR", sector: "BUS" });
  });

  it("a user's own event patterns fire, and an invalid one is refused with its line", () => {
    const p = file(
      "my-events.json",
      JSON.stringify({ events: { verbs: [{ id: "snub", verb: "snub", target: "object", type: "REJECT", cameo: "12" }], nouns: [] } }),
    );
    const engine = createEngine({ dictionaries: [p] });
    const rec = engine.extract({ id: "x", text: "France snubbed Italy at the summit.", published: "2025-01-01" });
    expect(rec.events.find((e) => e.type === "REJECT")).toMatchObject({ source: ["FRA"], target: ["ITA"], rule: "events/verb:snub" });
    const bad = file("bad-events.json", `{"events": {"verbs": [\n  {"id": "x", "verb": "snub", "target": "object", "type": "SNUB", "cameo": "12"}\n], "nouns": []}}`);
    expect(() => createEngine({ dictionaries: [bad] })).toThrow(/bad-events\.json:2/);
  });

  // valid files are read with JSON.parse alone; the positions are found only for a file that fails
  it("an invalid file of dyad's own data still names its path and line, and what is wrong", () => {
    const data = tempDir("dyad-data-");
    cpSync(defaultDataDir(), data, { recursive: true });
    const titles = join(data, "titles.json");
    const lines = readFileSync(titles, "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes('"text":'));
    lines[at] = lines[at].replace(/"text":\s*"[^"]*"/, '"text": ""');
    writeFileSync(titles, lines.join("\n"));
    let err: unknown;
    try {
      createEngine({ dataDir: data });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DyadError);
    expect((err as DyadError).code).toBe("E_DICTIONARY");
    expect((err as Error).message).toMatch(new RegExp(`${titles.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${at + 1}: .* at titles\\.\\d+\\.text`));
  });

  it("a file that is not JSON names the line of the error", () => {
    const p = file("broken.json", `{\n  "words": ["a",\n  "b" "c"],\n  "places": []\n}`);
    expect(() => readDataFile(p, personsFile)).toThrow(/broken\.json:3: not valid JSON/);
  });

  it("a valid file reads the same as its schema makes it, defaults filled in", () => {
    const p = file("ok.json", `[{"id": "person:x-y", "name": "X Y", "country": null}]`);
    expect(readDataFile(p, personsFile)).toStrictEqual([{ id: "person:x-y", name: "X Y", aliases: [], surname: [], country: null, roles: [] }]);
  });
});
