import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-05-02");
const starts = (k: string[], p: string) => k.some((x) => x.startsWith(p));

// find-parties.ts relativeComma, relativeAntecedent, unnamedObjectOf (senses.partitiveRelatives)
describe("events: a quantified relative (', many of whom') is done by its antecedent", () => {
  it("people a state only hosted or backed are not that state's: no doer", () => {
    expect(starts(keys("Turkey hosted the rebels, several of whom later attacked Syrian troops."), "ASSAULT TUR")).toBe(false);
    expect(starts(keys("Moscow backed the separatists, many of whom later attacked Georgian police."), "ASSAULT RUS")).toBe(false);
    expect(starts(keys("Russia has been sending weapons to the rebels, many of whom fought in Syria."), "ASSAULT RUS")).toBe(false);
  });

  it("the same for a plain ', who' after such an object", () => {
    expect(starts(keys("Turkey hosted the rebels, who later attacked Syrian troops."), "ASSAULT TUR")).toBe(false);
    expect(starts(keys("Russia has been sending weapons to the rebels, who fought in Syria."), "ASSAULT RUS")).toBe(false);
  });

  it("a subject with its own partitive relative keeps its state; the relative names none of another's", () => {
    const k = keys("China's diplomats, many of whom have criticized Washington, met Russian officials.");
    expect(k).toContain("CONSULT CHN>RUS");
    expect(starts(k, "CONSULT USA")).toBe(false);
  });

  it("negative: a named antecedent does the act ('Russian troops, many of whom', 'Russia, many of whose soldiers')", () => {
    expect(keys("Russian troops, many of whom are conscripts, attacked Kharkiv.")).toContain("ASSAULT RUS>UKR");
    expect(keys("Russia, many of whose soldiers are conscripts, attacked Kharkiv.")).toContain("ASSAULT RUS>UKR");
    expect(keys("The United States sanctioned Russia, which responded by expelling American diplomats.")).toContain("SANCTION RUS>USA");
  });

  it("negative: forces a state sends or deploys stay its own", () => {
    expect(keys("Russia deployed paratroopers, some of whom attacked Ukrainian positions.")).toContain("ASSAULT RUS>UKR");
  });
});
