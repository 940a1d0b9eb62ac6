import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// advised-folk.ts: a government's warning or urging to its own citizens is no act between two parties.
const keys = (text: string) => eventKeys(text, "2023-04-01").filter((k) => /^(THREATEN|REQUEST)/.test(k));

describe("advice to the state's own people is no event", () => {
  it("a ministry warns its citizens abroad to leave", () => {
    expect(keys("The State Department warned American citizens in Belarus to leave the country at once.")).toEqual([]);
  });
  it("a foreign office urges its nationals", () => {
    expect(keys("The Foreign Office urged UK nationals in Iran to consider departing.")).toEqual([]);
  });
  it("the people named by their plural demonym", () => {
    expect(keys("The State Department advised Americans to avoid all travel to Venezuela.")).toEqual([]);
  });
});

describe("negative: warnings and urgings to states and other peoples stay", () => {
  it("a warning to another state", () => {
    expect(keys("The State Department warned Belarus on Monday.")).toContain("THREATEN USA>BLR");
  });
  it("an urging of another state about one's own citizens", () => {
    expect(keys("Britain urged Tehran to free the detained Britons.")).toContain("REQUEST GBR>IRN");
  });
  it("another state's people", () => {
    expect(keys("President Biden urged Russians to stop the war.")).toContain("REQUEST USA>RUS");
  });
});
