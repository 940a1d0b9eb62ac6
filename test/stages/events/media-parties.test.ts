import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// find-events.ts toRecord: a news outlet or a reporter (sector MED) is no doer of a material or
// diplomatic act; its own words may still accuse, and it may be acted on.
const keys = (text: string) => eventKeys(text, "2022-03-06");

describe("a news outlet or reporter as a party", () => {
  it("travelling or standing at the scene to report is no act", () => {
    expect(keys("The BBC travelled to a Caracas hospital that is treating people from the worst affected areas.")).toEqual([]);
    expect(keys("The BBC's Sarah Rainsford is at the scene of one of the blasts to hit Ukraine's capital overnight.")).toEqual([]);
  });
  it("an outlet's accusation stays, and an outlet can be acted on", () => {
    expect(keys("The BBC criticised Russia for the attack.")).toContain("ACCUSE GBR>RUS");
    expect(keys("Russian police detained a BBC journalist in Moscow.")).toContain("COERCE RUS>GBR");
  });
});
