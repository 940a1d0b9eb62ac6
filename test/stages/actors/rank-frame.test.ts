import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a serving officer's rank as the American press abbreviates it ("Gen. X", "Lt. Col. X", "Army Gen. X") in a
// story of one state's forces is that state's (actors/state:article-frame, titles.json rank), as a bare office is; a
// past rank, a force another capitalised word names, a rank written out and a story of two states give none.
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

const american =
  "The Pentagon said on Wednesday it would move a carrier group closer to the gulf. Washington has pressed its allies for months, and American officials said the United States would not wait.\n\n";
const canadian =
  "Canada will send two frigates to the Baltic this summer. Ottawa said the deployment would last six months, and Canadian officials said Canada would pay for it.\n\n";
const twoStates =
  "India and China accused each other of moving troops near the border on Friday. New Delhi said Chinese patrols had crossed the line, and Beijing said Indian troops had provoked the clash. India and China called for talks.\n\n";

describe("actors: an abbreviated military rank takes the story's frame (titles.json rank)", () => {
  it("a bare rank, a compound rank, a service word before the rank", () => {
    expect(stateOf(american + "Gen. Harold Brandt told reporters the ships would arrive within a week.", "Harold Brandt")).toEqual({ country: "USA", rule: "actors/state:article-frame" });
    expect(stateOf(american + "Lt. Col. Dana Whitfield said the crews were ready.", "Dana Whitfield")?.country).toBe("USA");
    expect(stateOf(american + "The briefing was led by Navy Rear Adm. Colin Mercer, who took no questions.", "Colin Mercer")?.country).toBe("USA");
    expect(stateOf(canadian + "Air Force Maj. Gen. Louise Tremblay said the frigates would sail in June.", "Louise Tremblay")?.country).toBe("CAN");
    // (a state's officer whose sentence goes on to the irregulars he fights)
    expect(stateOf(american + "Gen. Harold Brandt told reporters the ships would strike the militants.", "Harold Brandt")?.country).toBe("USA");
    expect(stateOf(american + "Gen. Harold Brandt said American troops had killed 40 insurgents in the raid.", "Harold Brandt")?.country).toBe("USA");
  });

  it("negative: a retired officer, a militia named before the rank, a rank written out, two states' forces, a demonym", () => {
    expect(stateOf(american + "Retired Gen. Harold Brandt, now a defense consultant, said the plan was reckless.", "Harold Brandt")?.country ?? null).toBeNull();
    expect(stateOf(american + "Former Col. Dana Whitfield said the crews were tired.", "Dana Whitfield")?.country ?? null).toBeNull();
    expect(stateOf(american + "Liberty Brigade Col. Adam Reyes said his militia would hold the town.", "Adam Reyes")?.country ?? null).toBeNull();
    expect(stateOf(american + "The strike killed General Farhad Rostami, the commander of the militia.", "Farhad Rostami")?.country ?? null).toBeNull();
    expect(stateOf(american + "Gen. Omar Haddad, a militia commander, said the town was quiet.", "Omar Haddad")?.country ?? null).toBeNull();
    expect(stateOf(american + "Gen. Omar Haddad leads the rebels' military council.", "Omar Haddad")?.country ?? null).toBeNull();
    expect(stateOf(twoStates + "Gen. Rakesh Sharma said the patrols would continue.", "Rakesh Sharma")?.country ?? null).toBeNull();
    expect(stateOf(american + "Russian Gen. Pavel Orlov said the drills were defensive.", "Pavel Orlov")?.country).toBe("RUS");
  });
});
