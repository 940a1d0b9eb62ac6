import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2000-03-02");

// Issue 13, item 2 (senses.relationNouns): "X's allies" are related to X, not X
describe("events: the possessor of a noun of relation is no party", () => {
  it("'accused Kyiv's allies', 'a commander of Israel's militia ally': not Kyiv, not Israel", () => {
    expect(keys("The Kremlin accused Kyiv's allies of sending modern weapons to the region.")).not.toContain("ACCUSE RUS>UKR");
    expect(keys("Hezbollah guerrillas killed a commander of Israel's militia ally in southern Lebanon.")).not.toContain("ASSAULT LBN>ISR");
    expect(keys("Tehran warned Washington's partners against joining the blockade.")).not.toContain("THREATEN IRN>USA");
  });

  it("negative: a state's own parts and members stay the state", () => {
    expect(keys("Hezbollah guerrillas killed two soldiers of Israel's army in southern Lebanon.")).toContain("ASSAULT LBN>ISR");
    expect(keys("Iran accused Israel's defence minister of lying.")).toContain("ACCUSE IRN>ISR");
    expect(keys("The Kremlin accused Kyiv and its allies of sabotaging the talks.")).toContain("ACCUSE RUS>UKR");
  });
});

// Issue 13 (parties33): friends, critics, opponents, detractors and supporters of a party are not the party
describe("events: a party's friends, critics and supporters are not the party", () => {
  it("'Many of Israel's friends criticized Iran', 'Beijing's critics condemned China': no source", () => {
    expect(keys("Many of Israel's friends criticized Iran on Tuesday.").some((k) => k.startsWith("ACCUSE ISR"))).toBe(false);
    expect(keys("Washington's supporters in the region backed Israel.").some((k) => k.startsWith("SUPPORT USA"))).toBe(false);
    expect(keys("Tehran's friends in Lebanon attacked Israel.").some((k) => k.startsWith("ASSAULT IRN"))).toBe(false);
    expect(keys("Russia condemned Ukraine's supporters for sending arms.")).not.toContain("ACCUSE RUS>UKR");
  });

  it("negative: the party itself, its officials and a conjunct stay the doers", () => {
    expect(keys("Israel's foreign minister criticized Iran on Tuesday.")).toContain("ACCUSE ISR>IRN");
    expect(keys("Israel and its friends criticized Iran on Tuesday.")).toContain("ACCUSE ISR>IRN");
    expect(keys("The Kremlin condemned Ukraine for sending arms.")).toContain("ACCUSE RUS>UKR");
  });
});
