import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "Ohio Republican X", "New Jersey Democrat X": a place's name and a party member's word before a name are no
// part of it; the word places the person as "X, an Ohio Republican," does. The run may lose the place's first word at a
// sentence's start ("New"), which must not leave "Jersey Democrat" as a person.
describe("actors: a place and a party member's word before a name", () => {
  it("a US state, a two-word state, a city the dictionaries leave unnamed", () => {
    const rec = extract(
      "Nebraska Republican Karl Oberholt said the Senate vote in Washington was close. " +
        "New Mexico Democrat Rosa Quintanar said the White House had misread the bill. " +
        "Lawmakers including South Dakota Republican Lyle Hegstrom and Seattle Democrat Anna Wexler voted against it.",
      "2023-03-01",
    );
    for (const n of ["Karl Oberholt", "Rosa Quintanar", "Lyle Hegstrom", "Anna Wexler"]) expect(person(rec, n)).toMatchObject({ country: "USA" });
    expect(rec.actors.some((a) => a.kind === "person" && /Mexico|Dakota|Democrat|Republican/.test(a.name))).toBe(false);
  });

  it("'a New Hampshire Democrat' after a name is no person of its own", () => {
    const rec = extract("Sen. Maggie Hasselby, a New Hampshire Democrat, said the vote in Washington was close.", "2023-03-01");
    expect(person(rec, "Maggie Hasselby")).toMatchObject({ country: "USA" });
    expect(rec.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Maggie Hasselby"]);
  });

  it("negative: no place before the word, or a region of another state than the party word's", () => {
    const rec = extract(
      "Christian Democrat Armin Lassner said the coalition would hold. Ontario Conservative Doug Fordham said the tariffs were unfair.",
      "2023-03-01",
    );
    expect(person(rec, "Armin Lassner")?.country ?? null).toBeNull();
    expect(person(rec, "Doug Fordham")?.country ?? null).not.toBe("GBR");
  });
});
