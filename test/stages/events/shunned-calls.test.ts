import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// Issue 13: "shun" with a party's call, demand or offer as its object is a refusal (REJECT 120),
// like "spurn" and "rebuff" (events.json); inside one state, the government against a party.
describe("shunned calls: a refusal", () => {
  it("a government shunning a party's calls rejects the party", () => {
    expect(eventKeys("Britain's budget came out on Monday. The government shunned Tory calls for an inquiry into the affair.", "2005-03-01")).toEqual(["REJECT GBR>GBR"]);
  });

  it("a state shunning another state's offer of talks rejects it", () => {
    expect(eventKeys("North Korea shunned South Korea's offer of talks on Tuesday.", "2005-03-01")).toContain("REJECT PRK>KOR");
  });
});

describe("shunned calls: negative cases", () => {
  it("markets and people shunning goods or the spotlight reject no one", () => {
    expect(eventKeys("Investors shunned British bonds on Monday.", "2005-03-01")).toEqual([]);
    expect(eventKeys("The Russian singer shunned the spotlight after the concert.", "2005-03-01")).toEqual([]);
  });
});
