import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// possessed-appeals.ts: a noun of appeal a party owns, before "for", is read as the verb "call for"
// / "appeal for": a REQUEST by the owner, towards the party the verb's pattern names.
const keys = (text: string) => eventKeys(text, "2023-03-01");
const req = (text: string) => keys(text).filter((k) => k.startsWith("REQUEST"));

describe("an owned call or appeal for an act is a request by its owner", () => {
  it("a call for a withdrawal asks the forces' state", () => {
    expect(req("Syria's call for the withdrawal of Turkish troops went unanswered.")).toEqual(["REQUEST SYR>TUR"]);
  });
  it("a call for talks asks the partner named after 'with'", () => {
    expect(req("Azerbaijan's call for talks with Armenia was welcomed in Brussels.")).toEqual(["REQUEST AZE>ARM"]);
  });
  it("an appeal for weapons asks the giver after 'from', over a modifier", () => {
    expect(req("Armenia's renewed appeal for weapons from France was discussed on Monday.")).toEqual(["REQUEST ARM>FRA"]);
  });
});

describe("negative: no owner, no particle, another sense", () => {
  it("a call with no owner says not whose appeal it is", () => {
    expect(req("A call for the withdrawal of Turkish troops was heard at the rally.")).toEqual([]);
  });
  it("an owned call without 'for'", () => {
    expect(req("Syria's call to the United Nations was read out on Monday.")).toEqual([]);
  });
  it("a phone call is no appeal", () => {
    expect(req("Macron's phone call with Erdogan lasted an hour.")).toEqual([]);
  });
});
