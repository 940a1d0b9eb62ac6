import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// near-misses.ts: an act named only as near ("on the verge of signing"), unlikely ("unlikely to
// supply") or excluded ("ruled out sending") has not come about: no event. A negated exclusion ("did
// not rule out") leaves the act open; an act that came after all, or a place "close to" a border, stays.
const keys = (text: string) => eventKeys(text, "2023-05-10");

describe("an act that nearly happened, is unlikely, or is ruled out", () => {
  it("'on the verge of', 'close to', 'were about to' make no agreement", () => {
    expect(keys("Serbia and Kosovo were on the verge of signing an accord when Belgrade walked out of the talks.")).not.toContain("AGREE SRB>XKX");
    expect(keys("Armenia and Azerbaijan came close to signing a peace treaty last autumn.").filter((k) => k.startsWith("AGREE"))).toEqual([]);
    expect(keys("Egypt and Ethiopia are close to reaching a deal on the dam.").filter((k) => k.startsWith("AGREE"))).toEqual([]);
    expect(keys("Iran and France were about to sign a contract before Paris withdrew.").filter((k) => k.startsWith("AGREE"))).toEqual([]);
  });
  it("'on the brink of' force makes no assault", () => {
    expect(keys("Chinese troops were on the brink of attacking Taiwan, the report claimed.").filter((k) => k.startsWith("ASSAULT"))).toEqual([]);
  });
  it("'unlikely to supply', 'ruled out sending' make no aid", () => {
    expect(keys("Canada is unlikely to supply fighter jets to Ukraine.").filter((k) => k.startsWith("AID"))).toEqual([]);
    expect(keys("Japan has ruled out sending troops to Ukraine.").filter((k) => k.startsWith("AID"))).toEqual([]);
  });
  it("the acts that did come about, or are left open, stay", () => {
    expect(keys("Serbia and Kosovo signed an accord on Tuesday.").some((k) => k.startsWith("AGREE"))).toBe(true);
    expect(keys("Canada is likely to supply fighter jets to Ukraine.")).toContain("AID CAN>UKR");
    expect(keys("Japan has not ruled out sending troops to Ukraine.")).toContain("AID JPN>UKR");
    expect(keys("Russian troops close to the border shelled Ukrainian villages.")).toContain("ASSAULT RUS>UKR");
  });
});
