// An appeal named by a noun takes as its target the party after "for" that a to-infinitive follows
// (src/stages/events/for-party.ts; data/events.json noun patterns with forParty).
import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const requests = (text: string) => eventKeys(text).filter((e) => e.startsWith("REQUEST")).sort();

describe("for-party requests: 'an EU demand for Turkey to recognise Cyprus'", () => {
  it("a demand, call, plea or pressure for a party to act is a request to that party", () => {
    expect(requests("The talks stalled over an EU demand for Turkey to recognise Cyprus.")).toEqual(["REQUEST EU>TUR"]);
    expect(requests("Washington rejected a Chinese demand for the United States to stop arms sales to Taiwan.")).toContain("REQUEST CHN>USA");
    expect(requests("Poland's call for Germany to pay war reparations angered Berlin.")).toContain("REQUEST POL>DEU");
    expect(requests("There was new pressure from Japan for South Korea to drop the case.")).toContain("REQUEST JPN>KOR");
  });

  it("negative: a thing wanted after 'for', or a party inside a longer phrase", () => {
    expect(requests("There is strong demand for Russian oil in India.")).toEqual([]);
    expect(requests("Germany issued a call for sanctions on Iran.")).toEqual([]);
    expect(requests("The UN made a call for talks between Kyiv and Moscow to resume.")).toEqual([]);
    expect(requests("Demand for Chinese steel to fill the gap rose sharply.")).toEqual([]);
    // (a "from" or "by" that ends the text: no phrase after it, and no crash)
    expect(requests("Kyiv issued a plea for help from")).toEqual([]);
    expect(requests("Moscow rejected a demand by")).toEqual([]);
  });
});
