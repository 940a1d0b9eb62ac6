import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "X, one of Ukraine's deputy prime ministers", "X, one of the country's top generals": a quantifier before a
// state's plural office says the person holds one of them, of that state (actors/state:appositive, or
// actors/state:its-office where "the country's" stands for the state named before).
describe("actors: 'one of' a state's plural office", () => {
  it("a possessor state or a demonym before a plural title", () => {
    const rec = extract("Oksana Hrytsenko, one of Ukraine's deputy prime ministers, said the talks would go on.", "2023-05-01");
    expect(person(rec, "Hrytsenko")).toMatchObject({ country: "UKR", stateRule: "actors/state:appositive" });
    const cn = extract("Zhao Ming, one of China's top diplomats, met the envoy on Monday.", "2023-05-01");
    expect(person(cn, "Zhao Ming")).toMatchObject({ country: "CHN" });
  });

  it("'one of the country's top generals' after one state is named", () => {
    const rec = extract("Poland sent more troops east. Jan Wolski, one of the country's top generals, warned against escalation.", "2023-05-01");
    expect(person(rec, "Wolski")).toMatchObject({ country: "POL", stateRule: "actors/state:its-office" });
  });

  it("negative: no plural office, a principal's possessive, or two states before 'the country's'", () => {
    expect(person(extract("Ivan Sorokin, one of Russia's richest men, bought a yacht.", "2023-05-01"), "Sorokin")?.country ?? null).toBeNull();
    expect(person(extract("Tom Hale, one of the president's advisers, said the plan was ready.", "2023-05-01"), "Hale")?.country ?? null).toBeNull();
    const two = extract("France and Germany argued over the plan. Pierre Lacombe, one of the country's top generals, said no.", "2023-05-01");
    expect(person(two, "Lacombe")?.country ?? null).toBeNull();
  });
});
