import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// What an act would take is no act (capable-acts.ts): "has the technology needed to strike", "lacks
// the means required to attack". A threat or a plan to strike stays what it is.
const events = (text: string) => extract(text, "2024-05-02").events;
const assaults = (text: string) => events(text).filter((e) => e.type === "ASSAULT");

describe("the means an act would need are no act", () => {
  it("'the technology needed to strike', 'the means required to attack'", () => {
    expect(assaults("Pakistan has the technology needed to strike Indian cities, the report said.")).toEqual([]);
    expect(assaults("Venezuela lacks the means required to attack Guyana directly.")).toEqual([]);
  });
  it("'the equipment necessary to hit'", () => {
    expect(assaults("Experts say Iran has the equipment necessary to hit Saudi Arabia's oil fields.")).toEqual([]);
  });
});

describe("negative cases: threats and plans stay", () => {
  it("'threatened to strike' is a THREATEN, 'plans to strike' a planned ASSAULT", () => {
    expect(events("Pakistan threatened to strike Indian cities.").some((e) => e.type === "THREATEN")).toBe(true);
    expect(assaults("Venezuela plans to attack Guyana next month.").map((e) => e.status)).toContain("planned");
  });
  it("a need that is no means of the act leaves it: 'the votes needed to sanction'", () => {
    expect(events("Washington finally won the votes needed to sanction Iran at the UN.").some((e) => e.type === "SANCTION")).toBe(true);
  });
});
