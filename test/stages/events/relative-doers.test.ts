import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

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

  it("negative: a place after a preposition of place leaves the antecedent open ('Russia's actions in Ukraine, which include')", () => {
    const k = keys("The resolution states that Russia's actions in Ukraine, which include the targeted killing of Ukrainian civilians, are genocide.");
    expect(k.some((x) => x.startsWith("ASSAULT UKR"))).toBe(false);
  });

  it("'who' stands for the person before an appositive, not an organisation inside it", () => {
    const rec = extract("The hearing was led by U.S. Senator Chris Murphy, a member of the Senate Foreign Relations Committee, who condemned Russia.", "2022-03-24");
    const ev = rec.events.find((e) => e.type === "ACCUSE");
    expect(ev?.source).toEqual(["person:chris-murphy"]);
  });

  it("negative: a clause before a long comma phrase is no appositive to skip", () => {
    const k = keys("While those gathered were almost entirely Ukrainian, a small group of young Russians working in sectors ranging from IT to fashion were also present, speaking out against Putin.");
    expect(k.some((x) => x.startsWith("ACCUSE UKR"))).toBe(false);
  });
});
