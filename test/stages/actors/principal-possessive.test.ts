import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: a principal's possessive before the title right before a name ("Putin's spokesman X") gives the principal's state
describe("actors: a known principal's possessive before an aide's or an office's title", () => {
  it("an aide's title or an office after a known person's possessive", () => {
    const rec = extract(
      "Lukashenko's press secretary Natalia Eismonta said the vote was fair. Erdogan's chief adviser Ilnur Cevikoglu met the envoys. " +
        "Putin's chief of staff Anton Vainov attended the talks. Trump's attorney general William Barrowman spoke on Monday.",
      "2019-05-01",
    );
    expect(person(rec, "Natalia Eismonta")).toMatchObject({ country: "BLR", stateRule: "actors/state:principal-possessor" });
    expect(stateOf(rec, "Ilnur Cevikoglu")).toBe("TUR");
    expect(stateOf(rec, "Anton Vainov")).toBe("RUS");
    expect(stateOf(rec, "William Barrowman")).toBe("USA");
  });

  it("'the president's national security adviser X': the story's own head, placed as a bare office", () => {
    const rec = extract("Washington announced new sanctions on Russia. The president's national security adviser Jake Sallivan said the measures would bite.", "2022-03-01");
    expect(stateOf(rec, "Jake Sallivan")).toBe("USA");
  });

  it("negative: a word of no title, a private trade, a possessor that is no known person", () => {
    const rec = extract(
      "Putin's critic Alexei Navalnov was jailed. Biden's rival Donald Trumbull spoke. Trump's lawyer Rudy Gilliani spoke to reporters. " +
        "The company's chief of staff Mark Hollister resigned. Smith's spokesman John Tarrow said nothing.",
      "2019-05-01",
    );
    for (const n of ["Alexei Navalnov", "Donald Trumbull", "Mark Hollister", "John Tarrow"]) expect(stateOf(rec, n)).toBeNull();
    // (a known person's own lawyer, in a sentence of no other state, is of the client's state: counsel-of.ts)
    expect(stateOf(rec, "Rudy Gilliani")).toBe("USA");
  });
});
