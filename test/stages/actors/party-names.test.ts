import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: a party named with a lower-case "party" is the party, and places its member
describe("actors: a party's name with a lower-case 'party'", () => {
  it("reads 'the Justice and Development party', 'the Bharatiya Janata party' as the parties", () => {
    const rec = extract("“We will wait,” said Osman Kaya, an MP for the ruling Justice and Development party, on Monday.", "2022-06-28");
    expect(person(rec, "Osman Kaya")).toMatchObject({ country: "TUR" });
    const rec2 = extract("Ravi Menon, president of the opposition Bharatiya Janata party, said the budget failed the poor.", "1987-03-01");
    expect(person(rec2, "Ravi Menon")).toMatchObject({ country: "IND" });
    expect(rec2.actors.some((a) => a.kind === "person" && /Janata/.test(a.name))).toBe(false);
  });

  it("negative: a lower-case 'party' after words that name no party in the dictionary gives nothing", () => {
    const rec = extract("Osman Kaya, an MP for the ruling Freedom and Bread party, said so.", "2022-06-28");
    expect(person(rec, "Osman Kaya")?.country ?? null).toBeNull();
  });
});

// Issue 14, item 1: a body's short form in brackets between its name and a title
describe("actors: 'Body (ACRONYM) title X'", () => {
  it("reads the bracketed short form as the body whose title it is", () => {
    const rec = extract("“The sanctions are against free trade,” Ministry of International Trade and Industry (MITI) director general Kenji Sato told reporters.", "1987-03-28");
    expect(person(rec, "Kenji Sato")).toMatchObject({ country: "JPN" });
    const rec2 = extract("The violence began after the governing Bharatiya Janata Party (BJP) leader Rahul Verma warned protesters.", "2020-02-25");
    expect(person(rec2, "Rahul Verma")).toMatchObject({ country: "IND" });
  });

  it("negative: brackets holding no known body give nothing", () => {
    const rec = extract("The Freedom and Bread Union (FBU) leader Kenji Sato warned protesters.", "1987-03-28");
    expect(person(rec, "Kenji Sato")?.country ?? null).toBeNull();
  });
});
