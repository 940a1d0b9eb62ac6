import { describe, expect, it } from "vitest";
import { eventKeys, extract, person } from "../../helpers.js";

// A person described as a member of a part of a state ("a member of the Syrian parliament"), or by a
// state's possessive and modifiers before a title ("Algeria's leading human rights activist"), has
// that state and that part's sector: the domestic rule can then see two parts of one state.
describe("actors: membership and modified titles in appositives", () => {
  it("a member of a state's parliament, before or after the name, is of that state and the legislature", () => {
    const before = extract("A member of the Syrian parliament, Mohammed Mamoun, criticised the cabinet.", "2005-01-01");
    expect(person(before, "Mamoun")).toMatchObject({ country: "SYR", sector: "LEG", stateRule: "actors/state:appositive" });
    const after = extract("Ivan Petrov, a member of the Russian parliament, spoke to reporters.", "2005-01-01");
    expect(person(after, "Petrov")).toMatchObject({ country: "RUS", sector: "LEG" });
    const opp = extract("Li Wei, a senior member of the Taiwanese opposition, spoke to reporters.", "2005-01-01");
    expect(person(opp, "Li Wei")).toMatchObject({ country: "TWN", sector: "OPP" });
  });

  it("a membership of a body no group head names, or of the ruling party, says nothing", () => {
    expect(person(extract("John Harlow, a member of the board, said the company would grow.", "2005-01-01"), "Harlow")).toMatchObject({ country: null, sector: null });
    expect(person(extract("Omar Haddad, a member of the ruling party, said the vote was fair.", "2005-01-01"), "Haddad")?.sector).not.toBe("OPP");
  });

  it("modifiers between a state's possessive and a title: leading, prominent, human (rights)", () => {
    const rec = extract("Salaheddine Sidhoum, Algeria's leading human rights activist, went on trial.", "2005-01-01");
    expect(person(rec, "Sidhoum")).toMatchObject({ country: "DZA", stateRule: "actors/state:appositive" });
    expect(person(extract("Nadia Karim, Egypt's leading exporter of cotton, went on trial.", "2005-01-01"), "Karim")?.country).toBeNull();
  });

  it("the person is the subject, not the state in the appositive's possessive", () => {
    const rec = extract("Salaheddine Sidhoum, Algeria's leading human rights activist, accused Russia of war crimes.", "2005-01-01");
    expect(rec.events.map((e) => e.source)).toEqual([["person:salaheddine-sidhoum"]]);
    // a possessive appositive after no described person is no person's: the state stays the subject
    expect(extract("John Harlow, Algeria's best friend, accused Russia of war crimes.", "2005-01-01").events.map((e) => e.source)).toEqual([["DZA"]]);
  });

  it("an act between the member and the government is a domestic event", () => {
    expect(eventKeys("A member of the Syrian parliament, Mohammed Mamoun, accused President Bashar al-Assad of corruption.", "2005-01-01")).toContain("ACCUSE SYR>SYR");
    // two members of the executive are one part
    expect(eventKeys("Syria's foreign minister, Walid Muallem, praised President Bashar al-Assad.", "2005-01-01")).not.toContain("PRAISE SYR>SYR");
  });
});

describe("actors: membership of a legislature the dictionary names", () => {
  it("'a member of Germany's Bundestag', 'a member of the Knesset' give that legislature's state", () => {
    expect(person(extract("Anna Reiter, a member of Germany's Bundestag, criticised the plan.", "2023-05-01"), "Reiter")).toMatchObject({ country: "DEU", sector: "LEG" });
    expect(person(extract("Yossi Amar, a member of the Knesset, criticised the plan.", "2023-05-01"), "Amar")).toMatchObject({ country: "ISR", sector: "LEG" });
  });

  it("negative: a possessor state other than the body's own says nothing", () => {
    expect(person(extract("Anna Reiter, a member of France's Bundestag delegation, criticised the plan.", "2023-05-01"), "Reiter")?.country ?? null).toBeNull();
  });
});

describe("actors: a bare 'Senate' in a membership names no state alone", () => {
  it("negative: 'a member of the Senate' without a state word", () => {
    expect(person(extract("Marco Bellini, a member of the Senate, criticised the plan.", "2023-05-01"), "Bellini")?.country ?? null).toBeNull();
  });
});
