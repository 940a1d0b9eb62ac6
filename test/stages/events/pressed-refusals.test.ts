import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// pressed-refusals.ts: a refusal against pressure rejects the one who pressed.
describe("pressed refusals", () => {
  it("a refusal despite pressure, calls or demands from a party rejects that party", () => {
    expect(keys("The Serbian minister refused to step down despite calls from the European Union.")).toEqual(["REJECT SRB>EU"]);
    expect(keys("The Slovak premier declined to resign despite growing pressure by German officials.")).toEqual(["REJECT SVK>DEU"]);
    expect(keys("Iran refused to halt enrichment, ignoring demands from the United States.")).toEqual(["REJECT IRN>USA"]);
  });

  it("ruling out a gerund against pressure is a refusal too, of the refuser's own state when a part of it pressed", () => {
    expect(keys("President Jacob Zuma has ruled out quitting, despite demands from Britain.")).toEqual(["REJECT ZAF>GBR"]);
    expect(keys("The Zambian president ruled out resigning despite pressure from the opposition.")).toEqual(["REJECT ZMB>ZMB"]);
  });

  it("the one who pressed may qualify the press noun", () => {
    expect(keys("Hungary refused to lift its veto despite Ukraine's repeated calls.")).toEqual(["REJECT HUN>UKR"]);
    expect(keys("The Greek government declined to pay despite German demands.")).toEqual(["REJECT GRC>DEU"]);
  });
});

describe("pressed refusals: negative cases", () => {
  it("pressure from no one named gives no event", () => {
    expect(keys("President Jacob Zuma has ruled out resigning.")).toEqual([]);
    expect(keys("The Serbian minister declined to resign despite mounting public pressure.")).toEqual([]);
    expect(keys("The Serbian minister declined to resign despite pressure.")).toEqual([]);
  });

  it("a concessive that names no pressure, or a refusal done to someone, gives no event", () => {
    expect(keys("The French minister refused to resign despite rain in Paris.")).toEqual([]);
    expect(keys("The Serbian minister declined to resign despite the scandal in Germany.")).toEqual([]);
    expect(keys("The German envoy was refused to speak despite calls from Poland.")).toEqual([]);
  });

  it("declining to comment is no act, whoever asked", () => {
    expect(keys("The Russian ministry declined to comment on the Ukrainian report.")).toEqual([]);
    expect(keys("The Iranian embassy refused to comment despite repeated calls from the Guardian.")).toEqual([]);
    expect(keys("The Chinese ministry declined to elaborate despite requests from Japan.")).toEqual([]);
    expect(keys("President Jacob Zuma has ruled out commenting despite requests from the BBC.")).toEqual([]);
  });
});
