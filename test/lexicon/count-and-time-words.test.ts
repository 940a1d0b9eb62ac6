import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { countAndTimeWordsFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { testEngine } from "../helpers.js";
import { tempDirs } from "../_temp-dirs.js";

// data/count-and-time-words.json: number words (list-appositive.ts countedGroupBefore) and the words of a
// deictic time phrase (find-parties.ts timePhraseEnd), validated and compiled into the lexicon.
const tempDir = tempDirs();
const dir = tempDir("dyad-count-time-");
const write = (data: unknown) => {
  const p = join(dir, "count-and-time-words.json");
  writeFileSync(p, JSON.stringify(data, null, 1));
  return p;
};
const valid = () => ({
  $comment: "test",
  numberWords: { source: "test", words: { two: 2, three: 3 } },
  countNouns: { source: "test", words: ["dozens"] },
  timePhrases: { source: "test", deictics: ["last"], units: ["week"] },
});

describe("count-and-time-words.json", () => {
  it("the shipped file validates, and each list names its source", () => {
    const data = readDataFile(join(defaultDataDir(), "count-and-time-words.json"), countAndTimeWordsFile);
    expect(data.numberWords.source).toMatch(/\w/);
    expect(data.countNouns.source).toMatch(/\w/);
    expect(data.timePhrases.source).toMatch(/\w/);
  });

  it("compiles into the lexicon: number words with their values, time words as sets", () => {
    const lex = testEngine().lexicon;
    expect(lex.numberWords.get("four")).toBe(4);
    expect(lex.numberWords.get("twelve")).toBe(12);
    expect(lex.numberWords.has("one")).toBe(false);
    expect(lex.countNouns.has("thousands")).toBe(true);
    expect(lex.countNouns.has("thousand")).toBe(false);
    expect(lex.timePhrases.deictics.has("earlier")).toBe(true);
    expect(lex.timePhrases.units.has("weekend")).toBe(true);
    expect(lex.timePhrases.units.has("today")).toBe(false);
  });

  it("accepts a well-formed file", () => {
    expect(() => readDataFile(write(valid()), countAndTimeWordsFile)).not.toThrow();
  });

  it("negative: refuses a capitalised word, a list with no source, a count that is no whole number, an unknown key", () => {
    const capital = valid();
    capital.timePhrases.units = ["Week"];
    expect(() => readDataFile(write(capital), countAndTimeWordsFile)).toThrow(/count-and-time-words\.json/);
    const { source: _, ...noSource } = valid().numberWords;
    expect(() => readDataFile(write({ ...valid(), numberWords: noSource }), countAndTimeWordsFile)).toThrow(/source/);
    expect(() => readDataFile(write({ ...valid(), numberWords: { source: "x", words: { half: 0.5 } } }), countAndTimeWordsFile)).toThrow();
    expect(() => readDataFile(write({ ...valid(), extra: [] }), countAndTimeWordsFile)).toThrow();
  });
});
