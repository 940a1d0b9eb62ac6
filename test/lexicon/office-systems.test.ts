import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { titlesFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { testEngine } from "../helpers.js";
import { tempDirs } from "../_temp-dirs.js";

// data/titles.json officeSystems (office-systems.ts): words of a legislature, party or office only some states use.
const tempDir = tempDirs();
const dir = tempDir("dyad-office-systems-");
const shipped = () => JSON.parse(readFileSync(join(defaultDataDir(), "titles.json"), "utf8")) as Record<string, unknown>;
const write = (data: unknown) => {
  const p = join(dir, "titles.json");
  writeFileSync(p, JSON.stringify(data, null, 1));
  return p;
};

describe("titles.json officeSystems", () => {
  it("compiles each word as written to its states, and 'MP for <seat>' to the Westminster systems", () => {
    const lex = testEngine().lexicon;
    expect(lex.officeSystems.get("Tory")).toEqual(["GBR"]);
    expect(lex.officeSystems.get("MP")).toContain("UKR");
    expect(lex.officeSeats.get("MP")).toContain("GBR");
    expect(lex.officeSeats.get("MP")).not.toContain("UKR");
    expect(lex.officeSystems.get("congressman")).toContain("USA");
    expect(lex.officeSystems.has("conservative")).toBe(false);
    // (matched as written: a US 'Select Committee' is a name's word)
    expect(lex.officeSystems.get("select")).toContain("GBR");
    expect(lex.officeSystems.has("Select")).toBe(false);
  });

  it("negative: refuses a word in two entries, a phrase, and an unknown state code", () => {
    expect(() => readDataFile(write({ ...shipped(), officeSystems: [{ words: ["Tory"], states: ["GBR"] }, { words: ["Tory"], states: ["CAN"] }] }), titlesFile)).toThrow(/'Tory' is in two officeSystems entries/);
    expect(() => readDataFile(write({ ...shipped(), officeSystems: [{ words: ["Lib Dem"], states: ["GBR"] }] }), titlesFile)).toThrow(/one word of letters/);
    expect(() => readDataFile(write({ ...shipped(), officeSystems: [{ words: ["Tory"], states: ["gb"] }] }), titlesFile)).toThrow(/titles\.json/);
  });
});
