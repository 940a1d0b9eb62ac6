import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: the chair of a legislature's committee ("Senate Armed Services Committee Chairman X") holds an office of the
// state whose legislature it is: the article's frame gives it, as for a bare 'Senator X' (actors/state:article-frame).
const american =
  "President Barack Obama met Republican leaders at the White House on Tuesday. The United States Congress must pass the budget, Washington officials said. ";

describe("actors: a legislature committee's chair takes the frame's state", () => {
  it("'Senate Armed Services Committee Chairman X', 'House Judiciary Committee chairwoman X' in a story of US politics", () => {
    const rec = extract(american + "Senate Armed Services Committee Chairman Carl Lavin said the bill would pass. House Judiciary Committee chairwoman Zoe Lofton disagreed.", "2013-03-01");
    // (a chamber's committee: chamber-committee.ts places it before the frame does)
    expect(person(rec, "Lavin")).toMatchObject({ country: "USA", stateRule: "actors/state:chamber-committee" });
    expect(person(rec, "Lofton")).toMatchObject({ country: "USA" });
  });

  it("negative: a company's committee chair, and a committee chair in a story of two states, take no state", () => {
    const rec = extract(
      american + "Audit Committee Chairman Ron Bellamy said the accounts were sound. Canada and Mexico said Senate Foreign Relations Committee Chairman Bob Corkin was wrong.",
      "2013-03-01",
    );
    expect(person(rec, "Bellamy")?.country ?? null).toBeNull();
    expect(person(rec, "Corkin")?.country ?? null).toBeNull();
  });

  it("a legislature the dictionary places gives its state without a frame: 'Bundestag foreign affairs committee chairman X', 'U.S. Senate ... Committee chairman X'", () => {
    const de = extract("Bundestag foreign affairs committee chairman Markus Adler said the tanks should be sent.", "2023-01-20");
    expect(person(de, "Adler")).toMatchObject({ country: "DEU", stateRule: "actors/state:committee-legislature" });
    const us = extract("U.S. Senate Armed Services Committee chairman Tom Riley said the budget was short.", "2023-01-20");
    expect(person(us, "Riley")).toMatchObject({ country: "USA", stateRule: "actors/state:committee-legislature" });
  });

  it("negative: a bare 'Senate' names no state alone, nor does a committee of a body that is no legislature", () => {
    const bare = extract("Senate Judiciary Committee chairman Paul Dray said the hearing would resume.", "2023-01-20");
    expect(person(bare, "Dray")?.country ?? null).toBeNull();
    const board = extract("Company audit committee chairman Lewis Crane said the accounts were sound.", "2023-01-20");
    expect(person(board, "Crane")?.country ?? null).toBeNull();
  });
});

// Issue 14 (session 34): a committee named "Committee on/for" and its remit before the chair's title
describe("actors: the chair of a 'Committee on ...' of a legislature", () => {
  it("'House Committee on Homeland Security Chairman X', 'Senate Committee on Oversight and Government Reform chairman X' take the frame's state", () => {
    const rec = extract(
      american + "House Committee on Homeland Security Chairman Dan Moreau said the threat was real. Senate Committee on Oversight and Government Reform chairman Ted Marsh agreed.",
      "2013-03-01",
    );
    expect(person(rec, "Moreau")).toMatchObject({ country: "USA", stateRule: "actors/state:article-frame" });
    expect(person(rec, "Marsh")).toMatchObject({ country: "USA" });
  });

  it("negative: a committee on a remit with no legislature's word before it, and one in a story of two states, take no state", () => {
    const rec = extract(
      american + "The club's Committee on Membership and Ethics chairman Ron Bellamy said the rules were sound. Canada and Mexico said House Committee on Foreign Affairs Chairman Bob Corkin was wrong.",
      "2013-03-01",
    );
    expect(person(rec, "Bellamy")?.country ?? null).toBeNull();
    expect(person(rec, "Corkin")?.country ?? null).toBeNull();
  });
});
