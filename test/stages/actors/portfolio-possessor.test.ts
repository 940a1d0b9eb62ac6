import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: persons get the state the text gives
describe("actors: a state's possessive before a portfolio and a title", () => {
  it("'Ukraine's Culture Minister X', 'Britain's Research Minister X' give the possessor's state", () => {
    const rec = extract("Ukraine’s Culture Minister Oleksandr Tkachenko welcomed the news. Britain's Research Minister Geoffrey Pattie faced a fight.", "1987-05-01");
    expect(person(rec, "Oleksandr Tkachenko")).toMatchObject({ country: "UKR", stateRule: "actors/state:possessor" });
    expect(person(rec, "Geoffrey Pattie")).toMatchObject({ country: "GBR", stateRule: "actors/state:possessor" });
  });

  it("negative: a company's or a demonym's possessive gives none", () => {
    const rec = extract("The company's Sales Director John Brown said prices rose.", "1987-05-01");
    expect(person(rec, "John Brown")?.country ?? null).toBeNull();
  });
});

describe("actors: 'X, a Rhode Island Republican'", () => {
  it("a party word after two capitalised words of place places the person in the party's state", () => {
    const rec = extract("The U.S. Senate passed the bill. Senator Tom Hale, a Rhode Island Republican, told reporters he voted no.", "1987-05-01");
    expect(person(rec, "Tom Hale")).toMatchObject({ country: "USA", stateRule: "actors/state:party-word" });
  });

  it("negative: three capitalised words, or another state in the sentence, give none", () => {
    const rec = extract("The U.S. Senate passed the bill. Tom Hale, a Big Sky Country Republican, spoke. Ann Dole, a New York Republican, met Mexican officials.", "1987-05-01");
    expect(person(rec, "Tom Hale")?.country ?? null).toBeNull();
    expect(person(rec, "Ann Dole")?.country ?? null).toBeNull();
  });
});

describe("lexicon: country spellings that mislead (countries.json dropped)", () => {
  it("'Island' and 'Dominique' name no state; 'Iceland' and 'Dominica' do", () => {
    const rec = extract("Rhode Island voted. Dominique Bussereau spoke. Iceland and Dominica voted.", "2005-05-01");
    const states = rec.actors.filter((a) => a.kind === "country").map((a) => a.code).sort();
    expect(states).toEqual(["DMA", "ISL"]);
    expect(person(rec, "Dominique Bussereau")).toBeTruthy();
  });
});
