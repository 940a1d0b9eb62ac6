import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

/** events as "TYPE SRC>TGT", each party by its state (helpers.ts eventKeys) */
const stateKeys = (text: string, published = "2005-03-01") => eventKeys(text, published);

describe("rival parties: two named parties of one state are two parts of it", () => {
  it("an accusation from one party to another", () => {
    expect(stateKeys("The Conservatives accused Labour of wasting billions on consultants.")).toContain("ACCUSE GBR>GBR");
  });

  it("a demand and a refusal between parties", () => {
    expect(stateKeys("The Liberal Democrats urged the Tories to drop their plans for the tax.")).toContain("REQUEST GBR>GBR");
    expect(stateKeys("Labour rejected Liberal Democrat calls for a public inquiry into the scandal.")).toContain("REJECT GBR>GBR");
  });

  it("parties of another state", () => {
    expect(stateKeys("The Republicans accused the Democrats of stalling the spending bill in Congress.")).toContain("ACCUSE USA>USA");
  });
});

describe("rival parties: negative cases", () => {
  it("one party named on both sides is one side", () => {
    expect(stateKeys("The Tories warned the Conservative Party against complacency.")).toEqual([]);
  });

  it("a party with no target acts on no one", () => {
    expect(stateKeys("Labour said it would support the bill in the Commons.")).toEqual([]);
  });

  it("a party criticising a foreign state is no domestic act", () => {
    expect(stateKeys("The Conservatives criticised France over its farm subsidies.")).toEqual(["ACCUSE GBR>FRA"]);
  });
});

describe("rival parties: only what parties say and agree to each other", () => {
  it("negative: two parties' pledges side by side are no aid nor promise of one to the other", () => {
    expect(stateKeys("Labour has promised to help first-time buyers and the Tories would extend right-to-buy.")).toEqual([]);
    expect(stateKeys("The Lib Dems have pledged to help pensioners and the Conservatives would cut council tax.")).toEqual([]);
  });
});
