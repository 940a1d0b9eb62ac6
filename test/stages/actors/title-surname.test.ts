import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14 (speakers17): a title's word closing a name after an office's abbreviation or a given name is a surname
describe("actors: a title's word as a person's surname", () => {
  it("'Rep. Walter Bishop', 'Sen. Judge': an office's abbreviation before the name makes a person", () => {
    const rec = extract("Rep. Walter Bishop, D-Ga., told reporters the depot would stay open. Sen. Judge said the vote would wait.", "2019-05-02");
    expect(person(rec, "Walter Bishop")).toMatchObject({ country: "USA", role: "Rep." });
    expect(person(rec, "Judge")).toMatchObject({ country: "USA", role: "Sen." });
  });

  it("'Senator Angus King' and then 'King said': the bare surname is that person and speaks", () => {
    const rec = extract("Senator Angus King questioned the admiral on Tuesday. “We were not told,” King said. Mr. King added that the panel would meet again.", "2019-05-02");
    const king = person(rec, "Angus King");
    expect(king).toBeTruthy();
    expect(king!.mentions.length).toBeGreaterThanOrEqual(3);
    const q = rec.quotes.find((x) => x.text.startsWith("We were not told"));
    expect(q?.speaker).toBe(king!.id);
  });

  it("a given name before the title's word: 'John Bishop said'", () => {
    const rec = extract("John Bishop said the strike would go ahead.", "2019-05-02");
    expect(person(rec, "John Bishop")).toBeTruthy();
  });

  it("negative: 'the King', 'Jordan's King', 'King Abdullah', 'Prince of Wales', 'Mr. President' stay titles", () => {
    const rec = extract("Rep. Tom King said the bill was dead. The King said the nation would mourn. Jordan's King agreed. King Abdullah flew to Washington. The Prince of Wales spoke. “Thank you, Mr. President,” the envoy said.", "2019-05-02");
    const king = person(rec, "Tom King");
    expect(king).toBeTruthy();
    // only the congressman's own mention: no other "King" joins him
    expect(king!.mentions.map((m) => m.start)).toEqual([5]);
    expect(person(rec, "President")).toBeFalsy();
    expect(person(rec, "Prince")).toBeFalsy();
    const mourn = rec.quotes.find((x) => x.text.startsWith("the nation"));
    expect(mourn?.speaker ?? null).not.toBe(king!.id);
  });

  it("negative: a title with no name before it is no surname ('Bishop said' alone, 'Deputy Speaker said')", () => {
    const rec = extract("Officials met in the cathedral. Bishop said the service would go on. The Deputy Speaker said the house would sit.", "2019-05-02");
    expect(person(rec, "Speaker")).toBeFalsy();
    expect(person(rec, "Deputy Speaker")).toBeFalsy();
  });
});
