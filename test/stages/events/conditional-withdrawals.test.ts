// A withdrawal put on a condition the other party must meet is leverage, one act: THREATEN, no
// retreat planned beside it ("will withdraw its troops from Somalia if Mogadishu signs the deal"). An
// act done if the other party asks, or if needed, is a conditional offer, no threat
// (asked-conditions.ts: "will withdraw its forces from Armenia if Yerevan asks").
import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

describe("a withdrawal on a condition the other party must meet is a threat, one act", () => {
  it.each([
    ["Ankara will withdraw its troops from Somalia if Mogadishu signs the deal.", ["THREATEN TUR>SOM"]],
    ["Ankara threatened to withdraw its troops from Somalia if Mogadishu signed the deal.", ["THREATEN TUR>SOM"]],
    ["France said it would pull its soldiers out of Mali unless the junta holds elections.", ["THREATEN FRA>MLI"]],
  ])("%s", (text, want) => expect(eventKeys(text)).toEqual(want));

  it("keeps a cut-off on a condition a threat ('will cut gas supplies to Moldova if Chisinau does not pay')", () => {
    expect(eventKeys("Russia will cut gas supplies to Moldova if Chisinau does not pay.")).toContain("THREATEN RUS>MDA");
    expect(eventKeys("China will impose sanctions on Lithuania if it agrees to open a Taiwan office.")).toContain("THREATEN CHN>LTU");
  });
});

describe("an act done on the other party's asking is offered, not threatened", () => {
  it.each([
    "Russia will withdraw its forces from Armenia if Yerevan asks.",
    "Russia will withdraw its forces from Armenia if the Armenian government asks.",
    "Germany will send more aid to Ukraine if needed.",
  ])("%s", (text) => {
    const keys = eventKeys(text);
    expect(keys.some((k) => k.startsWith("THREATEN"))).toBe(false);
    expect(keys.some((k) => /^(RETREAT|AID|AGREE) /.test(k))).toBe(true);
  });

  it("negative: a withdrawal with no condition stays a planned retreat", () => {
    expect(eventKeys("Ankara will withdraw its troops from Somalia next year.")).toContain("RETREAT TUR>SOM");
  });
});

describe("conditional withdrawals: a withdrawal for the other side's own is an offer (reciprocalConditions)", () => {
  it("'would gladly withdraw from Yemen if the Iranians would agree to leave' is a RETREAT offered, no threat", () => {
    const k = eventKeys("Saudi Arabia would gladly withdraw from Yemen if the Iranians would agree to leave.", "2018-01-11");
    expect(k).toContain("RETREAT SAU>YEM");
    expect(k.filter((x) => x.startsWith("THREATEN"))).toEqual([]);
  });

  it("negative: a withdrawal on a condition of another kind stays leverage", () => {
    expect(eventKeys("Ankara will withdraw its troops from Somalia if Mogadishu signs the deal.")).toEqual(["THREATEN TUR>SOM"]);
  });
});
