import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a race's words between a party's word and the name ("Republican presidential contender X", "Democratic
// presidential hopeful X", "the GOP frontrunner X") leave the party word to place the person (titles.json candidacyWords)
describe("actors: a US party word before a candidacy", () => {
  it("places a contender, a hopeful and a frontrunner in a US story", () => {
    const rec = extract(
      "Republican presidential contender Dale Hargrove said on Tuesday that tariffs must rise. " +
        "Democratic presidential hopeful Nadia Forsland disagreed in Iowa. " +
        "The GOP frontrunner Curtis Welland called for a border wall. " +
        "Voters in the United States go to the polls next year.",
      "2015-09-01",
    );
    for (const n of ["Hargrove", "Forsland", "Welland"]) expect(person(rec, n)).toMatchObject({ country: "USA", stateRule: "actors/state:party-word" });
  });

  it("negative: no party word, a post with its place after it, another state's sentence", () => {
    const rec = extract(
      "The French presidential contender Valerie Pecrand toured Lyon on Monday. " +
        "French Republican presidential contender Xavier Bertaud spoke in Lille. " +
        "The United States and France held talks on trade.",
      "2021-11-01",
    );
    expect(person(rec, "Pecrand")?.country ?? null).toBeNull();
    expect(person(rec, "Bertaud")?.country ?? null).not.toBe("USA");
  });
});
