import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "her U.S. equivalent Tom Webb", "his French opposite number, X,", "his U.S. counterpart, Trade Representative
// X,": the nouns of another state's holder of the same post, with a state's name or demonym before them, give that state
// (actors/state:counterpart; counterpart-appositive.ts), with or without a comma before the name
describe("actors: a counterpart by 'equivalent', 'opposite number' or a state's name", () => {
  it("takes the state word before the noun", () => {
    const rec = extract(
      "Britain's trade secretary Ann Cole and her U.S. equivalent Derek Hollis have spoken twice. " +
        "The Russian minister met his Chinese opposite number, Zhou Minghua, on Monday. " +
        "The Spanish minister wrote to his Mexican equivalent, Rodrigo Salazar, about the dispute. " +
        "Italy's envoy thanked her Brazil counterpart, Chancellor Marcos Teixeira, for the visit. " +
        "Kenya's defence chief met his Tanzanian counterpart Jabari Mwakyusa at the border.",
      "2024-03-01",
    );
    expect(person(rec, "Hollis")).toMatchObject({ country: "USA", stateRule: "actors/state:counterpart" });
    expect(person(rec, "Zhou")).toMatchObject({ country: "CHN", stateRule: "actors/state:counterpart" });
    expect(person(rec, "Salazar")).toMatchObject({ country: "MEX", stateRule: "actors/state:counterpart" });
    expect(person(rec, "Teixeira")).toMatchObject({ country: "BRA", stateRule: "actors/state:counterpart" });
    expect(person(rec, "Mwakyusa")?.country).toBe("TZA");
  });

  it("negative: no state word before the noun, a state as the possessor, a place after the noun, other senses", () => {
    const rec = extract(
      "Ann Cole met her counterpart Derek Hollis in Geneva. " +
        "Ann Cole met her equivalent in Paris, Rodrigo Salazar, on Monday. " +
        "Peru's counterpart, Marcos Teixeira, did not reply. " +
        "The opposite number Jabari Mwakyusa chose was seven. " +
        "They paid an equivalent sum, Zhou Minghua said.",
      "2024-03-01",
    );
    for (const name of ["Cole", "Hollis", "Salazar", "Teixeira", "Mwakyusa", "Zhou"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
