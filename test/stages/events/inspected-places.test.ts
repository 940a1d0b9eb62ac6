import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// inspected-places.ts: inspectors sent to an unnamed site are sent to the state of the place that
// locates it.
describe("inspected places", () => {
  it("a site the lexicon does not know takes the state of the place in its phrase", () => {
    expect(keys("The IAEA has dispatched inspectors to a uranium plant in central Iran.")).toEqual(["ACCUSE IAEA>IRN"]);
    expect(keys("The United Nations sent investigators to a refugee camp near Gaza.")).toEqual(["ACCUSE UN>PSE"]);
    expect(keys("The OPCW sent a team of inspectors to an airbase inside Syria.")).toEqual(["ACCUSE OPCW>SYR"]);
    expect(keys("The IAEA sent inspectors to Bushehr Nuclear Power Plant in southern Iran.")).toEqual(["ACCUSE IAEA>IRN"]);
  });

  it("a destination that names the state itself keeps it", () => {
    expect(keys("The IAEA sent inspectors to Natanz.")).toEqual(["ACCUSE IAEA>IRN"]);
  });
});

describe("inspected places: negative cases", () => {
  it("an inspection at home, or by a sender of no state, accuses no one", () => {
    expect(keys("Germany sent inspectors to its own plants in Bavaria.")).toEqual([]);
    expect(keys("The police sent investigators to the scene in Berlin.")).toEqual([]);
  });

  it("a place after the destination's phrase is not the site's", () => {
    expect(keys("The IAEA sent inspectors to the headquarters, officials in Iran said.")).toEqual([]);
  });
});
