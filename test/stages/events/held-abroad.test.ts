import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// held-abroad.ts: a passive of a verb of state authority with no doer, whose subject names people of
// one state and whose place is another state's, is the place's state's act on the people's state.
const keys = (text: string) => eventKeys(text, "2023-04-01").filter((k) => /^(COERCE|SANCTION|ACCUSE)/.test(k));

describe("people of one state held by another", () => {
  it("arrested, detained or jailed in a place of another state", () => {
    expect(keys("An American soldier was detained in Russia last week.")).toEqual(["COERCE RUS>USA"]);
    expect(keys("A British tourist was arrested in Iran.")).toEqual(["COERCE IRN>GBR"]);
    expect(keys("Two Canadians have been jailed in China since 2018.")).toEqual(["COERCE CHN>CAN"]);
  });
  it("a relative clause after the people's phrase", () => {
    expect(keys("Beijing demanded the release of a Chinese executive who has been detained in Canada.")).toContain("COERCE CAN>CHN");
  });
  it("people of another state after 'from' in their phrase", () => {
    expect(keys("Hundreds of migrants from Angola have been detained in Mexico.")).toEqual(["COERCE MEX>AGO"]);
  });
  it("put under investigation in a place of another state", () => {
    expect(keys("A Canadian businessman has been put under investigation in France.")).toEqual(["ACCUSE FRA>CAN"]);
  });
  it("expelled or deported from a state", () => {
    expect(keys("Three Russian diplomats were expelled from Poland.")).toEqual(["SANCTION POL>RUS"]);
  });
});

describe("negative: no state's act on people of another", () => {
  it("people whose phrase names no state", () => {
    expect(keys("Dozens of protesters were arrested in Moscow.")).toEqual([]);
  });
  it("people of the place's own state", () => {
    expect(keys("A Russian lawyer was arrested in Moscow.")).toEqual([]);
  });
  it("verbs of harm anyone may do", () => {
    expect(eventKeys("A French aid worker was kidnapped in Mali.", "2023-04-01")).toEqual([]);
  });
  it("a subject under 'no' denies it", () => {
    expect(keys("No other Americans are believed to be imprisoned in North Korea.")).toEqual([]);
  });
  it("a state named in a phrase that only qualifies the people", () => {
    expect(keys("The main suspect in the Paris attacks was arrested in Brussels.")).toEqual([]);
  });
});
