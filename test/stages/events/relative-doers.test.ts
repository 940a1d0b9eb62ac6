import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2022-03-24");

// find-parties.ts relativeAntecedent: a verb inside ", which/who/whose ..." is done by what the pronoun stands for
describe("events: a relative clause after a comma is done by its antecedent", () => {
  it("'whose' after a group: the group's act, not the main clause subject's", () => {
    const k = keys("Britain condemned the Wagner Group, whose fighters attacked Ukrainian positions near Bakhmut.");
    expect(k).toContain("ASSAULT RUS>UKR");
    expect(k.some((x) => x.startsWith("ASSAULT GBR"))).toBe(false);
  });

  it("over an appositive: 'the Wagner Group, a paramilitary unit ..., whose mercenaries'", () => {
    const k = keys("The UK would impose sanctions against the Wagner Group, a paramilitary unit that operates as Putin's private army, whose mercenaries are tasked with assassinating the Ukrainian president.");
    expect(k).toContain("ASSAULT RUS>UKR");
    expect(k.some((x) => x.startsWith("ASSAULT GBR"))).toBe(false);
  });

  it("'which' after a state: that state acts", () => {
    expect(keys("The United States sanctioned Russia, which responded by expelling American diplomats.")).toContain("SANCTION RUS>USA");
    // (the antecedent is the object of a preposition: "talks with Oman, which")
    const k = keys("Iran held talks with Oman, which has since threatened Yemen.");
    expect(k).toContain("THREATEN OMN>YEM");
    expect(k).not.toContain("THREATEN IRN>YEM");
  });

  it("'which' after a noun that names no actor: no doer, not a state named inside its phrase", () => {
    const k = keys("Russia annexed Crimea and fomented a separatist rebellion in Ukraine's east, which seized control of part of the Donbas region.");
    expect(k.some((x) => x.startsWith("ASSAULT UKR"))).toBe(false);
    expect(keys("Moscow backed a rebellion in Georgia's north, which attacked Georgian police posts.").some((x) => x.startsWith("ASSAULT GEO"))).toBe(false);
  });

  it("negative: a verb after the relative clause is the main subject's again", () => {
    expect(keys("Russia, which has denied any role, attacked Ukrainian positions on Monday.")).toContain("ASSAULT RUS>UKR");
    expect(keys("Russian President Vladimir Putin, who spoke by phone on Tuesday, threatened Ukraine with new strikes.")).toContain("THREATEN RUS>UKR");
  });
});
