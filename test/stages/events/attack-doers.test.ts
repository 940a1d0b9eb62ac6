import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-08-05");

// target-rules.ts attackerDemonym and unattributedAttackPlace: who made a strike no verb names a doer for
describe("events: the demonym of a strike is its doer, not the one struck", () => {
  it("'killed in a Ukrainian drone strike on a warehouse close to Moscow': UKR strikes RUS", () => {
    const k = keys("At least five people were killed and 10 more injured in a Ukrainian drone strike on a warehouse close to Moscow overnight.");
    expect(k).toContain("ASSAULT UKR>RUS");
    expect(k).not.toContain("ASSAULT RUS>UKR");
  });

  it("over weapon words: 'injured in Russian rocket strikes on railway stations in Vinnytsia'", () => {
    const k = keys("At least five people were killed and 18 injured in Russian rocket strikes on railway stations in the central Ukraine region of Vinnytsia.");
    expect(k).toContain("ASSAULT RUS>UKR");
    expect(k).not.toContain("ASSAULT UKR>RUS");
  });

  it("negative: with no place of another state, a demonym doer strikes no one named", () => {
    const k = keys("Eight people were injured in an Israeli air strike overnight.");
    expect(k.filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
  });

  it("negative: a demonym of the victims stays the target ('killed three Russian soldiers')", () => {
    expect(keys("A roadside bomb near Kherson killed three Russian soldiers.")).toContain("ASSAULT UKR>RUS");
  });
});

describe("events: a place after 'of' and a noun of the strike is what was struck", () => {
  it("'the carpet bombing of Dresden and atomic bombing of Japan' gives Dresden as no doer", () => {
    const k = keys("He said the carpet bombing of Dresden and the atomic bombing of Japan were echoed in Korea and Vietnam.");
    expect(k.some((x) => x.startsWith("ASSAULT DEU"))).toBe(false);
  });

  it("negative: a place after a locative preposition is still where the strike was made", () => {
    expect(keys("A roadside bombing near Samarra killed one U.S. soldier.")).toContain("ASSAULT IRQ>USA");
    expect(keys("A car bomb in the city of Mosul killed two American contractors.")).toContain("ASSAULT IRQ>USA");
  });

  it("negative: a noun's act takes only its own demonym ('al Qaeda attacks ... or the Japanese bombing of Pearl Harbor')", () => {
    const k = keys("Holder said the scenario might be like the 2001 al Qaeda attacks on New York and Washington or the Japanese bombing of Pearl Harbor in 1941.");
    expect(k.some((x) => x.startsWith("ASSAULT JPN>USA") && x !== "ASSAULT JPN>USA")).toBe(false);
    expect(k.filter((x) => x === "ASSAULT JPN>USA").length).toBeLessThanOrEqual(1);
  });
});
