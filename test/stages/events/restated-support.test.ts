import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// data/events.json restate-/repeat-/renew-/stress-support: support stated again is support
// ("Tony Blair restated his support for Turkey's membership of the EU" → SUPPORT GBR>TUR).
const support = (text: string) => eventKeys(text, "2023-06-20").filter((k) => k.startsWith("SUPPORT"));

describe("support restated, repeated, renewed or stressed is support", () => {
  it("to a state, or to a state's membership or bid", () => {
    expect(support("Britain repeated its strong support for Ukraine on Monday.")).toEqual(["SUPPORT GBR>UKR"]);
    expect(support("Germany restated its support for Moldova's bid to join the EU.")).toEqual(["SUPPORT DEU>MDA"]);
    expect(support("Italy renewed its backing for Albanian membership of the EU.")).toEqual(["SUPPORT ITA>ALB"]);
    expect(support("Poland stressed its solidarity with Lithuania.")).toEqual(["SUPPORT POL>LTU"]);
  });
  it("negative: support as a topic, or someone else's support", () => {
    expect(support("Poland stressed that support for the measure was growing.")).toEqual([]);
    expect(support("Hungary repeated the support of its voters as a reason to stay out.")).toEqual([]);
    expect(support("Spain renewed its support for the plan.")).toEqual([]);
  });
});
