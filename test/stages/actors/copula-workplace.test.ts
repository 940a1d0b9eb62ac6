import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14, item 1: "FBI agent X" (a staff noun after a state's body, before the name) and "X was the U.S. attorney for ..."
// (a sentence that opens with the name and says with "is"/"was" what the person is) give the person's state
describe("actors: 'Pentagon official X', 'X is a senior official at the State Department'", () => {
  it("a body the dictionary places, or a state's seat, before a staff noun before the name", () => {
    const rec = extract("FBI agent Carla Duvall testified on Monday. Pentagon official Marcus Reed said the drills would go on. Kremlin aide Pavel Zorin declined to comment.", "2023-03-01");
    expect(person(rec, "Carla Duvall")).toMatchObject({ country: "USA", stateRule: "actors/state:workplace" });
    expect(stateOf(rec, "Marcus Reed")).toBe("USA");
    expect(stateOf(rec, "Pavel Zorin")).toBe("RUS");
  });

  it("a copula sentence that opens with the name gives the role's state; 'was' makes it a former role", () => {
    const rec = extract(
      "Helen Marsh was the U.S. attorney for the Eastern District of Ohio until 2019. Omar Haddad is a senior official at the State Department. Irina Volkova is the Ukrainian ambassador to Canada.",
      "2023-03-01",
    );
    expect(person(rec, "Helen Marsh")).toMatchObject({ country: "USA", stateRule: "actors/state:copula" });
    expect(stateOf(rec, "Omar Haddad")).toBe("USA");
    expect(stateOf(rec, "Irina Volkova")).toBe("UKR");
  });

  it("negative: a firm's staff, a possessor's role, a denial, a critic, a target, a subject of study, a clause inside", () => {
    const rec = extract(
      "Goldman Sachs manager Tom Rix said markets fell. Sam Ortiz was the Russian ambassador's driver. Lea Berg is not a Russian diplomat. Kai Moss is a critic of President Putin. Jon Pike was the target of a Russian smear campaign. Ana Ruiz, a Russia expert, wrote the report. When Ian Holt was the U.S. envoy, talks stalled.",
      "2023-03-01",
    );
    for (const n of ["Tom Rix", "Sam Ortiz", "Lea Berg", "Kai Moss", "Jon Pike", "Ana Ruiz", "Ian Holt"]) expect(stateOf(rec, n)).toBeNull();
  });
});

describe("actors: 'the new acting director at the CIA, X' (an appositive before the name)", () => {
  it("a body the dictionary places closing the appositive before the name gives its state", () => {
    const rec = extract("The new acting director at the CIA, Rachel Stone, said the agency would cooperate. A spokesman for SDNY, Paul Crane, declined to comment.", "2023-03-01");
    expect(person(rec, "Rachel Stone")).toMatchObject({ country: "USA", stateRule: "actors/state:workplace" });
    expect(stateOf(rec, "Paul Crane")).toBe("USA");
  });

  it("negative: a firm, a diplomat's post", () => {
    const rec = extract("A senior economist at Goldman Sachs, Tom Walsh, said rates would rise. The ambassador at the UN, Hugo Lenz, said.", "2023-03-01");
    expect(stateOf(rec, "Tom Walsh")).toBeNull();
    expect(person(rec, "Hugo Lenz")?.code ?? null).toBeNull();
  });
});
