import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a lower-case portfolio of two nouns joined by "and" between a state word and "minister" ("Peruvian energy
// and mines minister X") reaches back to the state as a one-noun portfolio ("Chilean mining minister X") does.
const state = (text: string, name: string) => person(extract(text, "2023-03-01"), name)?.country ?? null;

describe("actors: a lower-case portfolio joined by 'and' before the title", () => {
  it("the state word before the portfolio gives the holder's state", () => {
    expect(state("Peruvian energy and mines minister Rosa Quispe said the pipeline was shut.", "Rosa Quispe")).toBe("PER");
    expect(state("Brazilian science and technology minister Ana Souza opened the lab.", "Ana Souza")).toBe("BRA");
    expect(state("Mexico's oil and gas minister Luis Ortega agreed to the cut.", "Luis Ortega")).toBe("MEX");
  });

  it("negative: a list of people joined by 'and' before a title is no portfolio", () => {
    expect(state("Kenyan farmers and minister Peter Otieno met at the market.", "Peter Otieno")).toBeNull();
    expect(state("Angry Kenyan voters and former minister Peter Otieno marched.", "Peter Otieno")).toBeNull();
  });
});
