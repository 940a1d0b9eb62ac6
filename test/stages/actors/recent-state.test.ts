import { describe, expect, it } from "vitest";
import { extract, eventKeys } from "../../helpers.js";

/** the groups found, as "name@state" */
function groups(text: string, published = "2005-03-01") {
  const rec = extract(text, published);
  return rec.actors.filter((a) => a.kind === "group" || (a.kind === "country" && a.mentions.some((m) => m.rule.includes("recent-state")))).map((a) => `${a.name}@${a.code ?? a.country}`);
}

/** events as "TYPE SRC>TGT", each party by its state (helpers.ts eventKeys) */
const stateKeys = (text: string, published = "2005-03-01") => eventKeys(text, published);

const BRITISH = "Tory leader Michael Howard set out his plans for schools on Monday. He told party members in Brighton that Labour had let down parents. ";

describe("recent state: a bare institution noun takes the state the story has set", () => {
  it("'the government' and 'the opposition' after sentences about one state are that state's", () => {
    const text = BRITISH + "The opposition called on the government to publish the figures.";
    expect(groups(text)).toEqual(expect.arrayContaining(["opposition@GBR", "United Kingdom@GBR"]));
    expect(stateKeys(text)).toContain("REQUEST GBR>GBR");
  });

  it("a pronoun's accusation against the government is domestic when its speaker is known", () => {
    const text = "Shadow chancellor Oliver Letwin spoke in London on Monday. Oliver Letwin accused the government of wasting money.";
    expect(stateKeys(text)).toContain("ACCUSE GBR>GBR");
  });
});

describe("recent state: negative cases", () => {
  it("two states within reach leave the noun without a state", () => {
    expect(groups("Russian forces shelled Kharkiv overnight, Ukrainian officials said. The government said it would seek more weapons.")).toEqual([]);
  });

  it("one government among many, or a noun used as a modifier, is no state's", () => {
    expect(groups(BRITISH + "No government has ever done that.")).toEqual([]);
    expect(groups(BRITISH + "The cuts would reduce government revenues.")).toEqual([]);
  });

  it("a state named in passing is not the story's: its government is not that state's", () => {
    const text = "Labour and the Tories clashed over the NHS again on Tuesday. Tony Blair said Labour would protect hospitals. Michael Howard said Labour had failed. The Liberal Democrats attacked both parties. A lawyer for the detainees held at the camp in Cuba spoke on Tuesday. The men were released in January. The government is reviewing the case.";
    expect(groups(text)).not.toContain("government@CUB");
  });
});
