import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string) =>
  extract(text, "1987-03-01")
    .actors.filter((a) => a.kind === "person")
    .map((a) => a.name);

// Issue 14, item 4: a plural noun of people opening a sentence is no person
describe("actors: 'Dealers said', 'MPs warn'", () => {
  it("a plural noun of people (not-names.json peopleNouns) alone is no name", () => {
    expect(persons("Dealers said dollar business had halted. Brokers said investors were nervous. MPs warn that feuding could hurt. Others said little.")).toEqual([]);
  });

  it("negative: surnames ending in -s stay persons", () => {
    expect(persons("Williams said the dollar would rise. Haskins said the plan was sound.").sort()).toEqual(["Haskins", "Williams"]);
  });
});
