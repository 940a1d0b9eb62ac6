import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// event-status.ts: a that-clause under a negated noun of evidence is not asserted, also when a
// prepositional phrase stands between the noun and "that".
const statuses = (text: string) => extract(text, "2022-03-06").events.map((e) => `${e.type} ${e.status}`);

describe("no evidence ... that", () => {
  it("'no evidence in the intercepted communications that' is not asserted", () => {
    expect(statuses("The officials conceded they had seen no evidence in the intercepted phone communications that Donald Trump had cooperated with Russia.")).toEqual(["COOPERATE hypothetical"]);
    expect(statuses("There is no sign from Moscow that Russia will withdraw its troops from Ukraine.")).toEqual(["RETREAT hypothetical"]);
  });
  it("evidence found, or a report's place, leaves the clause asserted", () => {
    expect(statuses("Officials found evidence in the files that Donald Trump cooperated with Russia.")).toEqual(["COOPERATE occurred"]);
  });
});
