import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a story of two states has no frame, yet where one of them does not use a title (titles.json unusedTitles:
// the United States has no ministers), the one state that clearly dominates the rest may hold it
// (find-actors.ts usableFrameStates, actors/state:frame-usable).
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

// Taipei's currency and Washington's pressure, named about as often as each other
const taiwan =
  "Taipei eases controls\n\nTaiwan will relax its controls on capital after pressure from the United States, officials said. The United States wants Taiwan to let its currency rise, and U.S. officials say Taiwan's surplus is too big. Taiwan's exports to the U.S. rose again, and American firms want access. Taiwan says it has done enough. Bankers expect a decision within weeks.\n\n";
// Seoul and Tokyo, neither above the other, both with ministers
const summit =
  "Ministers meet\n\nJapan and South Korea opened talks on fishing rights, officials said. Japan wants quotas cut, and South Korea wants them kept. Japan's fleet and South Korea's fleet share the waters, and Japan and South Korea both say the talks will last a week.\n\n";

describe("actors: a title only some of a story's states use takes the one of them that dominates (usableFrameStates)", () => {
  it("a minister in a story of Taiwan and the United States is Taiwan's", () => {
    expect(stateOf(taiwan + "Finance Minister Lin Chen-hao told reporters the rules would ease in May.", "Lin Chen-hao")).toEqual({ country: "TWN", rule: "actors/state:frame-usable" });
    expect(stateOf(taiwan + "The plan was approved by Economics Minister Hsu Li-teh on Friday.", "Hsu Li-teh")?.country).toBe("TWN");
    expect(stateOf(taiwan + "Premier Wang Ching-fu ordered officials to move faster.", "Wang Ching-fu")?.country).toBe("TWN");
  });

  it("negative: a title both states use stays open", () => {
    // (the United States has secretaries too)
    expect(stateOf(taiwan + "Finance Secretary Lin Chen-hao said the rules would ease.", "Lin Chen-hao")?.country ?? null).toBeNull();
    // (two states with ministers, neither dominant: a summit of both states' ministers)
    expect(stateOf(summit + "Fisheries Minister Ota Kenji said the quota was fair.", "Ota Kenji")?.country ?? null).toBeNull();
  });

  it("negative: no dominance among the states that use the title, or a counterpart of that state", () => {
    const three =
      "Trade talks\n\nThe United States pressed Japan and South Korea to cut tariffs, U.S. officials said. The United States wants Japan to buy more, and South Korea says Japan gains most. The United States and South Korea meet next week; the United States will then see Japan.\n\n";
    expect(stateOf(three + "Trade Minister Kim Dal-soo said the cuts were too deep.", "Kim Dal-soo")?.country ?? null).toBeNull();
    expect(stateOf(taiwan + "Trade Minister Carla Hills met her Taiwan counterpart on Monday.", "Carla Hills")?.country ?? null).not.toBe("TWN");
  });

  it("a state that has no such title may stand in the holder's sentence; one that has it leaves the holder open", () => {
    expect(stateOf(taiwan + "Finance Minister Lin Chen-hao told a U.S. business group the rules would ease.", "Lin Chen-hao")?.country).toBe("TWN");
    expect(stateOf(taiwan + "Defence Minister Lin Chen-hao, briefing reporters after a meeting with Secretary of State Dean Acheson, said the U.S. was confident.", "Lin Chen-hao")?.country).toBe("TWN");
    // (the minister quoted by another state's agency is likely that state's)
    const war =
      "Talks on the war\n\nThe United States and Iraq discussed the fighting in Iraq, officials said. Iraq wants more aid from the United States, and U.S. troops remain in Iraq. Iraq's army has lost ground, and American officials say the U.S. will help. Bankers expect a decision within weeks.\n\n";
    expect(stateOf(war + "Deputy Foreign Minister Alexei Morozov said the fighting must stop.", "Alexei Morozov")).toEqual({ country: "IRQ", rule: "actors/state:frame-usable" });
    expect(stateOf(war + "Russian news agency Interfax quoted Deputy Foreign Minister Alexei Morozov as saying the fighting must stop.", "Alexei Morozov")?.country ?? null).toBeNull();
  });

  it("negative: a company's finance director or an IGO's secretary is no office of the states", () => {
    expect(stateOf(taiwan + "Finance director Lin Chen-hao of Formosa Plastics said sales rose.", "Lin Chen-hao")?.country ?? null).toBeNull();
    expect(stateOf(taiwan + "OECD Secretary-General Jean Morel said the rules would ease.", "Jean Morel")?.country ?? null).not.toBe("TWN");
  });
});
