import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// data/events.json be-under-investigation, come-under-investigation: the one under investigation by
// a party is investigated by it (reverse: the party after "by"/"from" is the source).
describe("under investigation by", () => {
  it("the party after 'by' or 'from' investigates the subject", () => {
    expect(keys("Hungary is under investigation by the European Commission.")).toEqual(["ACCUSE EU>HUN"]);
    expect(keys("The Chinese firm came under investigation by the United States.")).toEqual(["ACCUSE USA>CHN"]);
    expect(keys("The Iranian diplomat is under investigation by French prosecutors for spying.")).toEqual(["ACCUSE FRA>IRN"]);
  });
});

describe("under investigation by: negative cases", () => {
  it("no investigator named, or a thing investigated, gives no event", () => {
    expect(keys("Hungary is under investigation.")).toEqual([]);
    expect(keys("The crash is under investigation by German police.")).toEqual([]);
  });

  it("other things one is under are no investigation", () => {
    expect(keys("The project is under threat from Russia.").filter((k) => k.startsWith("ACCUSE"))).toEqual([]);
    expect(keys("Kyiv is under attack from Russia.").filter((k) => k.startsWith("ACCUSE"))).toEqual([]);
  });
});
