import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: a candidate in a city's or a region's race takes the place's state (local-candidate.ts, titles.json localCandidacy)
describe("actors: 'X, a candidate for the St Petersburg assembly'", () => {
  it("a candidate's appositive or relative clause naming the race's place and body", () => {
    const rec = extract(
      "Pavel Orlov, an opposition candidate barred from the Moscow city council election, said he would appeal. Marina Kovalenko, who ran for the Kharkiv regional council, said turnout was low. Grigory Belov, a candidate for the St Petersburg assembly, said so.",
      "2019-08-01",
    );
    expect(person(rec, "Pavel Orlov")).toMatchObject({ country: "RUS", stateRule: "actors/state:local-candidate" });
    expect(stateOf(rec, "Marina Kovalenko")).toBe("UKR");
    expect(stateOf(rec, "Grigory Belov")).toBe("RUS");
  });

  it("negative: a candidate for a job, a place with no race's body, a place of residence", () => {
    const rec = extract(
      "Tom Bellamy, a candidate from Moscow, Idaho, said so. Jane Porter, a candidate for the job, said so. Sam Fenwick, who lives in Moscow, said the council election was rigged.",
      "2019-08-01",
    );
    // (a place of home after a name gives a state by another rule, residence.ts: "Moscow, Idaho" the US; "lives in
    // Moscow" none; none by a race's place)
    for (const n of ["Tom Bellamy", "Jane Porter", "Sam Fenwick"]) expect(person(rec, n)?.stateRule ?? null).not.toBe("actors/state:local-candidate");
    expect(stateOf(rec, "Jane Porter")).toBeNull();
    expect(stateOf(rec, "Tom Bellamy")).toBe("USA");
    expect(stateOf(rec, "Sam Fenwick")).toBeNull();
  });
});

// Issue 14: the offices an appositive lists are read as a whole; a state-owned body's head takes its owner's state
describe("actors: 'X, deputy prime minister and chair of state-owned Rostec'", () => {
  it("a later office's body places a person the first office leaves without a state", () => {
    const rec = extract(
      "Oleg Danilov, deputy prime minister and chair of state-owned Rostec, spoke. Irina Volkova, editor-in-chief of RT, said the ban was censorship.",
      "2023-03-01",
    );
    expect(person(rec, "Oleg Danilov")).toMatchObject({ country: "RUS", stateRule: "actors/state:appositive-list" });
    expect(person(rec, "Irina Volkova")).toMatchObject({ country: "RUS", role: "editor-in-chief of RT" });
  });

  it("a retired officer at a state's command takes its state", () => {
    const rec = extract("James Hollis, a retired admiral at US European Command, said Russia was testing NATO.", "2023-03-01");
    expect(stateOf(rec, "James Hollis")).toBe("USA");
  });

  it("negative: a list of trades with no body, a body no dictionary places, an IGO's command", () => {
    const rec = extract(
      "Jane Rowe, a lawyer and director of a small charity, spoke. Dan Price, a writer and former presenter, said so. Gen. Carl Ames, a retired admiral at NATO's Allied Command Transformation, said so.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Jane Rowe")).toBeNull();
    expect(stateOf(rec, "Dan Price")).toBeNull();
    expect(stateOf(rec, "Carl Ames")).toBeNull();
  });
});
