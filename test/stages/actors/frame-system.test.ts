import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";
import { titleSystemsOf } from "../../../src/stages/actors/frame-system.js";

// Issue 14: a cabinet "secretary" or an "attorney general" is an office of only a few states' governments
// (titles.json systems); in a story whose frame is one of them, another state the holder's sentence names lends no
// doubt unless it uses the title too (frame-system.ts, actors/state:frame-system).
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

const british =
  "Ministers clash over budget\n\nBritain's cabinet met on Tuesday as the Treasury pushed for deep cuts. The UK economy shrank last quarter, and Downing Street said the prime minister would speak on Friday.\n\n";
const american =
  "Senate weighs new sanctions\n\nThe US Senate will vote on new sanctions next week, American officials said. Washington has already frozen some assets, and the White House said the president would sign the bill.\n\n";

describe("actors: a title of few states' systems keeps the frame beside a state of another (frame-system.ts)", () => {
  it("a secretary in a British or American story, another state named in the sentence", () => {
    expect(stateOf(british + "The energy secretary, Ruth Ainsley, flew to Berlin for talks.", "Ruth Ainsley")).toEqual({ country: "GBR", rule: "actors/state:frame-system" });
    expect(stateOf(american + "Secretary of State Dale Rimmer met Egypt's foreign minister in Cairo.", "Dale Rimmer")).toEqual({ country: "USA", rule: "actors/state:frame-system" });
    expect(stateOf(american + "Attorney General Nora Pell said Chinese hackers had stolen the data.", "Nora Pell")?.country).toBe("USA");
  });

  it("negative: a state of the same system in the sentence, a title every state has, no frame", () => {
    expect(stateOf(british + "Health Secretary Ruth Ainsley met the US health secretary in Washington.", "Ruth Ainsley")?.country ?? null).toBeNull();
    expect(stateOf(american + "Defense Secretary Dale Rimmer met Philippine officials in Manila.", "Dale Rimmer")?.country ?? null).toBeNull();
    expect(stateOf(american + "Prime Minister Dale Rimmer met Egypt's foreign minister in Cairo.", "Dale Rimmer")?.country ?? null).toBeNull();
    expect(stateOf("Leaders meet in Geneva\n\nFrance and Germany sent delegations to Geneva on Monday. Paris and Berlin disagree on tariffs.\n\nDefence Secretary Ruth Ainsley flew to Paris.", "Ruth Ainsley")?.country ?? null).toBeNull();
  });

  it("negative: a firm's or a press secretary's title has no system", () => {
    expect(stateOf(british + "Press secretary Ruth Ainsley flew to Paris.", "Ruth Ainsley")?.country ?? null).toBeNull();
    expect(stateOf(british + "The company secretary, Ruth Ainsley, flew to Paris.", "Ruth Ainsley")?.country ?? null).toBeNull();
  });

  it("the title's system is read off the role's last words", () => {
    const systems = new Map<string, Set<string> | null>([["secretary", new Set(["GBR", "USA"])], ["press secretary", null], ["secretary of state", new Set(["USA"])]]);
    expect([...(titleSystemsOf("International Development Secretary", systems) ?? [])]).toEqual(["GBR", "USA"]);
    expect(titleSystemsOf("press secretary", systems)).toBeNull();
    expect([...(titleSystemsOf("deputy secretary of state", systems) ?? [])]).toEqual(["USA"]);
    expect(titleSystemsOf("chief executive", systems)).toBeNull();
  });
});
