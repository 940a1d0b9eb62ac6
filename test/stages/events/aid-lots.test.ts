import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// aid-containers.ts and arrivals.ts: aid counted out in lots ("a package of military aid", "a tranche
// of howitzers") is given by the lot's owner, and a lot of arms that arrives on a state's soil is aid
// to that state.
const keys = (text: string) => eventKeys(text, "2023-03-01").filter((k) => k.startsWith("AID"));

describe("the owner of a lot of aid gives it", () => {
  it("a possessor before the lot", () => {
    expect(keys("Canada's second package of military aid for Latvia includes armoured vehicles.")).toEqual(["AID CAN>LVA"]);
    expect(keys("Japan's latest tranche of humanitarian aid to Turkey arrived by air.")).toContain("AID JPN>TUR");
  });
  it("a sum and an adjective wink reads as an adverb after the possessor", () => {
    expect(keys("Berlin's new $2bn package of military aid for Kyiv was welcomed.")).toEqual(["AID DEU>UKR"]);
  });
});

describe("a lot of arms that arrives", () => {
  it("its owner's aid to the state it arrives in", () => {
    expect(keys("Norway said its batch of rifles, mortars and Humvees had arrived in Estonia.")).toEqual(["AID NOR>EST"]);
  });
  it("on a state's soil or territory", () => {
    expect(keys("The first French Caesar howitzers have arrived on Ukrainian soil.")).toEqual(["AID FRA>UKR"]);
    expect(eventKeys("The Chinese president arrived on Russian soil on Monday.", "2023-03-01")).toContain("CONSULT CHN>RUS");
  });
});

describe("negative: no lot of aid, no state reached", () => {
  it("a lot of anything else", () => {
    expect(keys("Canada's second package of reforms for Latvia was passed.")).toEqual([]);
    expect(keys("Norway said its batch of documents, letters and maps had arrived in Estonia.")).toEqual([]);
  });
  it("the lot's owner unnamed", () => {
    expect(keys("A new package of military aid for Kyiv is being prepared.")).toEqual([]);
  });
  it("a place that is no state's land", () => {
    expect(keys("The howitzers arrived on the front line on Monday.")).toEqual([]);
    expect(eventKeys("The equipment arrived from China at the factory.", "2023-03-01")).toEqual([]);
  });
});
