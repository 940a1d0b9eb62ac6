import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// own-folk.ts: help from a state to its own people (refugees, citizens, "the people of X") is no act
// between two parties.
const keys = (text: string) => eventKeys(text, "2023-04-01").filter((k) => /^(AID|AGREE)/.test(k));

describe("help to the helper's own people is no event", () => {
  it("the people of the helper's own state", () => {
    expect(keys("The Ukrainian government promised to help the people of Ukraine rebuild their homes.")).toEqual([]);
  });
  it("a state's own citizens named by its possessive", () => {
    expect(keys("Kyiv sent aid to Ukraine's civilians in Kherson.")).toEqual([]);
  });
});

describe("negative: help that crosses a border stays", () => {
  it("another state helps the people of a state", () => {
    expect(keys("The United States pledged to help the people of Ukraine.")).toContain("AID USA>UKR");
  });
  it("refugees of another state", () => {
    expect(keys("The Polish government gave shelter to Ukrainian refugees.")).toEqual(["AID POL>UKR"]);
  });
  it("a state itself as the one helped", () => {
    expect(keys("Germany sent aid to Ukraine.")).toContain("AID DEU>UKR");
  });
});
