import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14: a run of capitalised words that the words before it make the object of being on board, of a landing, a
// battle or a siege, or that a team's word opens, names a ship, a place or a team, not a person (not-names.json
// thingContextBefore, thingFirstWords); a title, a possessive and a speech verb of its own keep a person
const persons = (text: string) =>
  extract(text, "2024-05-01")
    .actors.filter((a) => a.kind === "person")
    .map((a) => a.name);

describe("actors: a name that the words around it make a ship's, a place's or a team's", () => {
  it("a run on board is a ship, even after a title with 'the'", () => {
    expect(persons("Two crew members aboard the Sea Watcher were taken to hospital on Monday.")).toEqual([]);
    expect(persons("Sailors aboard the Admiral Makarenko were told to prepare for a long voyage.")).toEqual([]);
    expect(persons("Migrants on board the Ocean Ranger said they had been at sea for days.")).toEqual([]);
  });

  it("a run after a landing, a battle or a siege is a place", () => {
    expect(persons("The marines who landed on Sword Beach were honoured at a ceremony.")).toEqual([]);
    expect(persons("Veterans of the battle of Pork Chop Hill gathered in the town square.")).toEqual([]);
    expect(persons("The siege of Fort Brennan lasted six weeks, the museum notes.")).toEqual([]);
  });

  it("a run that a team's word opens is a team", () => {
    expect(persons("Team Horizon volunteers handed out water to the displaced families.")).toEqual([]);
  });

  it("negative: a possessive, a title without 'the', a speech verb of its own and a name elsewhere keep the person", () => {
    expect(persons("He spent the night aboard Viktor Rostov's yacht off the coast.")).toEqual(["Viktor Rostov"]);
    expect(persons("Colonel Marta Kovacs said the battle for the town was over.")).toEqual(["Marta Kovacs"]);
    expect(persons("Marta Kovacs said the troops landed on the beach at dawn.")).toEqual(["Marta Kovacs"]);
    expect(persons("Queen Elizabeth said she was delighted to be aboard.")).toContain("Queen Elizabeth II");
    expect(persons("Elizabeth Age said the plan would fail.")).toEqual(["Elizabeth Age"]);
    expect(persons("The team's coach, Marta Kovacs, said the players were tired.")).toEqual(["Marta Kovacs"]);
  });
});
