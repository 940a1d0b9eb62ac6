import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13: a passive rejection whose subject is a party's proposal or complaint ("Labour's demands
// for a Commons vote were dismissed by Mr Howard") turns down the party that made it, not what the
// proposal names; with senses.complaintNouns, and 'dismissed the latest Tory attack' (a party's
// attack is words) is a rejection too.
function rejections(text: string): string[] {
  const rec = extract(text, "2005-03-01");
  return rec.events.filter((e) => e.type === "REJECT").map((e) => `${e.source.join("+")}>${e.target.join("+")}`);
}

describe("events: a passive rejection turns down the proposer", () => {
  it("a possessive proposer ('Labour's demands for a Commons vote were dismissed by')", () => {
    expect(rejections("The SNP's demands for a Commons vote were dismissed by Michael Howard.")).toEqual(["person:michael-howard>org:scottish-national-party"]);
  });

  it("an attributive proposer ('Tory calls for an inquiry were rejected by')", () => {
    expect(rejections("Tory calls for a Commons inquiry into the affair were rejected by Tony Blair.")).toEqual(["person:tony-blair>org:conservative-party"]);
  });

  it("a proposer after the noun ('calls from the Liberal Democrats for a Commons vote were rejected by')", () => {
    expect(rejections("Calls from the Liberal Democrats for a Commons vote were rejected by Tony Blair.")).toEqual(["person:tony-blair>org:liberal-democrats"]);
  });

  it("between states alike ('Russian demands for a Nato pledge were rejected by Washington')", () => {
    const rec = extract("Russian demands for a Nato pledge were rejected by Washington.", "2005-03-01");
    expect(rec.events.filter((e) => e.type === "REJECT").map((e) => e.target)).toEqual([["RUS"]]);
  });

  it("a party's attack dismissed by a minister is a rejection of the party", () => {
    expect(rejections("Home Secretary Charles Clarke dismissed the latest Tory attack on his record.")).toEqual(["person:charles-clarke>org:conservative-party"]);
  });
});

describe("events: passive rejection, negative cases", () => {
  it("a proposal with no proposer keeps the party it names ('Calls for a Commons vote were rejected by')", () => {
    expect(rejections("Calls for a Commons vote were rejected by Tony Blair.")).toEqual(["person:tony-blair>org:house-of-commons"]);
  });

  it("a thing that is no proposal keeps the passive's own subject ('Labour's budget' is no proposal)", () => {
    const rec = extract("Labour's budget for the Commons was rejected by Michael Howard.", "2005-03-01");
    expect(rec.events.filter((e) => e.rule.includes("+proposer"))).toEqual([]);
  });

  it("an attack by a state's forces is no party's words: the proposer rule leaves it alone", () => {
    const rec = extract("Russian attacks on Kharkiv were dismissed by Ukraine as a provocation.", "2005-03-01");
    expect(rec.events.filter((e) => e.type === "REJECT" && e.rule.includes("+proposer"))).toEqual([]);
  });

  it("an active clause with the proposal as object is left to the verb's own search", () => {
    expect(rejections("Tony Blair rejected Liberal Democrat demands for a Commons vote.")).toEqual(["person:tony-blair>org:liberal-democrats"]);
  });
});
