// Compiling event patterns: dyad's own, then the patterns converted from PETRARCH-2, which never
// override one of dyad's own.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileEventPatterns, readConvertedPatterns } from "../../src/lexicon/compile-events.js";
import type { ConvertedPatterns, EventPatterns } from "../../src/lexicon/schemas.js";
import { tempDirs } from "../_temp-dirs.js";

const tempDir = tempDirs();

const source = (line: number, pattern: string) => ({ file: "CAMEO.2.0.txt", block: "CONFER", line, pattern });
const own: EventPatterns = {
  verbs: [
    { id: "discuss-aid", verb: "discuss", object: ["aid"], target: "object", type: "COOPERATE", cameo: "060" },
    { id: "discuss", verb: "discuss", target: ["with"], type: "CONSULT", cameo: "040" },
  ],
  nouns: [],
};
const converted: ConvertedPatterns = {
  verbs: [
    { id: "p2-discuss-aid-061", verb: "discuss", object: ["aid", "aids"], target: "object", type: "COOPERATE", cameo: "061", source: source(56, "- * AID [061] # DISCUSS") },
    { id: "p2-discuss-with-046", verb: "discuss", particle: "with", target: "object", type: "CONSULT", cameo: "046", source: source(54, "- * (WITH) [046:046]") },
    { id: "p2-discuss-040", verb: "discuss", target: "object", type: "CONSULT", cameo: "040", source: source(34, "DISCUSS [040:040]") },
    { id: "p2-converse-040", verb: "converse", target: "object", type: "CONSULT", cameo: "040", source: source(33, "CONVERSE [040:040]") },
  ],
  nouns: [],
};
const lex = compileEventPatterns([{ file: "events.json", data: own }], [{ file: "events-petrarch2.json", data: converted }]);
const ids = (form: string) => lex.verbs.get(form)?.map((p) => p.id);

describe("converted patterns: dyad's own win", () => {
  it("a converted pattern loses the object words one of dyad's own has for the same verb and particle", () => {
    const p = lex.verbs.get("discussed")!.find((p) => p.id === "p2-discuss-aid-061")!;
    expect(p.object).toEqual(["aids"]);
  });

  it("a converted bare verb gives way to dyad's own bare verb", () => {
    expect(ids("discusses")).not.toContain("p2-discuss-040");
  });

  it("at a word, every one of dyad's own patterns is tried before a converted one, however specific", () => {
    // p2-discuss-with (a particle) is more specific than dyad's bare "discuss" but comes after it
    expect(ids("discussed")).toEqual(["discuss-aid", "discuss", "p2-discuss-with-046", "p2-discuss-aid-061"]);
  });

  it("adds a verb dyad lacks, keeping the line it came from", () => {
    const p = lex.verbs.get("conversed")![0];
    expect(p).toMatchObject({ id: "p2-converse-040", from: "events-petrarch2.json", source: { block: "CONFER", line: 33 } });
  });

  it("without converted patterns, dyad's own compile as before", () => {
    const alone = compileEventPatterns([{ file: "events.json", data: own }]);
    expect(alone.verbs.get("conversed")).toBeUndefined();
    expect(alone.size).toBe(2);
  });
});

describe("converted pattern files are validated", () => {
  const dir = tempDir("dyad-p2-");
  const write = (name: string, verbs: object[]) => {
    const p = join(dir, name);
    writeFileSync(p, JSON.stringify({ verbs, nouns: [] }, null, 1));
    return p;
  };
  const good = { id: "p2-converse-040", verb: "converse", target: "object", type: "CONSULT", cameo: "040", source: source(33, "CONVERSE [040:040]") };

  it("reads a good file", () => {
    expect(readConvertedPatterns(write("good.json", [good])).data.verbs).toHaveLength(1);
  });

  it("refuses an entry without the line it came from", () => {
    const { source: _, ...bare } = good;
    expect(() => readConvertedPatterns(write("nosource.json", [bare]))).toThrow(/E_DICTIONARY.*nosource\.json/);
  });

  it("refuses a type that is not PLOVER's, naming the file and line", () => {
    expect(() => readConvertedPatterns(write("badtype.json", [good, { ...good, id: "p2-x", type: "ATTACK" }]))).toThrow(/badtype\.json:\d+/);
  });

  it("refuses noun patterns (a converted file has verbs only)", () => {
    const p = join(dir, "nouns.json");
    writeFileSync(p, JSON.stringify({ verbs: [good], nouns: [{ id: "x", nouns: ["x"], type: "AGREE", cameo: "030" }] }));
    expect(() => readConvertedPatterns(p)).toThrow(/E_DICTIONARY/);
  });
});

describe("particles: the words verb patterns take as their particle", () => {
  it("lists each particle of a compiled pattern, and no object word", () => {
    // (an adverb between a verb and its particle is skipped only when it is no particle itself)
    expect([...lex.particles]).toEqual(["with"]);
    expect(lex.particles.has("aid")).toBe(false);
  });
});

describe("noun patterns a compound modifier chooses", () => {
  const nouns: EventPatterns = {
    verbs: [],
    nouns: [
      { id: "strike-noun", nouns: ["strike"], sourcePreps: ["by"], targetPreps: ["on"], type: "ASSAULT", cameo: "195" },
      { id: "hunger-strike", nouns: ["strike"], modifiers: ["hunger"], sourcePreps: ["by"], targetPreps: ["against"], type: "PROTEST", cameo: "142" },
    ],
  };
  it("are tried before the noun's unmodified patterns, whatever their order in the file", () => {
    const lexicon = compileEventPatterns([{ file: "events.json", data: nouns }]);
    expect(lexicon.nouns.get("strike")?.map((p) => p.id)).toEqual(["hunger-strike", "strike-noun"]);
  });
});

describe("the words patterns start at", () => {
  it("hold every verb form, base form and noun, and no other word", () => {
    const lexicon = compileEventPatterns([{ file: "events.json", data: { verbs: [{ id: "ban", verb: "ban", forms: ["banned", "bans"], target: "object", type: "SANCTION", cameo: "163" }], nouns: [{ id: "embargo", nouns: ["embargo"], sourcePreps: ["by"], targetPreps: ["on"], type: "SANCTION", cameo: "163" }] } }]);
    for (const w of [...lexicon.verbs.keys(), ...lexicon.lemmas.keys(), ...lexicon.nouns.keys()]) expect(lexicon.words.has(w)).toBe(true);
    expect([...lexicon.words].sort()).toEqual(["ban", "banned", "bans", "embargo"]);
    // (negative: an object word or a preposition of a pattern starts none)
    expect(lexicon.words.has("on")).toBe(false);
    expect(lexicon.words.has("by")).toBe(false);
  });
});
