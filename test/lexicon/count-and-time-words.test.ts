import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { countAndTimeWordsFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { compileTimePhrases } from "../../src/lexicon/compile-time-phrases.js";
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
    // (one set of days for every stage: the weekdays and the days counted from the day of writing)
    expect(lex.timePhrases.weekdays.has("thursday")).toBe(true);
    expect(lex.timePhrases.weekdays.has("yesterday")).toBe(false);
    for (const d of ["monday", "sunday", "today", "tonight", "yesterday", "tomorrow"]) expect(lex.timePhrases.days.has(d)).toBe(true);
    for (const w of ["week", "day", "march", "Monday", "morning"]) expect(lex.timePhrases.days.has(w)).toBe(false);
    expect(lex.timePhrases.calendarUnits.has("month")).toBe(true);
    expect(lex.timePhrases.calendarUnits.has("morning")).toBe(false);
  });

  it("compileTimePhrases: days are the weekdays and the day deictics together; lists left out compile empty", () => {
    const time = compileTimePhrases(readDataFile(write(valid()), countAndTimeWordsFile).timePhrases);
    expect(time.days.size).toBe(0);
    const more = valid() as ReturnType<typeof valid> & { timePhrases: { weekdays?: string[]; dayDeictics?: string[] } };
    more.timePhrases.weekdays = ["friday"];
    more.timePhrases.dayDeictics = ["today"];
    const days = compileTimePhrases(readDataFile(write(more), countAndTimeWordsFile).timePhrases).days;
    expect([...days].sort()).toEqual(["friday", "today"]);
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
    expect(() => readDataFile(write({ ...valid(), timePhrases: { ...valid().timePhrases, weekdays: ["Monday"] } }), countAndTimeWordsFile)).toThrow(/count-and-time-words\.json/);
    expect(() => readDataFile(write({ ...valid(), timePhrases: { ...valid().timePhrases, dayDeictics: ["the day after"] } }), countAndTimeWordsFile)).toThrow();
    // a calendar unit must be one of the units of time
    expect(() => readDataFile(write({ ...valid(), timePhrases: { ...valid().timePhrases, calendarUnits: ["fortnight"] } }), countAndTimeWordsFile)).toThrow(/is not one of units/);
  });
});
