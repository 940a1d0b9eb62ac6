import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readDataFile } from "../../src/lexicon/read-data-file.js";
import { convertedPersonsFile, personsFile } from "../../src/lexicon/schemas.js";
import { defaultDataDir } from "../../src/lexicon/compile-lexicon.js";
import { extract } from "../helpers.js";

const data = (name: string) => join(defaultDataDir(), name);

describe("data/persons-congress.json (members of the US Congress since 1970, from unitedstates/congress-legislators)", () => {
  const file = readDataFile(data("persons-congress.json"), convertedPersonsFile);

  it("keeps the CC0 notice, a source per entry, the state USA and only dated legislative roles", () => {
    expect(file.licence).toMatch(/CC0 1\.0 Universal/);
    expect(file.licence).toMatch(/unitedstates\/congress-legislators/);
    expect(file.persons.length).toBeGreaterThan(2000);
    for (const p of file.persons) {
      expect(p.source, p.name).toMatch(/^congress-legislators\/[\w.-]+ [A-Z]\d{6}( [A-Z]\d{6})*$/);
      expect(p.country).toBe("USA");
      for (const r of p.roles) {
        expect(["Senator", "Representative"]).toContain(r.role);
        expect(r.sector).toBe("LEG");
        expect(r.from && r.to, p.name).toBeTruthy();
      }
    }
  });

  it("names each member by two words or more, no name twice, none of dyad's own people's (by first and last word)", () => {
    const own = readDataFile(data("persons.json"), personsFile);
    const ends = (n: string) => {
      const w = n.replace(/,? (?:Jr\.|Sr\.|II|III|IV)$/, "").toLowerCase().split(/\s+/);
      return `${w[0]} ${w[w.length - 1]}`;
    };
    const ownEnds = new Set(own.flatMap((p) => [p.name, ...p.aliases]).map(ends));
    const seen = new Set<string>();
    for (const p of file.persons) {
      expect(p.surname).toEqual([]);
      for (const f of [p.name, ...p.aliases]) {
        expect(f.split(" ").length, f).toBeGreaterThan(1);
        expect(ownEnds.has(ends(f)), f).toBe(false);
        expect(seen.has(f.toLowerCase()), f).toBe(false);
        seen.add(f.toLowerCase());
      }
    }
    // ("John Kerry" and "George Bush" are persons.json's; "John F. Kerry" with them)
    expect(file.persons.some((p) => [p.name, ...p.aliases].some((f) => /^(John F\. Kerry|John Kerry|George Bush)$/.test(f)))).toBe(false);
  });

  it("writes the name news uses first: a nickname, or the official name without middle initials or suffix", () => {
    const named = (id: string) => file.persons.find((p) => p.id === id)?.name;
    expect(named("person:adam-schiff")).toBe("Adam Schiff");
    expect(named("person:angus-king")).toBe("Angus King");
  });
});

describe("actors: members of the US Congress", () => {
  const person = (text: string, name: string) => extract(text, "2019-06-01").actors.find((a) => a.kind === "person" && a.name === name);

  it("gives a member named with no title the state USA and the role the date holds, in an article of US politics", () => {
    expect(person("Rand Paul and Ted Cruz have conspired to make the Senate incapable of governing.", "Rand Paul")).toMatchObject({ country: "USA", role: "Senator" });
    expect(person("Republicans, from Adam Schiff's critics to Mitt Romney, have accused the White House of weakness. The State Department said nothing.", "Mitt Romney")).toMatchObject({ country: "USA" });
  });

  it("a member of the historical list has the state and no role of an unknown date", () => {
    expect(person("Jane Harman said the Republicans were wrong.", "Jane Harman")).toMatchObject({ country: "USA", role: null });
  });

  it("negative: in an article that speaks of no US politics, a member's name is left to the text (a namesake elsewhere)", () => {
    // (a London banker, an Irish historian: the US dollar and "U.S." alone are no US politics)
    const banker = extract('"Sterling will rise against the U.S. dollar," said John Cox, a director of a London bank.').actors.find((a) => a.name === "John Cox");
    expect(banker?.country ?? null).not.toBe("USA");
    const historian = extract("Michael Collins, an Irish historian, spoke in Dublin.").actors.find((a) => a.name === "Michael Collins");
    expect(historian?.country).toBe("IRL");
  });

  it("negative: the text's own state wins over a member's name", () => {
    expect(person("British minister Tom Harkin said the Senate vote in Washington was a mistake.", "Tom Harkin")?.country).toBe("GBR");
  });

  it("the last word of a member's name that is also a title's ('King') names the member later", () => {
    const rec = extract('Angus King, an independent senator, spoke in the Senate. "We must act," King said.', "2019-06-01");
    const king = rec.actors.find((a) => a.name === "Angus King");
    expect(king?.country).toBe("USA");
    expect(rec.quotes[0].speaker).toBe(king?.id);
  });
});
