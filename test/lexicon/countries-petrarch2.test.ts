import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { countryVariantsFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { extract } from "../helpers.js";

const data = (name: string) => join(defaultDataDir(), name);

describe("data/countries-petrarch2.json (misspelt state names from PETRARCH-2)", () => {
  const file = readDataFile(data("countries-petrarch2.json"), countryVariantsFile);

  it("keeps the MIT notice and a source line for every entry", () => {
    expect(file.licence).toMatch(/MIT License/);
    expect(file.licence).toMatch(/Copyright \(c\) 2014 Open Event Data/);
    for (const v of file.variants) expect(v.source).toMatch(/^petrarch2\/Phoenix\.Countries\.actors\.txt:\d+ \+[A-Z]/);
  });

  it("holds no demonym, plural or word of a name", () => {
    const names = new Set(file.variants.map((v) => v.name));
    for (const n of ["Argentinean", "Swede", "Turk", "Fijis", "Italia", "Luxemburg", "Jordon", "Tunis"]) expect(names.has(n), n).toBe(false);
  });

  it("refuses an entry without a source", () => {
    expect(countryVariantsFile().safeParse({ licence: "MIT", variants: [{ code: "AFG", name: "Afganistan" }] }).success).toBe(false);
  });
});

describe("actors: misspelt state names", () => {
  const codes = (text: string) => extract(text).actors.filter((a) => a.kind === "country").map((a) => a.code);

  it("reads a misspelt state's name as the state", () => {
    expect(codes("The president rejected a fresh offer from Afganistan for direct talks.")).toEqual(["AFG"]);
    expect(codes("Ethopia agreed to reopen its border.")).toEqual(["ETH"]);
    expect(codes("Troops from the Phillipines arrived on Monday.")).toEqual(["PHL"]);
    expect(codes("Lybia expelled two diplomats.")).toEqual(["LBY"]);
  });

  it("leaves names and words that look like one alone", () => {
    expect(codes("Rosa Luxemburg wrote the pamphlet in prison.")).toEqual([]);
    expect(codes("Forza Italia won the vote.")).toEqual([]);
    expect(codes("Jordon Hudson spoke to reporters.")).toEqual([]);
  });
});
