import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a group counted by a number and named by a demonym ('all four Britons', 'two Russian diplomats'), in the
// clause a colon closes, is the list of names after the colon, name by name, where the count is the number of names.
describe("actors: a counted group of one state listed after a colon", () => {
  it("'All three Australians held in Myanmar were released: A, B and C.'", () => {
    const rec = extract("All three Australians held in Myanmar were released on Friday: Sean Turley, Kim Odell and Ray Banner.", "2021-05-01");
    for (const n of ["Turley", "Odell", "Banner"]) expect(person(rec, n)).toMatchObject({ country: "AUS", stateRule: "actors/state:counted-group-list" });
  });

  it("'Two Iranian diplomats were expelled: A and B.'", () => {
    const rec = extract("Two Iranian diplomats were expelled from the Netherlands: Reza Kazemi and Hamid Nouri.", "2021-05-01");
    expect(person(rec, "Kazemi")).toMatchObject({ country: "IRN" });
    expect(person(rec, "Nouri")).toMatchObject({ country: "IRN" });
  });

  it("negative: a count that is not the number of names, a group of two states, or no demonym gives no state", () => {
    const three = extract("Two Iranian diplomats met three officials: Sean Turley, Kim Odell and Ray Banner.", "2021-05-01");
    expect(person(three, "Turley")?.country ?? null).toBeNull();
    const mixed = extract("Two Iranians and a Briton were held: Reza Kazemi, Hamid Nouri and Ray Banner.", "2021-05-01");
    expect(person(mixed, "Banner")?.country ?? null).toBeNull();
    const none = extract("Two reporters were freed on Monday: Sean Turley and Kim Odell.", "2021-05-01");
    expect(person(none, "Turley")?.country ?? null).toBeNull();
  });
});

describe("actors: one of a counted group named with a title after 'including'", () => {
  it("'killed four Americans, including Ambassador X' is American", () => {
    const rec = extract("The raid killed three Canadians, including Ambassador Louise Marchand.", "2021-05-01");
    expect(person(rec, "Marchand")).toMatchObject({ country: "CAN", stateRule: "actors/state:nationals-list" });
  });

  it("negative: an uncounted group gives no state ('talks with Canadians, including Senator X')", () => {
    const rec = extract("After talks with Canadians, including Senator Louise Marchand, he left.", "2021-05-01");
    expect(person(rec, "Marchand")?.country ?? null).toBeNull();
  });
});
