import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a post in a party or an opposition group the dictionary does not know, in a story of one state
// (party-figure.ts)
const KENYA = "Kenya's electoral commission delayed the results on Tuesday. Police in Nairobi fired tear gas at crowds. The Kenyan government said the count was fair and Kenya would stay calm.";

describe("actors: a figure of an unknown party in a story of one state", () => {
  it("'X, spokesman for a new party,', 'X, a leader of the opposition alliance,' take the story's state", () => {
    const rec = extract(`${KENYA} Peter Otieno, spokesman for a new party formed by former ministers, said the vote was stolen. Grace Wanjiru, a leader of the opposition alliance, called for protests.`, "2022-08-10");
    expect(person(rec, "Peter Otieno")).toMatchObject({ country: "KEN", sector: "PTY", stateRule: "actors/state:party-figure" });
    expect(person(rec, "Grace Wanjiru")).toMatchObject({ country: "KEN", sector: "OPP" });
  });

  it("negative: a story of two states, a party based abroad or in exile, a transnational body, a sentence of another state", () => {
    const two = extract("Kenya and Uganda traded accusations over the border on Tuesday. Ugandan troops crossed into Kenya, Kenya said. Uganda denied it. Peter Otieno, spokesman for a new party, said the talks failed.", "2022-08-10");
    expect(person(two, "Peter Otieno")?.country ?? null).toBeNull();
    const rec = extract(
      `${KENYA} Peter Otieno, spokesman for a party based in London, said the vote was stolen. Grace Wanjiru, a leader of the exiled opposition, agreed. Ann Mutua, a leader of the African Union, urged calm. John Kamau, chairman of a small party, said Uganda had meddled.`,
      "2022-08-10",
    );
    expect(person(rec, "Peter Otieno")?.country ?? null).not.toBe("KEN");
    expect(person(rec, "Grace Wanjiru")?.country ?? null).toBeNull();
    expect(person(rec, "Ann Mutua")?.stateRule).not.toBe("actors/state:party-figure");
    expect(person(rec, "John Kamau")?.country ?? null).toBeNull();
  });

  it("negative: a post that is no party's ('a member of the public', 'director of a charity') takes no frame", () => {
    const rec = extract(`${KENYA} Mary Njeri, director of a children's charity, said schools were shut. Tom Ouma, a candidate for the post, declined to comment.`, "2022-08-10");
    expect(person(rec, "Mary Njeri")?.stateRule).not.toBe("actors/state:party-figure");
    expect(person(rec, "Tom Ouma")?.stateRule).not.toBe("actors/state:party-figure");
  });
});
