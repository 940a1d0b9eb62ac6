import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: the office of a region or city ("the Luhansk governor", "the Kharkiv governor") merges only with the person
// the text names with that place, not with another region's governor named before.
const roleMentionOf = (text: string, phrase: string, date?: string) => {
  const rec = extract(text, date);
  const start = text.lastIndexOf(phrase);
  return rec.actors.find((a) => a.mentions.some((m) => m.start === start && m.rule === "actors/coref:role"))?.name ?? null;
};

describe("actors: a region's office merges only with that region's holder", () => {
  it("the same region's governor, and a bare 'the governor'", () => {
    const same = "Kharkiv regional governor Oleh Synenko said shelling continued. Ukraine said Russia attacked again. The Kharkiv governor said the city was surrounded.";
    expect(roleMentionOf(same, "The Kharkiv governor", "2022-05-01")).toBe("Oleh Synenko");
    const bare = "Kharkiv regional governor Oleh Synenko said shelling continued. Ukraine said Russia attacked again. The governor said the city was surrounded.";
    expect(roleMentionOf(bare, "The governor", "2022-05-01")).toBe("Oleh Synenko");
  });

  it("negative: another region's governor", () => {
    const other = "Kharkiv regional governor Oleh Synenko said shelling continued. Ukraine said Russia attacked again. The Luhansk governor said the city was surrounded.";
    expect(roleMentionOf(other, "The Luhansk governor", "2022-05-01")).not.toBe("Oleh Synenko");
  });
});

// Issue 14: an office of a state's first-level part in an appositive, before or after the name
describe("actors: a region's office in an appositive", () => {
  it("'X, the Texas governor,', 'X, Florida's governor,', 'the Quebec premier, X,', 'X, a California senator,'", () => {
    const rec = extract(
      "Greg Abbotson, the Texas governor, said the border was closed. Ron Desanto, Florida's governor, disagreed. " +
        "The Quebec premier, Francois Legaultier, spoke on Monday. The former Ohio governor, John Kasichek, spoke too. Mary Ellison, a California senator, said so.",
      "2023-03-01",
    );
    expect(person(rec, "Greg Abbotson")).toMatchObject({ country: "USA", stateRule: "actors/state:region-office" });
    expect(person(rec, "Ron Desanto")).toMatchObject({ country: "USA" });
    expect(person(rec, "Francois Legaultier")).toMatchObject({ country: "CAN" });
    expect(person(rec, "John Kasichek")).toMatchObject({ country: "USA" });
    expect(person(rec, "Mary Ellison")).toMatchObject({ country: "USA" });
  });

  it("negative: a private trade, a team, a superlative of no office", () => {
    const rec = extract(
      "Ben Crumpton, a Florida lawyer, said the case was weak. The Texas businessman, Harlan Crowley, paid. " +
        "Joe Quinnell, the Florida Panthers coach, spoke. Alan Vicker, Ohio's biggest landlord, spoke.",
      "2023-03-01",
    );
    for (const n of ["Ben Crumpton", "Harlan Crowley", "Joe Quinnell", "Alan Vicker"]) expect(person(rec, n)?.country ?? null).toBeNull();
  });
});
