import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-08-05");

// find-events.ts objectsPlace: a town after the object noun's "at" or "in" places that noun; it is
// no party of a request, an accusation or a word of support
describe("events: a town that places the object is no party", () => {
  it("'will ask the court at The Hague to investigate' gives no request to the Netherlands", () => {
    expect(keys("Greece will ask the court at The Hague to investigate war crimes.").some((x) => x.startsWith("REQUEST GRC>NLD"))).toBe(false);
  });

  it("'asked the court at Strasbourg to rule' gives no request to France", () => {
    expect(keys("Kyiv asked the court at Strasbourg to rule on the case.").some((x) => x.startsWith("REQUEST UKR>FRA"))).toBe(false);
  });

  it("negative: a body named before the town stays the party ('ask the UN commission in Geneva')", () => {
    expect(keys("Armenia will ask the UN commission in Geneva to send observers.")).toContain("REQUEST ARM>UN");
  });

  it("negative: a capital stands for its government ('warned of strikes at Washington and Seoul')", () => {
    expect(keys("North Korea warned of strikes at Washington and Seoul.")).toContain("THREATEN PRK>USA+KOR");
  });

  it("negative: the verb's own 'at' names whom ('lashed out at Moscow')", () => {
    expect(keys("Turkey lashed out at Moscow over the strikes.")).toContain("ACCUSE TUR>RUS");
  });

  it("negative: an act of force on a place keeps it ('fired rockets at Sderot')", () => {
    expect(keys("Hamas fired rockets at Sderot on Monday.").some((x) => x.startsWith("ASSAULT") && x.endsWith(">ISR"))).toBe(true);
  });
});
