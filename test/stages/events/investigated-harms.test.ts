import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// investigated-harms.ts: an investigation into a harm looks into its doer, never its victims.
describe("investigated harms", () => {
  it("the doer of the harm after 'by' is the one investigated", () => {
    expect(keys("Britain opened an inquiry into the deaths of Iraqi civilians by American troops.")).toEqual(["ACCUSE GBR>USA"]);
    expect(keys("Poland launched an investigation into the arrest of a Polish diplomat by Belarusian police.")).toEqual(["ACCUSE POL>BLR"]);
  });

  it("an investigation of a state's own conduct, with no harm between, keeps its target", () => {
    expect(keys("The ICC opened an investigation into Russia's conduct in Ukraine.")).toEqual(["ACCUSE ICC>RUS"]);
    expect(keys("The European Commission opened an investigation into Chinese electric cars.")).toEqual(["ACCUSE EU>CHN"]);
  });
});

describe("investigated harms: negative cases", () => {
  it("the victims of a death, a murder or a kidnapping are not accused", () => {
    expect(keys("German police are investigating the death of a Russian journalist.")).toEqual([]);
    expect(keys("Kenya opened an investigation into the murder of a Pakistani journalist.")).toEqual([]);
    expect(keys("Italy launched a probe into the kidnapping of two Swiss tourists.")).toEqual([]);
  });

  it("a harm's doer of the investigator's own state is no other party", () => {
    expect(keys("Britain opened an inquiry into the deaths of Iraqi civilians by British troops.")).toEqual([]);
  });
});
