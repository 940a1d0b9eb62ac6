import { describe, expect, it } from "vitest";
import { extract, testEngine, eventKeys } from "../../helpers.js";
import { differentParts, partOf, EXECUTIVE } from "../../../src/stages/events/domestic.js";

/** events as "TYPE SRC>TGT", each party by its state (helpers.ts eventKeys) */
const stateKeys = (text: string, published = "2005-01-01") => eventKeys(text, published);

const parts = () => testEngine().lexicon.stateParts;

describe("domestic: the parts of a state (data/groups.json stateParts)", () => {
  it("the government, army, police and spies are one part: the executive", () => {
    for (const s of ["GOV", "MIL", "COP", "SPY"]) expect(partOf(parts(), s)).toBe(EXECUTIVE);
  });

  it("courts, parliaments, rebels, parties and the public are parts of their own", () => {
    const named = ["JUD", "LEG", "REB", "OPP", "PTY", "CVL", "MED", "LAB"].map((s) => partOf(parts(), s));
    expect(named.every((p) => p && p !== EXECUTIVE)).toBe(true);
    expect(new Set(named).size).toBe(named.length);
  });

  it("two sides are different parts when they differ and one is not the executive", () => {
    expect(differentParts(parts(), "COP", "CVL")).toBe(true);
    expect(differentParts(parts(), "JUD", "GOV")).toBe(true);
    expect(differentParts(parts(), "PTY", "GOV")).toBe(true);
    expect(differentParts(parts(), "LEG", "JUD")).toBe(true);
    // an unknown side against a known non-executive part: the state by its name against its people
    expect(differentParts(parts(), null, "REB")).toBe(true);
  });

  it("negative: two members of one part, or the executive against an unknown side, are one side", () => {
    expect(differentParts(parts(), "GOV", "GOV")).toBe(false);
    expect(differentParts(parts(), "GOV", "MIL")).toBe(false);
    expect(differentParts(parts(), "COP", "MIL")).toBe(false);
    expect(differentParts(parts(), "REB", "REB")).toBe(false);
    expect(differentParts(parts(), "GOV", null)).toBe(false);
    expect(differentParts(parts(), null, null)).toBe(false);
    // an international organisation is no part of a state
    expect(differentParts(parts(), "GOV", "IGO")).toBe(false);
  });
});

describe("domestic: events between parts of one state", () => {
  it("police against protesters", () => {
    expect(stateKeys("Iraqi police arrested dozens of protesters in Basra on Friday.")).toContain("COERCE IRQ>IRQ");
  });

  it("a party against the head of government", () => {
    expect(stateKeys("The Labour Party accused Prime Minister Tony Blair of misleading voters.")).toContain("ACCUSE GBR>GBR");
  });

  it("a parliament against its president", () => {
    expect(stateKeys("The Serbian parliament accused President Aleksandar Vucic of abusing his powers.")).toContain("ACCUSE SRB>SRB");
  });

  it("a court against an opposition leader", () => {
    expect(stateKeys("A Russian court sentenced opposition leader Alexei Navalny to nine years in prison.")).toContain("COERCE RUS>RUS");
  });

  it("the police's act of force on a person of the state who holds no office", () => {
    expect(stateKeys("Russian police arrested Igor Girkin of Russia in Moscow.")).toContain("COERCE RUS>RUS");
  });

  it("negative: words of the executive about a person who holds no office are no act on its people", () => {
    expect(stateKeys("Russian President Vladimir Putin accused Igor Girkin of Russia of treason.")).toEqual([]);
  });

  it("negative: two ministers of one government meeting make no event", () => {
    expect(stateKeys("Russian President Vladimir Putin met Foreign Minister Sergei Lavrov in Moscow.")).toEqual([]);
  });

  it("negative: a leader visiting a city of their own state is no party to anything", () => {
    expect(stateKeys("President Vladimir Putin visited St Petersburg on Friday.", "2025-01-17")).toEqual([]);
  });

  it("negative: the army and the police of one state are one part (the executive)", () => {
    expect(stateKeys("Iraqi soldiers accused Iraqi policemen of abandoning their posts.")).toEqual([]);
    expect(stateKeys("Iraqi soldiers fired on Iraqi police in Mosul.")).toEqual([]);
  });
});

describe("domestic: a place is no party", () => {
  it("the easing of an emergency in a region of the state is an act on its people", () => {
    expect(stateKeys("Sudan's government on Sunday lifted a state of emergency in West Darfur.")).toContain("CONCEDE SDN>SDN");
  });

  it("negative: a place hit by no one named does not act on another place of its state", () => {
    expect(stateKeys("Drone fragments also hit two apartment buildings in Krasnodar and two homes in the village of Dinskaya, the governor said.")).toEqual([]);
  });

  it("negative: money or words to a city of the state are no act on its people", () => {
    expect(stateKeys("European countries should give up Russian oil that provides money to Moscow.")).toEqual([]);
  });

  it("a person named after 'into' is no place ('investigations into Trump')", () => {
    expect(stateKeys("House Democrats will continue separate investigations into President Donald Trump.")).toContain("ACCUSE USA>USA");
  });
});

describe("domestic: parts English marks with a modifier or a place", () => {
  it("a rebel word or the opposition before a head says whose the group is: rebels, opposition", () => {
    expect(stateKeys("Rebel forces attacked government troops in northern Sudan on Monday.")).toContain("ASSAULT SDN>SDN");
    expect(stateKeys("This week opposition politicians had called on the Irish government to act.")).toContain("REQUEST IRL>IRL");
  });

  it("negative: 'government troops', 'government officials' stay the executive", () => {
    expect(stateKeys("Sudanese government troops accused government officials in Khartoum of lying.")).toEqual([]);
  });

  it("a state named as 'the government' is a party, even when 'in X' named it first", () => {
    expect(stateKeys("Opposition lawmakers in Kenya accused the government of corruption.")).toContain("ACCUSE KEN>KEN");
    expect(stateKeys("Striking workers in Nigeria demanded higher wages from the government.")).toContain("REQUEST NGA>NGA");
  });

  it("negative: a state named only as a place is no party ('protesters in Serbia' met no one)", () => {
    expect(stateKeys("Protesters in Serbia praised the decision.")).toEqual([]);
  });

  it("negative: a state's executive arming, funding or backing rebels backs another state's rebels", () => {
    expect(stateKeys("The White House has been reluctant to act, instead supplying rebel forces with non-lethal aid.")).toEqual([]);
    expect(stateKeys("Russia maintains it is not arming the rebels.")).toEqual([]);
    // talks and truces between a government and its rebels stay domestic events
    expect(stateKeys("The Sudanese government agreed a ceasefire with the rebels.")).toContain("AGREE SDN>SDN");
  });
});

describe("domestic: a single protester is one of the state's people", () => {
  it("'detained a protester' is an act on the public", () => {
    const rec = extract("Russian police detained a protester in Moscow on Friday.", "2005-01-01");
    // (the one detained, not the city where it happened)
    expect(rec.events.map((e) => [e.type, e.target])).toEqual([["COERCE", ["group:protester@RUS"]]]);
  });

  it("negative: a protester in a sentence that names no state is of no state", () => {
    expect(stateKeys("Police detained a protester on Friday.")).toEqual([]);
  });
});

describe("domestic: a former office holder is no longer of the government", () => {
  it("the government's acts on an ousted or former leader are between two parts of the state", () => {
    expect(stateKeys("Haitian officials accused ousted president Jean-Bertrand Aristide of embezzlement.")).toContain("ACCUSE HTI>HTI");
    expect(stateKeys("Former civil service chief Lord Butler has criticised Tony Blair's government, accusing it of being obsessed with headlines.")).toContain("ACCUSE GBR>GBR");
  });

  it("'ousted', 'deposed' and 'toppled' put a title in the past, like 'former'", () => {
    for (const w of ["ousted", "deposed", "toppled", "former"]) {
      const rec = extract(`Iraqi officials accused the ${w} prime minister Ibrahim al-Jaafari of corruption.`, "2010-01-01");
      expect(rec.actors.find((a) => a.name === "Ibrahim al-Jaafari")?.formerRole, w).toBe(true);
    }
  });

  it("negative: two sitting members of the government stay one side", () => {
    expect(stateKeys("Haitian officials accused President Jean-Bertrand Aristide of embezzlement.", "2002-01-01")).toEqual([]);
    expect(stateKeys("Prime Minister Tony Blair criticised Foreign Secretary Jack Straw over the memo.")).toEqual([]);
  });
});
