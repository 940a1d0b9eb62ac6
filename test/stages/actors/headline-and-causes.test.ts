import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const persons = (text: string, date = "2019-05-01") =>
  extract(text, date)
    .actors.filter((a) => a.kind === "person")
    .map((a) => a.name)
    .sort();

// Issue 14, item 1: a demonym before a noun of a cause about borders names the cause, not the person's state
describe("actors: 'Irish republican X', 'Albanian separatist X'", () => {
  it("a cause noun (not-names.json causeNouns) gives no state", () => {
    const rec = extract("Irish republican Bernadette Devlin was elected to Parliament in 1969. Albanian separatist Ali Ahmeti said his men would fight. Ethnic Albanian separatist leader Ali Hoxha spoke too.", "2001-05-01");
    expect(person(rec, "Bernadette Devlin")?.country ?? null).toBeNull();
    expect(person(rec, "Ali Ahmeti")?.country ?? null).toBeNull();
    expect(person(rec, "Ali Hoxha")?.country ?? null).toBeNull();
  });

  it("negative: another noun after the demonym still gives its state", () => {
    const rec = extract("Irish dissident Sean Brady said the talks had failed. Russian nationalist Igor Strelkov said the war would go on. Irish bookseller Mary Lou Byrne spoke.", "2015-05-01");
    expect(person(rec, "Sean Brady")).toMatchObject({ country: "IRL" });
    expect(person(rec, "Igor Strelkov")).toMatchObject({ country: "RUS" });
    expect(person(rec, "Mary Lou Byrne")).toMatchObject({ country: "IRL", stateRule: "actors/state:demonym-noun" });
  });
});

// Issue 14, item 4: only people are persons
describe("actors: a seed's surname that is a place after a preposition of place", () => {
  it("'a doctor from Bolton', 'grew up in Bolton' name the town, not John Bolton", () => {
    expect(persons("Irfan Hanif, a 25-year-old doctor from Bolton, made a good impression. Ann Reid grew up in Bolton.")).toEqual(["Ann Reid", "Irfan Hanif"]);
  });

  it("negative: with the seed's full name in the article, or with a speech verb, the surname stays the person", () => {
    expect(persons("National Security Adviser John Bolton spoke on Monday. A letter from Bolton arrived on Friday.")).toEqual(["John Bolton"]);
    expect(persons("Bolton said the talks had failed.")).toEqual(["John Bolton"]);
  });
});

describe("actors: headline words in a title-cased line", () => {
  it("a run known only by its shape beside 'About', 'Won't', 'With' (not-names.json headlineWords) is no name", () => {
    expect(persons("Experts Doubt NSA Leaker's Claim About Wiretaps")).toEqual([]);
    expect(persons("Other Topics of Interest: NATO Troop Training in Ukraine Won't Trigger War With Russia, the paper said.")).toEqual([]);
  });

  it("negative: a lower-case word or a colon ends the stretch; a title or a seed keeps the person", () => {
    expect(persons("Mary Jones said on Tuesday that the vote was about jobs.")).toEqual(["Mary Jones"]);
    expect(persons("Peter Brown told the BBC: With this vote we lose.")).toEqual(["Peter Brown"]);
    expect(persons("Senator Susan Collins Says Vote Will Go Ahead With Changes").some((n) => n.startsWith("Susan Collins"))).toBe(true);
  });
});
