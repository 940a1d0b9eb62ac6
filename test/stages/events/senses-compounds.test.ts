import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// senses.ts: a verb in a compound noun ("no-fly zone") is no act; a verb whose object gives it another
// sense ("fly the flag", "pressed home the message") is no act of that type.
const keys = (text: string) => eventKeys(text, "2022-03-06");

describe("a verb glued to 'no-' is a compound noun", () => {
  it("'no-fly zones' is no visit", () => {
    expect(keys("From 1991 to 2003 the US, France and Britain enforced no-fly zones over Iraq.")).not.toContain("CONSULT USA+FRA+GBR>");
    expect(keys("Biden and Nato refused a no-fly zone.").some((k) => k.startsWith("CONSULT"))).toBe(false);
  });
  it("a hyphened prefix of a verb keeps the verb: 're-establish relations'", () => {
    expect(keys("Russia and Georgia agreed to re-establish diplomatic relations.")).toContain("COOPERATE RUS+GEO>");
  });
  it("flying to a capital is still a visit", () => {
    expect(keys("The Kuwaiti foreign minister will fly to Washington on Monday.")).toContain("CONSULT KWT>USA");
  });
});

describe("an object that gives the verb another sense", () => {
  it("'fly the American flag' is no visit", () => {
    expect(keys("Kuwaiti tankers have been re-registered to fly the American flag.")).toEqual([]);
  });
  it("'pressed home the message', 'pressed the point' are no requests", () => {
    expect(keys("Boris Johnson pressed home the message that Nato is a defensive alliance.")).toEqual([]);
    expect(keys("Boris Johnson pressed the point with Nato.")).toEqual([]);
  });
  it("pressing a party is a request", () => {
    expect(keys("Boris Johnson pressed Nato to send more troops.")).toContain("REQUEST GBR>NATO");
  });
});

describe("a conjunction where the object would be", () => {
  it("'stand by as', 'stand by while' is standing idle, no support and no refusal", () => {
    expect(keys("Britain said: \"We cannot and will not stand by while Russia grinds Ukraine's towns into dust.\"")).not.toContain("REJECT GBR>RUS");
    expect(keys("Poland will not stand by as Russia attacks Ukraine.").some((k) => k.startsWith("SUPPORT"))).toBe(false);
  });
  it("'stand by' a party is support", () => {
    expect(keys("Poland stood by its ally Ukraine.")).toContain("SUPPORT POL>UKR");
  });
});
