import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);

// Issue 14 (persons49): a run of capitalised words that a continent's name closes names a part of the world
// ("Sub-Saharan Africa", "Southeast Asia"), which a name's shape alone had made a person, and the continent's later bare
// uses its mentions (not-names.json regionLastWords).
describe("actors: a world region is no person", () => {
  it("'Sub-Saharan Africa', 'Southeast Asia', 'Francophone Africa', 'Eastern Europe' name no one", () => {
    expect(persons("The talks ended on Monday. He set out a new strategy for Sub-Saharan Africa, and Africa welcomed it.")).toEqual([]);
    expect(persons("The talks ended on Monday. Beijing wants closer ties with countries in South and Southeast Asia, officials said.")).toEqual([]);
    expect(persons("The talks ended on Monday. Francophone Africa and Eastern Europe were both represented.")).toEqual([]);
  });

  it("negative: a person whose name a known given name opens stands, and so do persons beside a region", () => {
    expect(persons("The talks ended on Monday. Alicia America, a trade lawyer, said the deal was weak.")).toEqual(["Alicia America"]);
    expect(persons("The talks ended on Monday. The strategy for Sub-Saharan Africa was late, said Kwame Mensah.")).toEqual(["Kwame Mensah"]);
  });
});
