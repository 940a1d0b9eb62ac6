import { describe, expect, it } from "vitest";
import { DyadError } from "../../src/errors.js";
import { foldWord, searchWords, stemWord, textTerms } from "../../src/store/search-words.js";

describe("search words", () => {
  it("letters and digits; a trailing * is a prefix; no words is E_QUERY", () => {
    expect(searchWords('treaty" OR NEAR(part*')).toEqual([
      { word: "treaty", prefix: false },
      { word: "OR", prefix: false },
      { word: "NEAR", prefix: false },
      { word: "part", prefix: true },
    ]);
    expect(() => searchWords(" !? ")).toThrow(DyadError);
  });

  it("a text's words folded (no diacritics, lower case) and their Porter stems", () => {
    expect(foldWord("Café")).toBe("cafe");
    expect(stemWord("treaties")).toBe(stemWord("treaty"));
    expect(textTerms("Treaties with Partners, treaty.")).toEqual({ words: ["treaties", "with", "partners", "treaty"], stems: ["treati", "with", "partner"] });
  });
});
