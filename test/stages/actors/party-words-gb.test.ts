import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a British party's own word before a name or its role ("Conservative leader X", "Labour election campaign
// coordinator X") places the person in Britain where the article names Britain beyond its parties and outlets
describe("actors: a British party's word before a name", () => {
  it("'Conservative leader X', 'Labour election campaign coordinator X', 'Tory frontbencher X', 'the Labour party chairman X' give GBR", () => {
    const rec = extract(
      "Conservative leader Mark Holloway has said he will cut taxes. Labour election campaign coordinator Alan Milner said the Tories were in turmoil. " +
        "Tory frontbencher John Radley said he disagreed. The Labour party chairman Ian Carney said the party would win. Voters in Britain go to the polls in May.",
      "2005-03-01",
    );
    expect(person(rec, "Holloway")).toMatchObject({ country: "GBR", stateRule: "actors/state:party-word" });
    expect(person(rec, "Alan Milner")).toMatchObject({ country: "GBR" });
    expect(person(rec, "John Radley")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Ian Carney")).toMatchObject({ country: "GBR" });
  });

  it("negative: an article that names Britain only through a party or an outlet (Finland's Conservatives, Reuters)", () => {
    const rec = extract("Opinion polls in Finland say the Conservatives may gain. Conservative leader Ilkka Suominen said taxes must fall, Reuters reported from Helsinki.", "1987-03-05");
    expect(person(rec, "Suominen")?.country ?? null).toBeNull();
  });

  it("negative: an ideology's word in a story of another state, a sentence naming another state, a thing noun between", () => {
    expect(person(extract("Conservative commentator Ann Colter said the president was weak. She spoke on Fox News in New York."), "Colter")?.country ?? null).toBeNull();
    const fr = extract("Britain watched the vote. Conservative mayor Jean Dupont of Lyon said France must act.", "2005-03-01");
    expect(person(fr, "Dupont")?.country ?? null).toBeNull();
    const plan = extract("Voters in Britain heard the Tory tax plan Monday. Critics said the plan would fail.", "2005-03-01");
    expect(plan.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual([]);
  });
});
