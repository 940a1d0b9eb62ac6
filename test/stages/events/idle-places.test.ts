import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-08-05");

// find-events.ts finishEvent (idlePlace): a town or region with no group noun is no doer of words,
// deals or measures; a capital stands for its government, and an attack's place is left to its rules
describe("events: a town or region is no doer", () => {
  it("'Capturing Kherson and the other ports could allow Russia to' gives no concession by Ukraine", () => {
    expect(keys("Capturing Kherson and the other ports could allow Russia to build a land bridge.").some((x) => x.startsWith("CONCEDE UKR"))).toBe(false);
  });

  it("'Moscow annexed Crimea, courted Serbia, and hacked into U.S. networks' gives no act of Crimea's", () => {
    const k = keys("Russia annexed Crimea, courted Serbia, and hacked into U.S. election systems.");
    expect(k.some((x) => x.startsWith("COERCE UKR>USA"))).toBe(false);
  });

  it("negative: a capital stands for its government ('Kyiv accused Moscow')", () => {
    expect(keys("Kyiv accused Moscow of shelling the plant.")).toContain("ACCUSE UKR>RUS");
  });

  it("negative: a group noun says who acts in the place ('Protesters in Minsk denounced Lukashenko')", () => {
    expect(keys("Protesters in Gomel denounced the Belarusian government.").some((x) => x.startsWith("ACCUSE BLR>BLR"))).toBe(true);
  });
});
