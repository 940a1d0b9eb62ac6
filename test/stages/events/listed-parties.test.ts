import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

/** events as "TYPE SRC>TGT" with state codes */
const keys = (text: string, published = "2019-05-01") => eventKeys(text, published);

describe("events: a general noun of parties with a list names the listed parties (find-parties listedParties)", () => {
  it("a direct object: 'asked at least four countries, including the United States and Soviet Union, for'", () => {
    expect(keys("Kuwait has asked at least four countries, including the United States and Soviet Union, for use of their flags.", "1987-05-01")).toContain("REQUEST KWT>USA+RUS");
  });

  it("after a preposition: 'sanctions on several countries, including Iran and Syria'", () => {
    expect(keys("The EU imposed sanctions on several countries, including Iran and Syria.")).toContain("SANCTION EU>IRN+SYR");
  });

  it("'such as' and 'among them' open the list too", () => {
    expect(keys("Russia has threatened its neighbours, such as Finland and Sweden.")).toContain("THREATEN RUS>FIN+SWE");
    expect(keys("China met with several Asian states, among them Vietnam and Thailand.")).toContain("CONSULT CHN>VNM+THA");
  });

  it("the doer named by a passive's 'by' ('backed by countries including Russia, China and Cuba')", () => {
    expect(keys("Maduro is backed by countries including Russia, China and Cuba.").some((k) => k.startsWith("SUPPORT RUS+CHN+CUB>"))).toBe(true);
  });
});

describe("events: lists that name no party (negative cases)", () => {
  it("a list of things ('weapons, including German tanks') is no list of parties", () => {
    expect(keys("The United States sent weapons, including German tanks, to Ukraine.").some((x) => x.includes(">DEU"))).toBe(false);
    expect(keys("The EU imposed sanctions on several banks, including Russian lenders.").some((x) => x.includes(">RUS"))).toBe(false);
    // (a state that qualifies the listed noun is none of the listed parties)
    expect(keys("The EU imposed sanctions on several countries, including Russian allies.").some((x) => x.includes(">RUS"))).toBe(false);
  });

  it("a general noun without a list names no one ('asked several countries for help')", () => {
    expect(keys("Kuwait has asked several countries for help.").filter((k) => k.startsWith("REQUEST"))).toEqual([]);
  });

  it("a list of the doers stays with the doers ('Several countries, including France and Germany, condemned Russia')", () => {
    expect(keys("Several countries, including France and Germany, condemned Russia.")).toContain("ACCUSE FRA+DEU>RUS");
  });
});
