import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-05-01");

describe("a name that qualifies the thing given is its owner or maker, no receiver", () => {
  it("'would not send any Nato troops into Ukraine' rejects no one", () => {
    expect(keys("The British defence secretary said Britain would not send any Nato troops into Ukraine.").filter((k) => k.startsWith("REJECT"))).toEqual([]);
  });
  it("the receiver after 'to' stays: 'will send German tanks to Ukraine'", () => {
    expect(keys("Poland will send German tanks to Ukraine.")).toContain("AID POL>UKR");
  });
  it("a refusal to the receiver stays: 'would not send weapons to Ukraine'", () => {
    expect(keys("Hungary said it would not send weapons to Ukraine.")).toContain("REJECT HUN>UKR");
  });
  it("a state named as the object's head stays the receiver: 'will supply Ukraine weapons'", () => {
    expect(keys("Britain will supply Ukraine with weapons.")).toContain("AID GBR>UKR");
  });
});

describe("a reception or praise still to come is no pledge (senses.receptionPatterns)", () => {
  it("'would be warmly welcomed by France' is SUPPORT planned, no AGREE", () => {
    const k = keys("Macron said Germany would be warmly welcomed by France.");
    expect(k).toContain("SUPPORT FRA>DEU");
    expect(k.filter((x) => x.startsWith("AGREE"))).toEqual([]);
  });
  it("'will thank Poland' is no AGREE", () => {
    expect(keys("Zelensky said Ukraine will thank Poland for its help.").filter((x) => x.startsWith("AGREE"))).toEqual([]);
  });
  it("a pledge of support stays: 'will support the Turkish bid'", () => {
    expect(keys("Portugal will support Turkey's bid to join the EU, the Portuguese president said.")).toContain("AGREE PRT>TUR");
  });
});
