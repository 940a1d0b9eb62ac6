import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: institutions that stand for a state, named as a person's workplace (workplace-appositive.ts)
describe("actors: a seat of power, an embassy's owner, an international body's possessive", () => {
  it("a state's staff at its seat of power", () => {
    const rec = extract(
      "Dmitry Vorontsov, a deputy chief of staff at the Kremlin, said Moscow was ready. Helen Marsh, an official in Downing Street, said the plan stood. Sam Ortiz, an aide at the White House, declined to comment.",
      "2023-03-01",
    );
    expect(person(rec, "Dmitry Vorontsov")).toMatchObject({ country: "RUS", stateRule: "actors/state:workplace-seat" });
    expect(stateOf(rec, "Helen Marsh")).toBe("GBR");
    expect(stateOf(rec, "Sam Ortiz")).toBe("USA");
  });

  it("a seat's staff with a portfolio before the noun, and in a relative clause of being or serving", () => {
    const rec = extract(
      "Anthony Scaravelli, who served as White House communications director, said it was over. Ron Castell, who was an aide at the Kremlin, left Moscow. Nadia Orlov, a former Kremlin protocol official, said the guests were late.",
      "2019-03-01",
    );
    expect(person(rec, "Anthony Scaravelli")).toMatchObject({ country: "USA", stateRule: "actors/state:relative-clause" });
    expect(stateOf(rec, "Ron Castell")).toBe("RUS");
    expect(stateOf(rec, "Nadia Orlov")).toBe("RUS");
  });

  it("negative: a reporter, a visitor or a guest of a seat in a relative clause or an appositive", () => {
    const rec = extract(
      "Maria Teller, who was a reporter at the White House, said it was over. Sam Wolde, a Downing Street visitor, said it was cold. Lena Fisk, who was a guest at the Kremlin, said the food was good.",
      "2019-03-01",
    );
    for (const n of ["Maria Teller", "Sam Wolde", "Lena Fisk"]) expect(stateOf(rec, n)).toBeNull();
  });

  it("an embassy's owner named by its name as a modifier, never its host", () => {
    const rec = extract("Gregory Halpern, the second-ranking official in the U.S. embassy in Tripoli, testified on Wednesday.", "2023-03-01");
    expect(person(rec, "Gregory Halpern")).toMatchObject({ country: "USA", stateRule: "actors/state:workplace" });
  });

  it("an international body's or a state's possessive before a staff noun before the name", () => {
    const rec = extract(
      "The EU's top migration official Ylva Jansen said the plan was fair. Brazil's chief trade official Paulo Meirelles said talks would resume.",
      "2023-03-01",
    );
    expect(person(rec, "Ylva Jansen")).toMatchObject({ code: "EU", stateRule: "actors/state:possessor-staff" });
    expect(stateOf(rec, "Paulo Meirelles")).toBe("BRA");
  });

  it("negative: a reporter or a visitor at a seat, a crowd outside an embassy, a citizen, a critic, a host's embassy (no state)", () => {
    const rec = extract(
      "Jim Cordell, a reporter at the White House, asked about the deal. Hans Muller, a visitor to the Kremlin, said it was cold. Protesters outside the US embassy, led by Ali Rezaei, chanted. An EU citizen, Maria Lopez, complained. The EU's critics, such as Piet Smit, spoke. Bo Hart, an official at the embassy in Moscow, said visas were delayed.",
      "2023-03-01",
    );
    for (const n of ["Jim Cordell", "Hans Muller", "Ali Rezaei", "Maria Lopez", "Piet Smit", "Bo Hart"]) expect(stateOf(rec, n)).toBeNull();
  });
});
