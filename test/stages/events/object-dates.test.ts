import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-08-05");

// find-events.ts (monthName, agentBy): a month's name is a date, never the object noun it is spelt
// like, and "by" after any participle that follows its noun names the doer, not the object
describe("events: 'March' the month is no march held", () => {
  it("'Iran has held the British reporter since March' is no protest", () => {
    expect(keys("Iran has held the British reporter since March.").filter((x) => x.startsWith("PROTEST"))).toEqual([]);
  });

  it("'An American journalist held by Russia since March' is no protest by the US", () => {
    expect(keys("An American journalist held by Russia since March was released in a swap.").filter((x) => x.startsWith("PROTEST"))).toEqual([]);
  });

  it("a reduced relative with an irregular participle: 'the activists held by Belarus until March'", () => {
    expect(keys("The Polish activists held by Belarus until March said they were beaten.").filter((x) => x.startsWith("PROTEST"))).toEqual([]);
  });

  it("negative: a march or a protest held stays one, in March too", () => {
    expect(keys("Thousands of students held a march in Tehran against the government.")).toContain("PROTEST IRN>IRN");
    expect(keys("Opposition supporters held protests in Minsk in March against Lukashenko.").some((x) => x.startsWith("PROTEST"))).toBe(true);
    expect(keys("Kenyan opposition supporters held a march against the government on Tuesday.").some((x) => x.startsWith("PROTEST"))).toBe(true);
  });

  it("negative: in a run of capitalised words every word has its capital, so 'A March' there is a march", () => {
    expect(keys("Russian Protesters Held A March Against Putin In Moscow").some((x) => x.startsWith("PROTEST"))).toBe(true);
  });

  it("a day's number after it makes it a date even there: 'Since March 3' is no march held", () => {
    expect(keys("Iran Has Held The British Reporter Since March 3.").filter((x) => x.startsWith("PROTEST"))).toEqual([]);
  });
});
