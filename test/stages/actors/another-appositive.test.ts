import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "another" opens an appositive as an article does ("X, another Canadian reporter, said": a Canadian reporter
// like one named before); persons58 read "another American journalist, X" before the name
describe("actors: an appositive opened by 'another'", () => {
  it("'X, another Canadian reporter,', 'X, another Kenyan,', 'X, another Swedish aid worker who' give the demonym's state", () => {
    const rec = extract(
      "Police detained two journalists at the border. Lena Fournier, another Canadian reporter, said her notes were taken. Joseph Mwangi, another Kenyan, was released later. Karin Holm, another Swedish aid worker who had stayed, described the camp.",
      "2021-05-01",
    );
    expect(person(rec, "Lena Fournier")).toMatchObject({ country: "CAN", stateRule: "actors/state:appositive" });
    expect(person(rec, "Joseph Mwangi")).toMatchObject({ country: "KEN" });
    expect(person(rec, "Karin Holm")).toMatchObject({ country: "SWE" });
  });

  it("negative: 'another' before a noun of no state, a state one studies or a state's name as a topic gives none", () => {
    const rec = extract(
      "Greg Lamb, another reporter, said the Chilean vote was fair. Ruth Addo, another critic of Iranian policy, spoke next. Paul Kerr, another Russia expert, disagreed.",
      "2021-05-01",
    );
    expect(person(rec, "Greg Lamb")?.country ?? null).toBeNull();
    expect(person(rec, "Ruth Addo")?.country ?? null).toBeNull();
    expect(person(rec, "Paul Kerr")?.country ?? null).toBeNull();
  });
});
