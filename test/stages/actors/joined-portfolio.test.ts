import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a state's possessive or demonym before a portfolio of several words joined by "and" ("Malaysia's International
// Trade and Industry Minister X") places the office holder as it does before a portfolio of one or two words
describe("actors: a state before a portfolio joined by 'and'", () => {
  it("'Malaysia's International Trade and Industry Minister X', 'British Environment, Food and Rural Affairs Secretary X', 'Japan's Economy and Fiscal Policy Minister X'", () => {
    const rec = extract(
      "Malaysia's International Trade and Industry Minister Razak Hamid welcomed the deal. British Environment, Food and Rural Affairs Secretary Joan Pryce said farmers would gain. " +
        "Japan's Economy and Fiscal Policy Minister Kenji Arakawa said talks would go on.",
      "2018-03-01",
    );
    expect(person(rec, "Razak Hamid")).toMatchObject({ country: "MYS", stateRule: "actors/state:possessor" });
    expect(person(rec, "Joan Pryce")).toMatchObject({ country: "GBR", stateRule: "actors/state:title-phrase" });
    expect(person(rec, "Arakawa")).toMatchObject({ country: "JPN" });
  });

  it("negative: a joined portfolio with no state before it, in a story of two states, and a run of bodies, give none", () => {
    const rec = extract(
      "Russia and Ukraine traded accusations on Monday. Moscow said Kyiv had shelled Russian towns, and Ukrainian officials said Russian troops attacked Kharkiv. " +
        "Trade and Industry Minister Ivan Petrenko said exports fell. Stanford and Yale Law Professor Dan Kessel said the law was clear.",
      "2023-03-01",
    );
    expect(person(rec, "Petrenko")?.country ?? null).toBeNull();
    expect(person(rec, "Kessel")?.country ?? null).toBeNull();
  });
});
