import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13: a party's name before a noun of an act is who does it, as a demonym is ("Tory attacks on
// the chancellor", "Lib Dem criticism of the prime minister"); a party's attack is words (ACCUSE).
function acts(text: string): string[] {
  const rec = extract(text, "2005-03-01");
  return rec.events.map((e) => `${e.type} ${e.source.join("+")}>${e.target.join("+")}`);
}

describe("events: a party's name before a noun of an act is its doer", () => {
  it("'Tory attacks on Gordon Brown' is criticism by the Conservatives", () => {
    expect(acts("Tory attacks on Gordon Brown grew louder after the budget.")).toEqual(["ACCUSE org:conservative-party>person:gordon-brown"]);
  });

  it("'the latest Labour attack on Michael Howard'", () => {
    expect(acts("The latest Labour attack on Michael Howard came on Monday.")).toEqual(["ACCUSE org:labour-party>person:michael-howard"]);
  });

  it("'Liberal Democrat criticism of Tony Blair'", () => {
    expect(acts("Liberal Democrat criticism of Tony Blair intensified on Tuesday.")).toEqual(["ACCUSE org:liberal-democrats>person:tony-blair"]);
  });
});

describe("events: party modifier, negative cases", () => {
  it("a party's noun that names no act makes no event ('Labour MPs', 'the Tory manifesto')", () => {
    expect(acts("Labour MPs read the Tory manifesto on Tuesday.")).toEqual([]);
  });

  it("a body that is no party before a noun of an act is not its doer ('a Pentagon briefing on Iraq')", () => {
    expect(acts("Reporters attended a Pentagon briefing on the attacks on Iraq.").some((x) => x.includes("org:pentagon>") || x.includes("USA>"))).toBe(false);
  });

  it("an attack on a party by a state's forces stays as it was read ('a Labour office was attacked')", () => {
    expect(acts("Labour offices in Belfast were attacked overnight.").some((x) => x.startsWith("ACCUSE org:labour-party"))).toBe(false);
  });
});
