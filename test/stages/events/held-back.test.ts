import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2023-06-17").events;
const has = (text: string, type: string) => events(text).some((e) => e.type === type);

// src/stages/events/senses.ts (prevented, heldBack; data/event-senses.json forgoVerbs, attemptVerbs, warnAgainstVerbs)
describe("senses: an act held back from did not happen", () => {
  it("a gerund after a verb or phrase of holding back is no act", () => {
    expect(has("South Africa, Senegal and Uganda have avoided censuring Moscow over the conflict.", "ACCUSE")).toBe(false);
    expect(has("France stopped short of accusing Iran of the attack.", "ACCUSE")).toBe(false);
    expect(has("Japan shied away from criticising China over the islands.", "ACCUSE")).toBe(false);
    expect(has("Germany steered clear of blaming Beijing for the outbreak.", "ACCUSE")).toBe(false);
  });

  it("the same verbs done, not held back from, stay acts", () => {
    expect(has("South Africa censured Moscow over the conflict.", "ACCUSE")).toBe(true);
    expect(has("France accused Iran of the attack.", "ACCUSE")).toBe(true);
    // ("short of" alone is no holding back: a quantity)
    expect(has("Japan criticised China for falling short of its pledges.", "ACCUSE")).toBe(true);
  });

  it("an infinitive after a verb of failing or neglecting is no act, save force", () => {
    expect(has("The European Union failed to condemn Russia over the annexation.", "ACCUSE")).toBe(false);
    expect(has("The government neglected to consult Iran before the vote.", "CONSULT")).toBe(false);
    // a failed attack was still an attack
    expect(has("Russian forces failed to capture Kyiv after invading Ukraine.", "ASSAULT")).toBe(true);
    expect(has("The European Union decided to condemn Russia over the annexation.", "ACCUSE")).toBe(true);
  });

  it("an act warned or advised against has not happened; the warning has", () => {
    const found = events("Moscow has repeatedly warned Finland and Sweden against joining the alliance.");
    expect(found.some((e) => e.type === "COOPERATE")).toBe(false);
    expect(found.some((e) => e.type === "THREATEN")).toBe(true);
    expect(has("Russia has advised both countries against joining Nato.", "COOPERATE")).toBe(false);
    // "against" after another verb is the act's target, not a warning
    expect(has("Sweden and Finland joined the campaign against Russia and imposed sanctions on Moscow.", "SANCTION")).toBe(true);
  });
});
