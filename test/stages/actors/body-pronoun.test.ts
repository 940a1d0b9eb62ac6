import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "The Ruritanian army said ... Gen X, its chief of staff, said": "its" stands for a state's own body (the
// clause's subject, titles.json stateBodies owned by a state's word), so any post in it is held in that state
// (body-pronoun.ts, actors/state:body-pronoun)
describe("actors: a post owned by 'its' where 'its' is a state's own body", () => {
  it("takes the body's state, after the name and before it, from its own clause or the sentence before", () => {
    const rec = extract(
      "The Kenyan army said on Monday that the northern border was calm. Gen Peter Njoroge, its chief of staff, said troops stayed on alert. " +
        "Ghana's defence ministry denied the report on Tuesday. Its spokesman, Kofi Mensah, said no soldiers had crossed. " +
        "On Friday, the Peruvian navy said its commander, Adm Luis Quispe, would visit the port.",
      "2024-03-01",
    );
    expect(person(rec, "Njoroge")).toMatchObject({ country: "KEN", stateRule: "actors/state:body-pronoun" });
    expect(person(rec, "Mensah")).toMatchObject({ country: "GHA", stateRule: "actors/state:body-pronoun" });
    expect(person(rec, "Quispe")).toMatchObject({ country: "PER", stateRule: "actors/state:body-pronoun" });
  });

  it("negative: a firm or an IGO as 'its', another noun nearer, no state word owning the body", () => {
    const rec = extract(
      "The company said on Monday that sales fell in Kenya. Its chief of staff, Mark Dollan, said costs were high. " +
        "NATO said on Monday that the alliance was ready. Its spokesman, Pete Lorrin, said so. " +
        "The Kenyan army said the football club had fired its coach, Tom Bellamy, on Sunday. " +
        "The army said on Monday that the border was calm. Its chief of staff, Gen Ray Coley, said so.",
      "2024-03-01",
    );
    for (const name of ["Dollan", "Lorrin", "Bellamy", "Coley"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
