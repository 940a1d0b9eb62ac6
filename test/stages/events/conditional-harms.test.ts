// A harm put on a condition another party must meet is a threat to it, whatever the doer and however
// the condition names its party (conditional-threats.ts, find-events.ts statedPossibility): an
// organisation's measure spoken of by a member's official, a measure of policy in the narrator's
// "may" or "could", an act read with no party of its own, an office in place of a state.
import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string) {
  const rec = extract(text, "2021-03-01");
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

const threats = (text: string) => coded(text).filter((k) => k.startsWith("THREATEN"));

describe("a measure of policy put on a party's condition threatens that party", () => {
  it.each([
    ["The EU may suspend talks with Turkey if Ankara continues its drilling.", "THREATEN EU>TUR occurred"],
    ["Washington could cut aid to Egypt unless Cairo releases the activists.", "THREATEN USA>EGY occurred"],
    ["Qatar will halt mediation if cooperation from Hamas fails.", "THREATEN QAT>PSE occurred"],
    ["Norway could freeze aid to Uganda unless Kampala repeals the law.", "THREATEN NOR>UGA occurred"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("is one act: the measure is only threatened", () => {
    expect(coded("Washington could cut aid to Egypt unless Cairo releases the activists.")).toEqual(["THREATEN USA>EGY occurred"]);
  });

  it("an organisation's measure spoken of by a member's official is the organisation's threat", () => {
    const got = coded("The European Union may halt its mediation between the Serbian factions if cooperation by Serbia founders, the Dutch foreign minister said.");
    expect(got).toContain("THREATEN EU>SRB occurred");
  });
});

describe("an organisation's possible harm in a member official's words, with no act coded", () => {
  it("is the organisation's threat to the party the harm names", () => {
    expect(threats("The European Community may halt mediation efforts among Serbia's feuding republics if cooperation by all parties founders, a Dutch minister said on Tuesday.")).toContain("EU>SRB occurred".replace(/^/, "THREATEN "));
  });

  it("an analyst's forecast and a harm with no party are none", () => {
    expect(threats("Russia could cut gas to Moldova if Chisinau refuses to pay, analysts said.")).toEqual([]);
    expect(threats("NATO could halt its mission in Kosovo if violence continues, an Italian officer said.")).toEqual([]);
  });
});

describe("a condition that names an office: the state of the commitment or of the doer", () => {
  it.each([
    ["Kenya holds elections in May. The Kenyan opposition said it will boycott the elections unless the president resigns.", "THREATEN KEN>KEN occurred"],
    ["Kenya holds elections in May. The Kenyan opposition will boycott the elections unless the president resigns.", "THREATEN KEN>KEN occurred"],
    ["Sudanese rebels said they would boycott Sudan's elections unless the government frees their leaders.", "THREATEN SDN>SDN occurred"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("the narrator's 'will' on 'unless' threatens only with a hostile act", () => {
    expect(threats("Kenya holds elections in May. The Kenyan opposition will take part in the elections unless the president resigns.")).toEqual([]);
    expect(threats("Serbia will join the talks unless Kosovo objects.")).toEqual([]);
  });
});

describe("no threat in a forecast, a benefit or a condition no party meets", () => {
  it.each([
    "If it rains, the summit may be delayed.",
    "Aid to Ukraine could rise if Congress agrees.",
    "The EU may resume talks with Turkey if Ankara halts its drilling.",
    "Washington could increase aid to Egypt if Cairo releases the activists.",
    "The EU may suspend talks with Turkey if the weather is bad.",
    "Germany could cut gas imports from Russia if prices keep rising.",
  ])("%s", (text) => expect(threats(text)).toEqual([]));
});
