import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: "X ... The Czech diplomat said": a role phrase with a state opening the next sentence
describe("actors: a role phrase with a state that opens the sentence after a person's", () => {
  it("gives the person named in the sentence before the phrase's state", () => {
    const rec = extract("Ivan Horak arrived in Kyiv on Monday. The Czech diplomat said talks were useful.", "2023-05-02");
    expect(person(rec, "Ivan Horak")).toMatchObject({ country: "CZE", stateRule: "actors/state:role-next-sentence" });
    const rec2 = extract("“We need to resist,” said Dan Chirea. The Romanian journalist also noted that the mood had changed.", "2024-04-15");
    expect(person(rec2, "Chirea")).toMatchObject({ country: "ROU" });
  });

  it("negative: two stateless persons before, a person of that state in the article, a possessor, a sentence between", () => {
    const two = extract("Ivan Horak met Pavel Novak in Kyiv. The Czech diplomat said talks were useful.", "2023-05-02");
    expect(person(two, "Ivan Horak")?.country ?? null).toBeNull();
    const putin = extract("Vladimir Putin spoke on Monday. “He cares about history,” tweeted Alexander Baunov. The Russian leader looked calm.", "2022-03-02");
    expect(person(putin, "Baunov")?.country ?? null).toBeNull();
    const owns = extract("The study was by professor Charles Kurzman. The U.S. intelligence director's office declined to comment.", "2015-03-02");
    expect(person(owns, "Kurzman")?.country ?? null).toBeNull();
    const gap = extract("Ivan Horak arrived in Kyiv. Talks began at noon. The Czech diplomat said they were useful.", "2023-05-02");
    expect(person(gap, "Ivan Horak")?.country ?? null).toBeNull();
  });
});
