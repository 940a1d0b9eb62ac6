import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakers = (text: string) => extract(text).quotes.map((q) => q.speakerName ?? null);

// A plural noun of a movement's followers is no person (find-actors followersNoun), but it still
// speaks, as "Protesters said" does: the noun phrase is the speaker.
describe("followers' plurals keep their words", () => {
  it("'Brexiteers said ...'", () => {
    expect(speakers("Brexiteers said the tax was unfair.")).toEqual(["Brexiteers"]);
  });
  it("'Tory Blairites insisted that ...'", () => {
    expect(speakers("Tory Blairites insisted that the reform was overdue.")).toEqual(["Tory Blairites"]);
  });
  it("'Corbynistas argue that ...'", () => {
    expect(speakers("Corbynistas argue that the plan is bad.")).toEqual(["Corbynistas"]);
  });
  it("no person is made of them", () => {
    expect(extract("Brexiteers said the tax was unfair.").actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});
