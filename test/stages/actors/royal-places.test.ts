import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);

// Issue 14: Britain's royals are known people of Britain ('Prince William', 'Prince Charles' before he was king), and a
// place named after a person ('Prince William County', 'Prince Edward Island'; not-names.json personNamedThings 'county',
// 'island') is no mention of that person.
describe("actors: British royals and the places named after them", () => {
  it("'Prince William visited ...', 'Prince Charles's plans' are Britain's", () => {
    expect(person(extract("Prince William visited the border on Tuesday.", "2023-03-22"), "William")).toMatchObject({ country: "GBR", stateRule: "actors/state:seed" });
    expect(person(extract("Officials discussed Prince Charles's travel plans.", "2005-02-10"), "Charles")).toMatchObject({ country: "GBR" });
  });

  it("negative: a county, an island named after a prince names no person", () => {
    expect(persons("Police in Prince William County arrested two men.", "2023-03-22")).toEqual([]);
    expect(persons("Voters in Prince Edward Island went to the polls.", "2023-03-22")).toEqual([]);
    expect(persons("Officials in Lincoln County said the roads were closed.", "2023-03-22")).toEqual([]);
  });
});

describe("actors: a US regulator named before a title", () => {
  it("'FCC chairman X' is American", () => {
    expect(person(extract("FCC chairman Brendan Carl said the agency would act.", "2025-03-01"), "Carl")).toMatchObject({ country: "USA" });
  });
});
