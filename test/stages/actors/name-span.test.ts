import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string) =>
  extract(text)
    .actors.filter((a) => a.kind === "person")
    .map((a) => [a.name, ...a.mentions.filter((m) => !m.rule.includes("coref:role")).map((m) => m.text)]);

describe("actors: a person's whole name where copy sets a part apart (name-span.ts)", () => {
  it("an Irish O' written apart from the surname it opens", () => {
    expect(persons("Lt. Gen. Brendan O' Donovan, the garrison commander, said the base was safe.")).toEqual([["Brendan O'Donovan", "Brendan O' Donovan"]]);
    expect(persons("“We will appeal,” said Siobhan O’ Riordan, a lawyer for the families.")).toEqual([["Siobhan O’Riordan", "Siobhan O’ Riordan"]]);
  });

  it("a known given name in brackets between a person's names", () => {
    expect(persons("Commissioner Robert J. (Bob) Hallam told reporters the crop was late.")).toEqual([["Robert J. Hallam", "Robert J. (Bob) Hallam"]]);
    expect(persons("Senator Katherine (Kate) Morrow said the bill would pass. Morrow voted for it.")).toEqual([["Katherine Morrow", "Katherine (Kate) Morrow", "Morrow"]]);
  });

  it("negative: a bracketed word that is no given name, or a run no given name opens, stays apart", () => {
    expect(persons("Hallam (Reuters) Jones said the crop was late.").flat()).not.toContain("Hallam (Reuters) Jones");
    expect(persons("Senator Katherine (Iowa) Morrow said the bill would pass.").flat()).not.toContain("Katherine (Iowa) Morrow");
  });

  it("negative: an O' glued to its surname is one word as before, and a lone O with a quote mark is no name's", () => {
    expect(persons("Gen. Brendan O'Donovan said the base was safe.")).toEqual([["Brendan O'Donovan", "Brendan O'Donovan"]]);
  });
});

describe("actors: 'Undersecretary' is a title, outside the name", () => {
  it("a portfolio and the title before a name", () => {
    expect(persons("The plan was backed by Commerce Undersecretary Lionel Pratt, who spoke on Monday.")).toEqual([["Lionel Pratt", "Lionel Pratt"]]);
    expect(persons("Under-Secretary Lionel Pratt said the talks would resume.")).toEqual([["Lionel Pratt", "Lionel Pratt"]]);
  });
});
