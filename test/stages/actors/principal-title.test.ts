import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: a known principal's surname right before an aide's title or an office, with no possessive ("Top Trump aide
// X", "Putin adviser X", "Obama Defense Secretary X"), serves as "Trump's aide X" does: the principal's state.
describe("actors: a known principal's surname before an aide's title", () => {
  it("'Top Trump aide X', 'Putin adviser X', 'senior Erdogan spokesman X'", () => {
    const rec = extract(
      "Top Trump aide Kellan Morrow said the plan was good. Putin adviser Boris Karpenko said the talks were useful. " +
        "A senior Erdogan spokesman, not named, spoke. Senior Erdogan aide Ilker Demiral met the envoys.",
      "2019-05-01",
    );
    expect(person(rec, "Kellan Morrow")).toMatchObject({ country: "USA", stateRule: "actors/state:principal-title" });
    expect(stateOf(rec, "Boris Karpenko")).toBe("RUS");
    expect(stateOf(rec, "Ilker Demiral")).toBe("TUR");
  });

  it("an office after the principal's surname: 'Obama Defense Secretary X'", () => {
    const rec = extract("Obama Defense Secretary Ashton Cartwright said the strikes would go on.", "2015-05-01");
    expect(stateOf(rec, "Ashton Cartwright")).toBe("USA");
  });

  it("negative: a private trade, a word of no title, a surname no one known holds", () => {
    const rec = extract(
      "Trump lawyer Rudy Gilliani spoke to reporters. Putin critic Alexei Navalnov was jailed. Smith aide John Tarrow said nothing.",
      "2019-05-01",
    );
    // (a known person's own lawyer, in a sentence of no other state, is of the client's state: counsel-of.ts)
    expect(stateOf(rec, "Rudy Gilliani")).toBe("USA");
    expect(stateOf(rec, "Alexei Navalnov")).toBeNull();
    expect(stateOf(rec, "John Tarrow")).toBeNull();
  });
});
