import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: names joined by "and" or a comma, each right after its own title, share the state word that opens the
// first title ("Kenyan President A and Foreign Minister B"): the bare office after it is that state's.
const state = (text: string, name: string) => person(extract(text, "2023-03-01"), name)?.country ?? null;

describe("actors: a bare office coordinated after a state-titled name", () => {
  it("the later office holders take the first title's state", () => {
    expect(state("Kenyan President Daniel Mwangi and Foreign Minister Peter Otieno arrived in Addis Ababa on Monday.", "Peter Otieno")).toBe("KEN");
    const rec = extract("Chilean President Rosa Valdes, Interior Minister Tomas Aravena and Deputy Interior Minister Ines Molina toured the flooded towns.", "2023-03-01");
    expect(person(rec, "Tomas Aravena")).toMatchObject({ country: "CHL", role: "Interior Minister" });
    expect(person(rec, "Ines Molina")?.country).toBe("CHL");
    expect(state("The visitors will meet Vietnam's Prime Minister Tran Van Long and Trade Minister Nguyen Thi Lan on Friday.", "Nguyen Thi Lan")).toBe("VNM");
  });

  it("negative: a state of its own, a body's office, no title, the two sides of talks, no state word", () => {
    expect(state("Kenyan President Daniel Mwangi and Ugandan Foreign Minister Peter Okello signed the accord.", "Peter Okello")).toBe("UGA");
    expect(state("Kenyan President Daniel Mwangi and EU foreign policy chief Mark Dorsey spoke by phone.", "Mark Dorsey")).toBeNull();
    expect(state("Kenyan President Daniel Mwangi and Joseph Kamau were seen at the stadium.", "Joseph Kamau")).toBeNull();
    expect(state("Talks between Kenyan President Daniel Mwangi and Prime Minister Abiy Tesfaye began on Monday.", "Abiy Tesfaye")).toBeNull();
    expect(state("A letter from President Daniel Mwangi and Foreign Minister Peter Otieno reached the summit.", "Peter Otieno")).toBeNull();
    expect(state("Kenyan President Daniel Mwangi met Foreign Minister Peter Otieno in Kampala.", "Peter Otieno")).toBeNull();
    // (a story framed by another state whose system has the office: its prime minister may be the frame's)
    const ug = "Uganda's parliament passed the budget. The Ugandan government said Uganda would cut spending. Uganda's central bank agreed. ";
    expect(state(ug + "Kenyan President Daniel Mwangi and Prime Minister Moses Kato signed a trade pact.", "Moses Kato")).not.toBe("KEN");
  });
});
