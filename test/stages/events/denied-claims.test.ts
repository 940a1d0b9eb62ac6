import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// denied-claims.ts: a denial whose complement is a clause denies a claim, no rejection of its party.
const keys = (text: string) => eventKeys(text, "2023-04-01").filter((k) => /^REJECT/.test(k));

describe("a claim denied rejects no party", () => {
  it("a clause with no complementizer", () => {
    expect(keys("The defence secretary denied Nato was fighting a proxy war in Ukraine.")).toEqual([]);
  });
  it("a clause after that", () => {
    expect(keys("France denied that the European Union had been consulted.")).toEqual([]);
  });
});

describe("negative: denials of a party's thing stay rejections", () => {
  it("a party's request", () => {
    expect(keys("Hungary denied Sweden's request.")).toContain("REJECT HUN>SWE");
  });
  it("a party's offer rejected", () => {
    expect(keys("Georgia rejected Nato's proposal.")).toContain("REJECT GEO>NATO");
  });
});
