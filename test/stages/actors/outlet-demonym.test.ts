import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

// a story of one state's government: Poland dominates the names
const pl = "Poland's parliament passed the budget on Friday. The Polish government said Poland would cut its deficit. Poland's central bank welcomed the vote. ";

describe("actors: a demonym that describes an outlet lends no doubt to a frame's office holder", () => {
  it("an interview with a foreign newspaper or magazine: the bare office is still the story's state's", () => {
    expect(stateOf(pl + "In an interview with the French newspaper Le Figaro, Prime Minister Jan Kowalczyk said the cuts would stay.", "Jan Kowalczyk")).toEqual({ country: "POL", rule: "actors/state:article-frame" });
    expect(stateOf(pl + "Finance Minister Anna Wrona told the German weekly magazine Stern the deficit would fall.", "Anna Wrona")?.country).toBe("POL");
  });

  it("negative: a demonym of a state's own people or office before the holder still names that state in the sentence", () => {
    // (two states' leaders who act together: "the prime minister" may be either's)
    expect(stateOf(pl + "French President Pierre Durand and Prime Minister Jan Kowalczyk signed a pact.", "Jan Kowalczyk")?.country ?? null).toBeNull();
    expect(stateOf(pl + "Together with French officials, Prime Minister Jan Kowalczyk signed a pact.", "Jan Kowalczyk")?.country ?? null).toBeNull();
  });
});
