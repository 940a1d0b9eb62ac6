import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// mandative-requests.ts and the stand-by pattern: insisting on or standing by a demand is a REQUEST
// to the party put under the bare verb, not support of it.
describe("insisted demands", () => {
  it("a demand that a state's body do something, over 'the' and the state's word", () => {
    expect(keys("Tamil rebels insisted on their demand that the Sri Lankan government withdraw troops.")).toEqual(["REQUEST LKA>LKA"]);
    expect(keys("The opposition insisted that the Georgian government hold new elections.")).toEqual(["REQUEST GEO>GEO"]);
  });

  it("standing by one's own demand is a request, no support of the party asked", () => {
    expect(keys("Syria stood by its demand that Israel withdraw from the Golan Heights.")).toEqual(["REQUEST SYR>ISR"]);
    expect(keys("Britain stood by Ukraine.")).toEqual(["SUPPORT GBR>UKR"]);
  });
});

describe("insisted demands: negative cases", () => {
  it("a claim in the past or of a state is no demand", () => {
    expect(keys("Tamil rebels insisted that the Sri Lankan government was corrupt.")).toEqual([]);
    expect(keys("Tamil rebels insisted that the Sri Lankan army withdrew in 1990.")).toEqual([]);
  });

  it("insisting on one's own act asks nothing of anyone", () => {
    expect(keys("Tamil rebels insisted on paying the fine to the Sri Lankan government.")).toEqual([]);
  });
});
