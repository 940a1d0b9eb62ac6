import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string, date = "2024-04-27") =>
  extract(text, date)
    .actors.filter((a) => a.kind === "person")
    .map((a) => a.name)
    .sort();

// Issue 14, item 3: one person, one actor
describe("actors: the names of one person are one actor", () => {
  it("a bare surname finds a full name opening with a particle's word used as a given name", () => {
    expect(persons("Former British Defence Secretary Ben Wallace slammed Olaf Scholz. Wallace believes that Scholz should act. “He was wrong,” Wallace said.")).toEqual(["Ben Wallace", "Olaf Scholz"]);
  });

  it("a surname of two words, a name misspelt by one letter, a possessive left on the name", () => {
    expect(persons("Rep. Debra Wasserman Schultz said she would vote for the deal. Wasserman Schultz said it was hard. Rep. Debra Wasserman Shultz speaks with Joe Biden.", "2015-09-06")).toEqual(["Debra Wasserman Schultz", "Joe Biden"]);
    expect(persons("Mary Kellogg wrote first. Mary Kellog replied.")).toEqual(["Mary Kellogg"]);
    expect(persons("He has become a favorite target of President Trump’s. “He wrongly destroyed lives,” Mr. Trump declared.", "2018-12-08")).toEqual(["Donald Trump"]);
    expect(persons("“We should talk to [Russian president Vladimir] Putin,” Zelenskiy told Fareed Zakaria.", "2022-03-20")).toContain("Vladimir Putin");
  });

  it("negative: namesakes, siblings and longer runs stay apart; a particle's surname still finds its full name", () => {
    expect(persons("John Smith spoke first. Ben Smith said he disagreed.")).toEqual(["Ben Smith", "John Smith"]);
    // (a letter changed, not added or dropped, may be a sibling's or a namesake's name)
    expect(persons("Mary Hansen wrote first. Mary Hanson replied.")).toEqual(["Mary Hansen", "Mary Hanson"]);
    expect(persons("Ludolf Georg von Wartenberg spoke. Von Wartenberg said demand was good.")).toEqual(["Ludolf Georg von Wartenberg"]);
  });
});
