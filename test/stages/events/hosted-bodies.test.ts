import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-05-02");

// find-parties.ts subjectBefore (senses.hostedBodies): a body of many states is hosted by the place after 'in'
describe("events: an international body in a city is not the city's state", () => {
  it("'the international court in The Hague' gives no Dutch doer", () => {
    expect(keys("The international court in The Hague ordered Russia to halt its invasion.").some((x) => x.includes("NLD"))).toBe(false);
    expect(keys("A global tribunal in Geneva condemned Myanmar.").some((x) => x.includes("CHE"))).toBe(false);
  });

  it("negative: a court in a city with no such modifier is the state's own", () => {
    expect(keys("A court in Paris convicted Syrian officials.")).toContain("ACCUSE FRA>SYR");
    expect(keys("A court in Moscow sentenced an American journalist.")).toContain("COERCE RUS>USA");
  });
});
