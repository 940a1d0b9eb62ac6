import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { titlesFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { testEngine } from "../helpers.js";
import { tempDirs } from "../_temp-dirs.js";

// data/titles.json meetingWords (subject-act.ts): the away words of meeting someone, which keep a holder at home.
const tempDir = tempDirs();
const dir = tempDir("dyad-meeting-words-");
const shipped = () => JSON.parse(readFileSync(join(defaultDataDir(), "titles.json"), "utf8")) as Record<string, unknown>;
const write = (data: unknown) => {
  const p = join(dir, "titles.json");
  writeFileSync(p, JSON.stringify(data, null, 1));
  return p;
};

describe("titles.json meetingWords", () => {
  it("compiles into the lexicon as a part of the away words: meeting, not travel or exile", () => {
    const lex = testEngine().lexicon;
    for (const w of ["met", "talks", "hosted", "envoy"]) {
      expect(lex.meetingWords.has(w)).toBe(true);
      expect(lex.awayWords.has(w)).toBe(true);
    }
    for (const w of ["visited", "exiled", "summit", "flew"]) expect(lex.meetingWords.has(w)).toBe(false);
  });

  it("negative: refuses a meeting word that is none of the away words", () => {
    expect(() => readDataFile(write({ ...shipped(), meetingWords: ["met", "greeted"] }), titlesFile)).toThrow(/"greeted" is not one of awayWords/);
    expect(() => readDataFile(write({ ...shipped(), meetingWords: [""] }), titlesFile)).toThrow(/titles\.json/);
  });
});
