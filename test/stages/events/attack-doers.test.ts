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

// find-events.ts harmInAttack: a noun of harm names its doer in the attack it happened in, as a passive does
describe("events: 'the killing of X in a US drone strike' takes the strike's doer", () => {
  it("a noun of harm with the one harmed after it takes the attack's demonym, not the place", () => {
    const k = keys("The killing of the Hezbollah commander in an Israeli air strike in Damascus angered Lebanon.");
    expect(k).toContain("ASSAULT ISR>LBN");
    expect(k.some((x) => x.startsWith("ASSAULT SYR>"))).toBe(false);
    const k2 = keys("The deaths followed the assassination of a senior Iranian general in an American drone attack near Baghdad airport.");
    expect(k2).toContain("ASSAULT USA>IRN");
    expect(k2.some((x) => x.startsWith("ASSAULT IRQ>"))).toBe(false);
  });

  it("negative: a noun of harm with no attack after it has no doer from a demonym elsewhere", () => {
    const k = keys("The killing of three Ukrainian soldiers near Donetsk was condemned by Kyiv.");
    expect(k.some((x) => x.startsWith("ASSAULT"))).toBe(false);
  });
});

describe("events: a war is no unattributed blast", () => {
  it("'twin explosions in Beirut ... motivated by the civil war in Syria' gives the war no doer from Beirut", () => {
    const k = keys("Twin explosions near the Iranian embassy in Beirut killed 20 people in what officials called a sign of tensions fuelled by the civil war in Syria.");
    expect(k.some((x) => x.startsWith("ASSAULT LBN>SYR"))).toBe(false);
  });

  it("negative: the blast itself still takes its place ('a roadside bombing near Samarra killed one U.S. soldier')", () => {
    expect(keys("A roadside bombing near Samarra killed one U.S. soldier.")).toContain("ASSAULT IRQ>USA");
  });
});
