import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { convertedPersonsFile, personsFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { extract } from "../helpers.js";

const data = (name: string) => join(defaultDataDir(), name);

describe("data/persons-petrarch2.json (PETRARCH-2 heads of state and government, foreign and defence ministers)", () => {
  const file = readDataFile(data("persons-petrarch2.json"), convertedPersonsFile);

  it("keeps the MIT notice, a source line and a dated government role for every entry", () => {
    expect(file.licence).toMatch(/MIT License/);
    expect(file.licence).toMatch(/Open Event Data/);
    for (const p of file.persons) {
      expect(p.source).toMatch(/^petrarch2\/Phoenix\.Countries\.actors\.txt:\d+ [A-Z]/);
      expect(p.country).toMatch(/^[A-Z]{3}$/);
      expect(p.roles.length).toBeGreaterThan(0);
      for (const r of p.roles) expect(r.from || r.to).toBeTruthy();
    }
  });

  it("leaves one-word names, names two entries share, surnames, and dyad's own people out", () => {
    const own = readDataFile(data("persons.json"), personsFile);
    const ownNames = new Set(own.flatMap((p) => [p.name, ...p.aliases]).map((s) => s.toLowerCase()));
    const seen = new Set<string>();
    for (const p of file.persons) {
      expect(p.surname).toEqual([]);
      for (const f of [p.name, ...p.aliases]) {
        expect(f.split(" ").length, f).toBeGreaterThan(1);
        expect(ownNames.has(f.toLowerCase()), f).toBe(false);
        expect(seen.has(f.toLowerCase()), f).toBe(false);
        seen.add(f.toLowerCase());
        expect(/^(In|On|At|The|And) /.test(f), f).toBe(false);
      }
    }
  });

  it("refuses an entry without the notice", () => {
    expect(convertedPersonsFile().safeParse({ persons: [] }).success).toBe(false);
  });
});

describe("actors: people PETRARCH-2 knows", () => {
  const file = readDataFile(data("persons-petrarch2.json"), convertedPersonsFile);
  const person = (text: string, name: string) => extract(text).actors.find((a) => a.kind === "person" && a.name === name);

  it("gives a head of government of this century his state with no title in the text", () => {
    // (his dated role ended in 2008: in a 2025 article he is no government's)
    expect(person("Surayud Chulanont was questioned in 2009.", "Surayud Chulanont")).toMatchObject({ country: "THA", sector: null });
    expect(person("Patrice Trovoada spoke to reporters on Friday.", "Patrice Trovoada")).toMatchObject({ country: "STP" });
  });

  it("ends a role the source leaves open at its horizon: a 2025 article finds no office", () => {
    expect(person("Sali Berisha led a protest in Tirana.", "Sali Berisha")).toMatchObject({ country: "ALB", sector: null });
    for (const p of file.persons) for (const r of p.roles) expect(r.to, p.name).toBeTruthy();
  });

  it("keeps dyad's own entry where both know a person", () => {
    expect(extract("Barack Obama spoke in Chicago.").actors.find((a) => a.kind === "person")?.id).toBe("person:barack-obama");
  });

  it("negative: a surname alone, a given name alone or a word run is no known person", () => {
    // (Chulanont alone, a surname: left to the article's full mention)
    expect(extract("Chulanont spoke to reporters.").actors.some((a) => a.kind === "person" && a.country === "THA")).toBe(false);
    expect(extract("In Tampa the storm passed.").actors.some((a) => a.kind === "person" && a.country === "KHM")).toBe(false);
    expect(extract("Hamilton spoke to reporters.").actors.some((a) => a.kind === "person" && a.country === "GUY")).toBe(false);
  });

  it("finds a known person of the wider slice (in office since 1945) by full name, with the state", () => {
    expect(person("Willy Brandt visited Warsaw in 1970.", "Willy Brandt")).toMatchObject({ country: "DEU" });
    expect(person("Salvador Allende won the election.", "Salvador Allende")).toMatchObject({ country: "CHL" });
  });

  it("a weekday or a month beside a known person's name is no part of a longer name", () => {
    expect(person("Willy Brandt Monday said Germany would act.", "Willy Brandt")).toMatchObject({ country: "DEU" });
    expect(person("In December Salvador Allende said Chile would act.", "Salvador Allende")).toMatchObject({ country: "CHL" });
  });

  it("negative: a known person's name inside a longer proper name is part of that name", () => {
    // (a detainee, a Cuban minister, a North Korean leader, an airport: not the Afghan, Bolivian and North Korean
    // leaders the source lists, nor a president)
    const states = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => `${a.name}:${a.country ?? "-"}`);
    expect(states("The detainee moved to Estonia is Akhmed Abdul Qadir.")).not.toContain("Abdul Qadir:AFG");
    expect(states("The meeting was chaired by Bruno Eduardo Rodriguez on Monday.").some((s) => s.endsWith(":BOL"))).toBe(false);
    expect(states("Kim Il Sung ruled for decades.").some((s) => s === "Kim Il:PRK")).toBe(false);
    expect(states("Flights left John F. Kennedy Airport late.").some((s) => s.startsWith("John F. Kennedy"))).toBe(false);
    // (a title before the name is no name word: the person stands)
    expect(states("President John F. Kennedy spoke in Berlin.")).toContain("John F. Kennedy:USA");
  });

  it("negative: the foreign heads of an occupation are not the occupied state's people", () => {
    expect(file.persons.some((p) => p.name === "John Abizaid" || p.name === "Tommy Franks")).toBe(false);
  });
});
