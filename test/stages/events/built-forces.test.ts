import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

// built-forces.ts: forces a state trains, recruits or amasses for an attack on another state are its
// MOBILIZE against that state; the attack, only their purpose or capability, is no event.
const keys = (text: string) => eventKeys(text, "2023-09-20");
const force = (text: string) => keys(text).filter((k) => /^(MOBILIZE|ASSAULT|AID)/.test(k));

describe("forces raised for an attack on another state mobilise against it", () => {
  it("forces capable of an attack", () => {
    expect(force("Iran has trained hundreds of hackers capable of attacks on Saudi Arabia.")).toEqual(["MOBILIZE IRN>SAU"]);
    expect(force("Beijing is building an army capable of invading Taiwan.")).toEqual(["MOBILIZE CHN>TWN"]);
  });
  it("forces raised to or ready to attack, one event", () => {
    expect(force("Russia amassed troops ready to invade Georgia.")).toEqual(["MOBILIZE RUS>GEO"]);
    expect(force("Syria trained its pilots to bomb Turkey.")).toEqual(["MOBILIZE SYR>TUR"]);
  });
  it("the raising verb's tense", () => {
    const rec = extract("Beijing is building an army capable of invading Taiwan.", "2023-09-20");
    expect(rec.events.filter((e) => e.type === "MOBILIZE").map((e) => e.status)).toEqual(["ongoing"]);
  });
});

describe("negative: another state's forces, no attack, the place of a fight", () => {
  it("forces of another state trained by a state are aid", () => {
    expect(force("Britain trained Ukrainian soldiers in Scotland.")).toEqual(["AID GBR>UKR"]);
    expect(force("Britain trained Ukrainian soldiers to repel attacks on Kyiv.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
  it("people trained or recruited for no attack", () => {
    expect(keys("Cuba has trained doctors for Venezuela.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
    expect(keys("Kenya recruited volunteers for the election campaign.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
  it("a state named as the place of the fighting is no side", () => {
    expect(keys("Poland recruited volunteers to fight in Ukraine.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
  it("an attack on the subject's own state", () => {
    expect(keys("Colombia trained soldiers to attack rebel camps in Colombia.").filter((k) => k.startsWith("MOBILIZE"))).toEqual([]);
  });
});
