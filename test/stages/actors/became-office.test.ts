import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "X later became the nation's third president": taking up a state's office, owned by "the country's" or "the
// nation's", says the office as "X was the country's president" does (actors/state:copula)
describe("actors: a name that became the country's officeholder", () => {
  it("takes the state the office is owned by, with an adverb of time before the verb", () => {
    const rec = extract(
      "Zambia held its first multi-party elections in 1991. Frederick Chamunda later became the nation's second president. " +
        "Chile returned to democracy in 1990. Ana Valdivieso became the country's foreign minister in 1994.",
      "2024-03-01",
    );
    expect(person(rec, "Chamunda")).toMatchObject({ country: "ZMB", stateRule: "actors/state:copula" });
    expect(person(rec, "Valdivieso")).toMatchObject({ country: "CHL", stateRule: "actors/state:copula" });
  });

  it("negative: a body's post, two states in play, a verb other than 'become'", () => {
    const rec = extract(
      "Shell raised its dividend in Nigeria. Tom Harlow later became its chief executive. " +
        "Russia invaded Ukraine in 2022. Irina Volkova later became the country's defence minister. " +
        "Peru held elections in 2021. Jose Arnao later met the country's president.",
      "2024-03-01",
    );
    for (const name of ["Harlow", "Volkova", "Arnao"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
