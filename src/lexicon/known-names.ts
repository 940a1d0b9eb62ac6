// The states (and seeded persons) a user may name, as plain data: each state's code, its names (common, official, the
// aliases and alternative spellings news uses: "US", "the United States", "Britain") and its
// demonyms ("Russian", "Russians"). Built from the same sources as the lexicon's country table
// (world-countries and data/countries.json), without tokenising anything, so that a query can
// turn "Russia" into RUS at the cost of reading two files.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDataFile } from "./read-data-file.js";
import { countriesFile, personsFile } from "./schemas.js";

export interface StateName {
  /** world-countries' cca3, as events carry it ("RUS") */
  code: string;
  /** the name dyad shows ("Russia") */
  name: string;
  /** every name the state goes by, the shown one first */
  names: string[];
  /** "Russian", "Russians" */
  demonyms: string[];
}

interface WorldCountry {
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

const here = dirname(fileURLToPath(import.meta.url));

/** The states of the lexicon (UN members and those data/countries.json includes), in code order. */
export function loadStateNames(dataDir = join(here, "..", "..", "data")): StateName[] {
  const extra = readDataFile(join(dataDir, "countries.json"), countriesFile);
  const world = createRequire(import.meta.url)("world-countries") as WorldCountry[];
  const included = new Set(extra.include);
  const out: StateName[] = [];
  for (const c of world) {
    if (!c.unMember && !included.has(c.cca3)) continue;
    // the lexicon's shown name (compile-lexicon.ts): world-countries calls Turkey "Türkiye"
    const name = c.cca3 === "TUR" ? "Turkey" : c.name.common;
    // altSpellings hold two-letter codes ("RU") too: a user typing "RU" means Russia as surely
    const names = [...new Set([name, c.name.common, c.name.official, ...(extra.aliases[c.cca3] ?? []), ...c.altSpellings.filter((a) => !a.includes(","))])];
    const dems = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extra.demonyms[c.cca3] ?? [])].flatMap((d) => (d ? d.split(/,\s*/) : [])));
    // "Russians", "Iraqis": the plural of an "-an" or "-i" demonym names the people too
    for (const d of [...dems]) if (/(an|i)$/.test(d) && !d.includes(" ")) dems.add(d + "s");
    out.push({ code: c.cca3, name, names, demonyms: [...dems] });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The aliases data/persons.json gives each seeded person ("Joseph R. Biden" for person:joe-biden). */
export function loadPersonAliases(dataDir = join(here, "..", "..", "data")): Map<string, string[]> {
  return new Map(readDataFile(join(dataDir, "persons.json"), personsFile).map((p) => [p.id, p.aliases]));
}
