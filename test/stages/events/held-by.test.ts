import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// held-by.ts: a request about people held by another asks the holder named after "by", not the
// people's own state.
const requests = (text: string) => eventKeys(text, "2023-04-01").filter((k) => k.startsWith("REQUEST"));

describe("a request about people held by another asks the holder", () => {
  it("the release of people held by a state", () => {
    expect(requests("Blinken demanded the release of the American journalist held by Russia since March.")).toEqual(["REQUEST USA>RUS"]);
    expect(requests("Britain called for the release of two aid workers detained by Iran last year.")).toEqual(["REQUEST GBR>IRN"]);
  });
  it("over 'who have been' and 'hostage'", () => {
    expect(requests("France demanded the release of French citizens who have been held hostage by Hamas.")).toEqual(["REQUEST FRA>PSE"]);
  });
  it("a requester of a third state", () => {
    // (the held people's own state gives way to the holder)
    expect(requests("Qatar called for the release of the Israelis held by Hamas.")).toEqual(["REQUEST QAT>PSE"]);
    expect(requests("Germany called for the release of Ukrainian sailors captured by Russia in the Kerch Strait.")).toEqual(["REQUEST DEU>RUS"]);
  });
});

describe("negative: the holder is not asked", () => {
  it("a target of another state named before the held people (review fix)", () => {
    expect(requests("The United States pressed Qatar over the Israelis held by Hamas.")).toEqual(["REQUEST USA>QAT"]);
    expect(requests("Britain urged France to act over the sailors held by Iran.")).not.toContain("REQUEST GBR>IRN");
  });
  it("a participle with no 'by'", () => {
    expect(requests("Blinken demanded the release of the American journalist detained in March.")).toEqual(["REQUEST USA>USA"]);
  });
  it("a holder of the requester's own state", () => {
    expect(requests("Ukraine called for the release of Ukrainian sailors held by Ukraine.").some((k) => k.endsWith(">UKR") === false)).toBe(false);
  });
  it("a 'by' after the clause has ended", () => {
    expect(requests("Canada demanded the release of its citizens and was backed by Britain.").some((k) => k.includes(">GBR"))).toBe(false);
  });
  it("a participle that is the clause's own verb", () => {
    expect(requests("Canada demanded the release of two Canadians; they were detained by China in 2018.").some((k) => k.includes(">CHN"))).toBe(false);
  });
});
