import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { speechFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { testEngine } from "../helpers.js";
import { tempDirs } from "../_temp-dirs.js";

// data/speech.json stanceCopulas (find-quotes.ts stanceBefore), bodyCueInterveners and quoteClosers
// (speaking-body.ts speaksAsBody), clauseOnlyCues (said-content.ts), asCues and invertibleCues (find-quotes.ts):
// word lists moved out of code, validated and compiled into the lexicon.
const tempDir = tempDirs();
const dir = tempDir("dyad-speech-lists-");
const shipped = () => JSON.parse(readFileSync(join(defaultDataDir(), "speech.json"), "utf8")) as Record<string, unknown>;
const write = (data: unknown) => {
  const p = join(dir, "speech.json");
  writeFileSync(p, JSON.stringify(data, null, 1));
  return p;
};

describe("speech.json: stance copulas, a body's cue interveners, quote closers", () => {
  it("the shipped file validates and compiles the three lists into sets", () => {
    const data = readDataFile(join(defaultDataDir(), "speech.json"), speechFile);
    expect(data.stanceCopulas).toContain("sounded");
    const lex = testEngine().lexicon;
    expect(lex.stanceCopulas.has("was")).toBe(true);
    expect(lex.stanceCopulas.has("said")).toBe(false);
    expect(lex.bodyCueInterveners.has("also")).toBe(true);
    expect(lex.bodyCueInterveners.has("on")).toBe(false);
    expect(lex.quoteClosers.has("”")).toBe(true);
    expect(lex.quoteClosers.has("“")).toBe(false);
  });

  it("negative: refuses a capitalised copula, two words as one intervener, a word as a quote closer", () => {
    expect(() => readDataFile(write({ ...shipped(), stanceCopulas: ["Was"] }), speechFile)).toThrow(/speech\.json/);
    expect(() => readDataFile(write({ ...shipped(), bodyCueInterveners: ["on monday"] }), speechFile)).toThrow(/intervener/);
    expect(() => readDataFile(write({ ...shipped(), quoteClosers: ["said"] }), speechFile)).toThrow(/punctuation/);
    expect(() => readDataFile(write({ ...shipped(), quoteClosers: [",,"] }), speechFile)).toThrow(/punctuation/);
  });

  it("the cue lists hold lemmas of verbs: 'as X said' and 'said X' take report verbs, not forecasts", () => {
    const lex = testEngine().lexicon;
    expect(lex.asCues.has("say")).toBe(true);
    expect(lex.asCues.has("predict")).toBe(false);
    expect(lex.asCues.has("warn")).toBe(false);
    expect(lex.invertibleCues.has("point out")).toBe(true);
    expect(lex.invertibleCues.has("tell")).toBe(false);
    expect(lex.clauseOnlyCues.has("insist")).toBe(true);
    expect(lex.clauseOnlyCues.has("tell")).toBe(false);
  });

  it("negative: refuses a cue that is no lemma of verbs (a form, an unknown word)", () => {
    expect(() => readDataFile(write({ ...shipped(), asCues: ["say", "emphasize"] }), speechFile)).toThrow(/"emphasize" is not a lemma of verbs/);
    expect(() => readDataFile(write({ ...shipped(), invertibleCues: ["said"] }), speechFile)).toThrow(/not a lemma/);
    expect(() => readDataFile(write({ ...shipped(), clauseOnlyCues: ["mumble"] }), speechFile)).toThrow(/clauseOnlyCues/);
  });
});
