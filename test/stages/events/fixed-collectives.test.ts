import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2018-04-20");

// Issue 13 (parties33): "the two Koreas", "both Sudans" name the states of a divided land
// (senses.namedSides.collectives), never the last parties the text named
describe("events: a fixed collective names its own states", () => {
  it("'the two Koreas', 'both Koreas', 'the two Sudans' are their states", () => {
    const k = keys("Pyongyang fired a missile on Monday. Seoul put its army on alert. Japan protested to China. The two Koreas agreed on Tuesday to resume military talks.");
    expect(k).toContain("AGREE PRK+KOR>");
    expect(k.some((x) => x.startsWith("AGREE JPN") || x.startsWith("AGREE CHN"))).toBe(false);
    expect(keys("North Korea and South Korea exchanged fire. Both Koreas condemned Japan on Friday.")).toContain("ACCUSE PRK+KOR>JPN");
    expect(keys("Sudan and South Sudan clashed. The United States praised Kenya. The two Sudans agreed to reopen the border.")).toContain("AGREE SDN+SSD>");
  });

  it("negative: with one of the states never named, no party; other counted phrases still refer back", () => {
    const k = keys("Israel criticized Iran. The two Koreas agreed to resume talks.");
    expect(k.some((x) => /^(AGREE|CONSULT) (ISR|IRN)/.test(x))).toBe(false);
    expect(keys("Russia and Ukraine met in Istanbul. The two sides agreed to exchange prisoners.")).toContain("AGREE RUS+UKR>");
    expect(keys("Russia and Ukraine met in Istanbul. The two countries agreed to exchange prisoners.")).toContain("AGREE RUS+UKR>");
  });
});
