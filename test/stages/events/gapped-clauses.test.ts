import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// gapped-clauses.ts: one verb shared by a list of subject–count pairs; each remnant's subject does
// the act toward the same target.
const of = (type: string) => (text: string) => eventKeys(text, "2023-03-01").filter((k) => k.startsWith(type)).sort();

describe("a remnant of a state and a count after a full clause does the same act", () => {
  it("remnants after commas and 'and'", () => {
    expect(of("SANCTION")("Lithuania has expelled 12 Belarusian diplomats, Latvia 8, Estonia 6 and Finland 3.")).toEqual(
      ["SANCTION EST>BLR", "SANCTION FIN>BLR", "SANCTION LTU>BLR", "SANCTION LVA>BLR"],
    );
  });
  it("a remnant whose count keeps a noun of its own, a capital for its state, 'the' before a body", () => {
    expect(of("AID")("Washington has sent 20 howitzers to Kyiv, Ottawa 4 and London 6 launchers.")).toEqual(["AID CAN>UKR", "AID GBR>UKR", "AID USA>UKR"]);
    expect(of("SANCTION")("Canada imposed sanctions on 30 Iranian officials, the EU 15 and Japan 7.")).toEqual(["SANCTION CAN>IRN", "SANCTION EU>IRN", "SANCTION JPN>IRN"]);
  });
  it("a count's words before the remnant's number (senses.quantityPhrases), maybe after a focus word", () => {
    expect(of("SANCTION")("Lithuania expelled 12 Belarusian diplomats, Latvia just over 8 and Estonia at least 6.")).toEqual(["SANCTION EST>BLR", "SANCTION LTU>BLR", "SANCTION LVA>BLR"]);
    expect(of("AID")("Washington has sent 20 howitzers to Kyiv, Ottawa roughly 4 and London another 6.")).toEqual(["AID CAN>UKR", "AID GBR>UKR", "AID USA>UKR"]);
  });
  it("money given, with an approximate count", () => {
    expect(of("AID")("Japan gave Turkey $20 million, South Korea about 5 million and Australia 3 million.")).toEqual(["AID AUS>TUR", "AID JPN>TUR", "AID KOR>TUR"]);
  });
});

describe("negative: no new subject, a possessor or a cue, no counted object, no verb clause", () => {
  it("a cue's subject after the comma is no remnant", () => {
    expect(of("SANCTION")("Lithuania has expelled 12 Belarusian diplomats, Latvia's foreign minister said.")).toEqual(["SANCTION LTU>BLR"]);
  });
  it("a second count with no subject of its own", () => {
    expect(of("SANCTION")("Lithuania expelled 12 Belarusian diplomats in 2021, 8 in 2022.")).toEqual(["SANCTION LTU>BLR"]);
  });
  it("a state and a year after a word of no count", () => {
    expect(of("SANCTION")("Lithuania expelled 12 Belarusian diplomats, Latvia in 2022.")).toEqual(["SANCTION LTU>BLR"]);
  });
  it("an object with no count", () => {
    expect(of("SANCTION")("Lithuania expelled Belarus's ambassador, Latvia 8 of its staff.")).toEqual(["SANCTION LTU>BLR"]);
  });
  it("a state and a count followed by words of another clause", () => {
    expect(of("SANCTION")("Lithuania expelled 12 Belarusian diplomats, Latvia 40 days after the crash.")).toEqual(["SANCTION LTU>BLR"]);
  });
  it("a table of figures with no verb clause before it", () => {
    expect(of("SANCTION")("Diplomats expelled since March: Latvia 8, Estonia 6, Finland 3.")).toEqual([]);
  });
});
