import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-05-02");
const anyWith = (k: string[], code: string) => k.some((x) => x.split(" ")[1].split(">").some((side) => side.split("+").includes(code)));

// named-venues.ts (senses.namedVenues), through topic-parties.ts topicNounAfter
describe("events: a town in the name of a treaty, format or talks is no party", () => {
  it("a capital or town before talks, a protocol or an agreement names the venue", () => {
    expect(anyWith(keys("Iran attended the Astana talks on Syria."), "KAZ")).toBe(false);
    expect(anyWith(keys("Russia withdrew from the Kyoto Protocol."), "JPN")).toBe(false);
    expect(anyWith(keys("The Paris climate agreement was rejected by the American president."), "FRA")).toBe(false);
  });

  it("the party named after the venue is found instead", () => {
    const k = keys("Russia attended the Geneva talks with the United States.");
    expect(k).toContain("CONSULT RUS>USA");
    expect(anyWith(k, "CHE")).toBe(false);
  });

  it("negative: a state's own name before the noun keeps its party", () => {
    expect(keys("The United States withdrew from the Iran nuclear deal.").some((x) => x.includes("IRN"))).toBe(true);
  });

  it("negative: a capital that acts, or a capital before a noun a government authors, stays its state", () => {
    expect(keys("Moscow attacked Kyiv on Monday.")).toContain("ASSAULT RUS>UKR");
    expect(keys("Ukraine rejected the Beijing plan.")).toContain("REJECT UKR>CHN");
  });
});
