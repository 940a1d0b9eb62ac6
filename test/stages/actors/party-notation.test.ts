import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: a US politician's party in brackets after the name, in the forms other than "D-Calif." (party-notation.ts)
describe("actors: 'X (R., N.H.)', 'X (D) of Iowa'", () => {
  it("the letter with a dot, a comma and the state places the person in the US Congress", () => {
    const rec = extract("Marion Talbot (R., N.H.) said the bill would fail. Carl Ostrander (D., Ore.) said it would pass.", "2023-03-01");
    expect(person(rec, "Marion Talbot")).toMatchObject({ country: "USA", sector: "LEG", stateRule: "actors/state:party-tag" });
    expect(stateOf(rec, "Carl Ostrander")).toBe("USA");
  });

  it("a letter alone before a comma, 'of' or a verb of saying", () => {
    const rec = extract(
      "Lisa Hartfield (R), the territory's lone delegate, objected. A letter from Tom Brandvold (D) of Iowa reached the White House. Gina Marlowe (D) said the vote was close.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Lisa Hartfield")).toBe("USA");
    expect(stateOf(rec, "Tom Brandvold")).toBe("USA");
    expect(stateOf(rec, "Gina Marlowe")).toBe("USA");
  });

  it("negative: a caption's place in a photo, an outlet, a note, a party of another state, an unknown state", () => {
    const rec = extract(
      "Hans Becker (R) shakes hands with Olaf Brandt (L) in Berlin. Pavel Sorin (R) arrives at the court in Minsk. Peter Walsh (pictured) spoke. Angus Robinson (SNP) said Scotland would vote. Mark Peterson (AP) wrote the story. Anna Kerr (R., Ruritania) spoke. Ivo Lind (I) said so.",
      "2023-03-01",
    );
    for (const n of ["Hans Becker", "Olaf Brandt", "Pavel Sorin", "Peter Walsh", "Angus Robinson", "Mark Peterson", "Anna Kerr", "Ivo Lind"]) expect(stateOf(rec, n)).not.toBe("USA");
  });
});
