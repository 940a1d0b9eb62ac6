import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: an appositive after a name whose title has a lower-case adjective or two before it ("X, Russia's sixth
// richest oligarch,", "X, the most senior Chinese diplomat") gives the state of its possessor or demonym.
describe("actors: adjectives inside an appositive after the name", () => {
  it("'X, Russia's sixth richest oligarch,', 'X, Britain's richest businessman,', 'X, the most senior Chinese diplomat'", () => {
    const rec = extract(
      "The sanctions target Pavel Gorin, Russia's sixth richest oligarch, and his brother. Shares fell after Tom Hadley, Britain's richest businessman, sold. " +
        '"We are ready," said Li Wenfu, the most senior Chinese diplomat in Geneva.',
      "2022-03-01",
    );
    expect(person(rec, "Gorin")).toMatchObject({ country: "RUS" });
    expect(person(rec, "Hadley")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Li Wenfu")).toMatchObject({ country: "CHN" });
  });

  it("negative: without a title after the adjectives the possessor says nothing of the person ('Russia's fiercest critic', 'Ukraine's staunchest ally')", () => {
    const rec = extract("Anna Varga, Russia's fiercest critic, spoke in London. Kira Rudd, Ukraine's staunchest ally in Congress, said the aid would pass.", "2022-03-01");
    expect(person(rec, "Varga")?.country ?? null).toBeNull();
    expect(person(rec, "Rudd")?.country ?? null).toBeNull();
  });

  it("negative: after adjectives, a place after the title ('X, the grisly head of Davos,') gives no state", () => {
    const rec = extract("Karl Schwabe, the grisly head of Davos, is a former member of the committee.", "2022-03-01");
    expect(person(rec, "Schwabe")?.country ?? null).toBeNull();
  });
});
