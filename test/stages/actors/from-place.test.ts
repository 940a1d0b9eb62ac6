import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: the place a person comes from, after ", from", gives its state
describe("actors: ', from PLACE,' after a name", () => {
  it("takes the state of a town, a capital or a state named after ', from'", () => {
    const rec = extract("Tariq Begum, from Birmingham, and Feroz Abbassi, from London, were freed. Jon Andersen, from Northern Ireland, designed the dress.", "2005-01-12");
    expect(person(rec, "Tariq Begum")).toMatchObject({ country: "GBR", stateRule: "actors/state:from-place" });
    expect(person(rec, "Abbassi")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Andersen")).toMatchObject({ country: "GBR" });
  });

  it("negative: a body, a place opening a longer name, or a trip", () => {
    const rec = extract("Becky Pinkham, from Digital Shadows, said the attack was crude. Ann Leigh, from Birmingham University, agreed. Tom Harker flew in from Moscow.", "2017-05-13");
    expect(person(rec, "Pinkham")?.country ?? null).toBeNull();
    expect(person(rec, "Ann Leigh")?.country ?? null).toBeNull();
    expect(person(rec, "Harker")?.country ?? null).toBeNull();
  });
});
