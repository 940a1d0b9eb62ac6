import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: the state a demonym gives a person, before a plain noun or in a role phrase with a non-state word
describe("actors: a demonym and a noun before a name", () => {
  it("'Turkish striker X', 'Belarusian dissident X' give the demonym's state", () => {
    const rec = extract("The match was level when Turkish striker Nihat Kaya smashed home. Belarusian dissident Ales Petrov said he was followed.", "2005-03-01");
    expect(person(rec, "Nihat Kaya")).toMatchObject({ country: "TUR", stateRule: "actors/state:demonym-noun" });
    expect(person(rec, "Ales Petrov")).toMatchObject({ country: "BLR" });
  });

  it("negative: a state's name before the noun, a plural noun, a possessor before the demonym", () => {
    const rec = extract("A Russia expert, Fiona Hall, said talks would fail. Iran hawk Tom Cotter spoke. Russian soldiers Ivan Petrov and Oleg Sokolov were held. Moscow's Turkish striker Emre Kaya scored.", "2019-03-01");
    expect(person(rec, "Fiona Hall")?.country ?? null).toBeNull();
    expect(person(rec, "Tom Cotter")?.country ?? null).toBeNull();
    expect(person(rec, "Emre Kaya")?.country ?? null).toBeNull();
  });
});

// Issue 14, item 4: only people are persons
describe("actors: a noun that presents a thing before a run", () => {
  it("'French carmaker Renault said', 'anti-virus firm Sophos said', 'British film Vera Drake' name no person (an outlet noun has its own rule: 'told the newspaper John Smith was right')", () => {
    const rec = extract("French carmaker Renault said its plant would not reopen. In a report anti-virus firm Sophos said two messages were fake. British film Vera Drake has 11 nominations.", "2005-02-01");
    expect(rec.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual([]);
  });

  it("negative: a person noun, a title, an appositive or a seed keeps the person", () => {
    const rec = extract("British actor Clive Owen is hoping to win. Firm chairman Tom Bell said profits rose. The band's singer, Amy Lowe, said so. Rival firm Dana Holt, a lawyer, said no.", "2005-02-01");
    expect(person(rec, "Clive Owen")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Tom Bell")).toBeTruthy();
    expect(person(rec, "Amy Lowe")).toBeTruthy();
    expect(person(rec, "Dana Holt")).toBeTruthy();
  });
});
