import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: a national trade union names its officers' state (data/organizations.json, sector LAB)
describe("actors: officers of a national trade union", () => {
  it("'the general secretary of the Public and Commercial Services union X', 'RMT general secretary X', 'Teamsters president X', 'the BMA's X'", () => {
    const rec = extract(
      "Tax office staff will walk out in March. The general secretary of the Public and Commercial Services union Gail Mercer said talks had failed. RMT general secretary Owen Pryce backed the walkout. Teamsters president Dale Kowalczyk said drivers would join. The BMA's Ruth Ainsley said doctors were angry.",
      "2023-02-01",
    );
    expect(person(rec, "Gail Mercer")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Owen Pryce")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Dale Kowalczyk")).toMatchObject({ country: "USA" });
    expect(person(rec, "Ruth Ainsley")).toMatchObject({ country: "GBR" });
  });

  it("negative: a union the lexicon does not know, a local branch word with no union name, a member who only met the officer", () => {
    const rec = extract(
      "Harbour Workers Federation leader Tomas Vidal said the port would close. Union steward Kim Hollis said so. Ana Ribeiro met RMT officials in Lisbon.",
      "2023-02-01",
    );
    for (const name of ["Tomas Vidal", "Kim Hollis", "Ana Ribeiro"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
