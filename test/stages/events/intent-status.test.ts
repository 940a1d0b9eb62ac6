import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2022-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

// find-events.ts: a threat or pledge derived from a stated intention is made by the words that commit,
// and takes their status, not the planned status of the act committed to.
describe("a threat or pledge is made when it is said", () => {
  it("a vow, a threat or a stated future in the past occurred", () => {
    expect(coded("The Russian military has vowed to shoot down US missiles.")).toContain("THREATEN RUS>USA occurred");
    expect(coded("Biden said the United States was prepared to impose more sanctions on Russia.")).toContain("THREATEN USA>RUS occurred");
    expect(coded("Poland said it would send more tanks to Ukraine.")).toContain("AGREE POL>UKR occurred");
  });

  it("the act committed to stays planned", () => {
    expect(coded("Poland said it would send more tanks to Ukraine.")).toContain("AID POL>UKR planned");
  });

  it("a commitment still to be made, or one in another's mouth, keeps its own status", () => {
    expect(coded("Poland will pledge to send more tanks to Ukraine.").some((k) => k.startsWith("AGREE") && k.endsWith("occurred"))).toBe(false);
    expect(coded("Ukrainian officials said Poland had promised to send more tanks to Ukraine.").some((k) => k.startsWith("AGREE POL>UKR") && k.endsWith("occurred"))).toBe(false);
  });
});

describe("a question, or a claim put to the one addressed, commits no one", () => {
  it("'do you believe that we will attack?' and 'you insisted that Russia would invade' are no threats", () => {
    const asked = coded("The Belarusian president asked reporters: “Do you still believe that we will attack Ukraine from here?”");
    expect(asked.some((k) => k.startsWith("THREATEN"))).toBe(false);
    expect(asked.some((k) => k.startsWith("ASSAULT"))).toBe(false);
    const addressed = coded("“You insisted that Russia and Belarus would invade Ukraine yesterday,” the Belarusian president told reporters.");
    expect(addressed.some((k) => k.startsWith("THREATEN"))).toBe(false);
    expect(addressed.some((k) => k.startsWith("ASSAULT"))).toBe(false);
    expect(coded("“Will Poland send tanks to Ukraine?” the German minister asked.").some((k) => k.startsWith("AGREE"))).toBe(false);
  });

  it("negative: the doer's own statement, or a question about a past act, keeps its reading", () => {
    expect(coded("“Why did Russia invade Ukraine?” the Polish minister asked.").some((k) => k.startsWith("ASSAULT RUS>UKR"))).toBe(true);
    expect(coded("“We will attack Ukraine from here,” the Belarusian president told reporters.")).toContain("THREATEN BLR>UKR planned");
    expect(coded("“We insisted that Poland would send tanks to Ukraine,” the Polish president said.").some((k) => k.startsWith("AGREE POL>UKR"))).toBe(true);
  });
});
