import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: "the Manila government", "the Kabul cabinet": a capital after "the" before a noun of a state's own
// government names that state's government, as "the Philippine government" does (government-state.ts), so a bare
// office title near it ("finance minister X") is a minister of it.
const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};
const opening = "Debt talks stall\n\nCreditor banks met on Monday to discuss the loans.\n\n";

describe("actors: a capital's government near a bare office (government-state.ts)", () => {
  it("the capital after 'the' before 'government' or 'cabinet'", () => {
    expect(stateOf(opening + "A source close to the Manila government said finance minister Pedro Ramos would not compromise.", "Pedro Ramos")).toEqual({ country: "PHL", rule: "actors/state:government-near" });
    expect(stateOf(opening + "The Lima cabinet met late on Sunday. Economy minister Pedro Ramos said the talks would go on.", "Pedro Ramos")?.country).toBe("PER");
  });

  it("negative: another state in the holder's sentence, a capital as a place, no office title", () => {
    expect(stateOf(opening + "A source close to the Manila government said finance minister Pedro Ramos had met Argentina's negotiators.", "Pedro Ramos")?.country ?? null).toBeNull();
    expect(stateOf(opening + "The talks in Manila went on. Finance minister Pedro Ramos said the government of Chile would pay.", "Pedro Ramos")?.country ?? null).not.toBe("PHL");
    expect(stateOf(opening + "A source close to the Manila government said banker Pedro Ramos would not compromise.", "Pedro Ramos")?.country ?? null).toBeNull();
  });
});
