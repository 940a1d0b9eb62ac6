import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14 (wrong states): a known person's name that opens a body's longer name ("the Margaret Thatcher Center for
// Freedom", "the Nelson Mandela Foundation") names the body in an appositive, not a principal whose state is the person's
describe("actors: a body named after a person", () => {
  it("negative: 'director of the Margaret Thatcher Center for Freedom' gives no British state, 'of the Vladimir Putin Fund' no Russian", () => {
    const rec = extract(
      "Ann Corley, director of the Margaret Thatcher Center for Freedom, told reporters the vote mattered. Ivan Dorn, head of the Vladimir Putin Fund for Judo, spoke too.",
      "2014-09-19",
    );
    expect(person(rec, "Ann Corley")?.country ?? null).toBeNull();
    expect(person(rec, "Ivan Dorn")?.country ?? null).toBeNull();
  });

  it("the person as principal still places: 'an adviser to Margaret Thatcher' GBR", () => {
    const rec = extract("Jane Holt, an adviser to Margaret Thatcher, said the vote mattered.", "1988-09-19");
    expect(person(rec, "Jane Holt")).toMatchObject({ country: "GBR" });
  });
});
