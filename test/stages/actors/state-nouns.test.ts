import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const mentionsOf = (rec: ReturnType<typeof extract>, id: string) => rec.actors.find((a) => a.id === id)?.mentions.map((m) => m.text) ?? [];
const groups = (rec: ReturnType<typeof extract>) => rec.actors.filter((a) => a.kind === "group").map((a) => `${a.name}:${a.sector}@${a.country}`);

// "the government", "the authorities": named heads that, bare, are the state itself (data/groups.json
// stateNouns); compounds a named head begins ("government troops", "opposition supporters")
describe("actors: the state's own nouns and compounds of named heads", () => {
  it("'the authorities in Belarus' and 'the government' are mentions of the state", () => {
    expect(mentionsOf(extract("The authorities in Belarus arrested dozens of protesters."), "BLR")).toContain("authorities");
    expect(mentionsOf(extract("Protesters in Cairo demanded that the government resign."), "EGY")).toContain("government");
  });

  it("'government troops' and 'opposition supporters' are groups of the sentence's state, with the sector that says who", () => {
    expect(groups(extract("Government troops killed 30 Tamil rebels in northern Sri Lanka."))).toContain("Government troops:MIL@LKA");
    expect(groups(extract("Security forces in Guinea fired on opposition supporters."))).toContain("opposition supporters:OPP@GIN");
  });

  it("negative: a regional government is not the state", () => {
    const rec = extract("The Kurdish regional government accused the government in Baghdad of withholding funds.");
    expect(mentionsOf(rec, "IRQ")).toEqual(["government"]);
    expect(groups(rec)).toContain("Kurdish regional government:GOV@IRQ");
  });

  it("negative: a described government ('an internationally recognised government') is no mention of the state", () => {
    const rec = extract("Putin framed it as a response to a request from an internationally recognised government in Syria.");
    expect(mentionsOf(rec, "SYR")).not.toContain("government");
  });

  it("negative: a government its possessor already names is no group of its own ('Syria's legitimate and internationally recognised government')", () => {
    const rec = extract("Putin framed it as a response to a request from Syria's legitimate and internationally recognised government.");
    expect(groups(rec).filter((g) => g.includes("government"))).toEqual([]);
  });

  it("negative: a hyphenated modifier is no group ('a government-commissioned review')", () => {
    const rec = extract("A government-commissioned review will help Finnish MPs decide.");
    expect(groups(rec).some((g) => g.startsWith("government"))).toBe(false);
    expect(mentionsOf(rec, "FIN")).not.toContain("government");
  });
});

describe("events: acts between the state's own nouns and its other parts", () => {
  const stateKeys = (text: string) => {
    const rec = extract(text, "2005-01-01");
    const st = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? rec.actors.find((a) => a.id === id)?.country ?? id;
    return rec.events.map((e) => `${e.type} ${e.source.map(st).join("+")}>${e.target.map(st).join("+")}`);
  };

  it("government troops against rebels, rebels against the government", () => {
    expect(stateKeys("Government troops killed 30 Tamil rebels in northern Sri Lanka.")).toContain("ASSAULT LKA>LKA");
    expect(stateKeys("Rebels in the Ivory Coast dismissed an appeal from the government.")).toContain("REJECT CIV>CIV");
  });

  it("negative: the government urged by its own state's name is one side", () => {
    expect(stateKeys("The US urged the government to hold elections.")).toEqual([]);
  });
});
