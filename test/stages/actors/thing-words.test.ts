import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);

// Issue 14, only people are persons: words that head the name of a pipeline, an exercise, a document, a book, a firm or a
// people, or that open a sentence as a plural of things ('Reports said'), never stand in a person's name (not-names.json
// words, peopleNouns, placeFirstWords), nor a title that the run swallowed ('Special Counsel').
describe("actors: the head words of things and groups are no person's words", () => {
  it("pipelines, exercises, documents, firms, books and peoples named in capitals", () => {
    expect(persons("Gazprom cut flows through Baltic Stream again on Monday.")).toEqual([]);
    expect(persons("Troops from nine states joined the Arctic Response drills.")).toEqual([]);
    expect(persons("The allies agreed a new Strategic Concept at the summit.")).toEqual([]);
    expect(persons("Shares in Harlow Leisure fell after the warning.")).toEqual([]);
    expect(persons("Her memoir is published by Kestrel Books this spring.")).toEqual([]);
    expect(persons("Crimean Tatar leaders called the vote illegal.")).toEqual([]);
    expect(persons("Mainstream Christian groups opposed the bill.")).toEqual([]);
    expect(persons("Reports said the convoy had crossed the border.")).toEqual([]);
    expect(persons("Shells fell on Beit Hanina overnight.")).toEqual([]);
  });

  it("negative: real names that share a word stay persons ('Christian Lindner', 'Ersin Tatar', 'Paul Booker')", () => {
    expect(persons("Christian Lindner said the budget would hold.")).toEqual(["Christian Lindner"]);
    expect(persons("Ersin Tatar said the talks had failed.")).toEqual(["Ersin Tatar"]);
    expect(persons("Reporters asked Paul Booker about the plan.")).toEqual(["Paul Booker"]);
  });

  it("'Special Counsel X' is a title before the name, not a person of its own", () => {
    const rec = extract("Special Counsel Jack Tolliver filed new charges on Friday.", "2023-08-01");
    expect(rec.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Jack Tolliver"]);
    expect(person(rec, "Tolliver")?.role).toBe("Special Counsel");
  });
});
