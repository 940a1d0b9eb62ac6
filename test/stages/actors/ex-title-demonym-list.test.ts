import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: a demonym before a role written with "ex-" as one word
describe("actors: a demonym before an 'ex-' title", () => {
  it("'the Ukrainian ex-minister X', 'Belgian ex-deputy prime minister X', 'Peruvian ex-president X' give the demonym's state and a past role", () => {
    const rec = extract(
      "Investigators questioned the Ukrainian ex-minister Taras Hnatenko on Monday. Belgian ex-deputy prime minister Luc Vanderstraeten said the plan would fail. Peruvian ex-president Alonso Quispe was detained.",
      "2021-03-01",
    );
    expect(person(rec, "Taras Hnatenko")).toMatchObject({ country: "UKR", role: "minister", formerRole: true, stateRule: "actors/state:title-phrase" });
    expect(person(rec, "Luc Vanderstraeten")).toMatchObject({ country: "BEL", formerRole: true });
    expect(person(rec, "Alonso Quispe")).toMatchObject({ country: "PER", role: "president", formerRole: true });
  });

  it("negative: an 'ex-' word that is no title, a '-born' demonym, an 'ex-' title with no state word", () => {
    const rec = extract(
      "Her ex-husband Marco Bellini said he was surprised. The Ukrainian-born ex-minister Dana Kowalski spoke in Ottawa. The ex-minister Paul Lindqvist denied the claims.",
      "2021-03-01",
    );
    expect(person(rec, "Marco Bellini")?.role ?? null).toBeNull();
    expect(person(rec, "Marco Bellini")?.country ?? null).toBeNull();
    expect(person(rec, "Dana Kowalski")?.country ?? null).toBeNull();
    expect(person(rec, "Paul Lindqvist")?.country ?? null).toBeNull();
    expect(person(rec, "Paul Lindqvist")).toMatchObject({ role: "minister", formerRole: true });
  });
});

// Issue 14, item 1: a demonym and a plural noun before a list of names
describe("actors: a demonym and a plural noun before a list of names", () => {
  it("'Russian businessmen A and B', 'Iranian diplomats A, B and C' give each listed name the demonym's state", () => {
    const rec = extract(
      "The ministry froze the assets of Russian businessmen Pavel Grekov and Yuri Malinin. Police later detained Iranian diplomats Reza Karimi, Majid Hosseini and Saeed Tavakoli in Vienna.",
      "2022-04-01",
    );
    expect(person(rec, "Pavel Grekov")).toMatchObject({ country: "RUS", stateRule: "actors/state:demonym-noun" });
    expect(person(rec, "Yuri Malinin")).toMatchObject({ country: "RUS", stateRule: "actors/state:demonym-list" });
    expect(person(rec, "Reza Karimi")).toMatchObject({ country: "IRN" });
    expect(person(rec, "Majid Hosseini")).toMatchObject({ country: "IRN", stateRule: "actors/state:demonym-list" });
    expect(person(rec, "Saeed Tavakoli")).toMatchObject({ country: "IRN", stateRule: "actors/state:demonym-list" });
  });

  it("negative: a plural noun before one name, a list the text gives no state, a name the list does not reach", () => {
    const rec = extract(
      "The Russian soldiers Anna Volkova interviewed were tired. Britain imposed sanctions on Gleb Orlov, Ilya Markin and Boris Tsoy. Iranian diplomats Reza Karimi and Majid Hosseini met Tom Brady, who said so.",
      "2022-04-01",
    );
    expect(person(rec, "Anna Volkova")?.country ?? null).toBeNull();
    for (const name of ["Gleb Orlov", "Ilya Markin", "Boris Tsoy", "Tom Brady"]) expect(person(rec, name)?.country ?? null).toBeNull();
    expect(person(rec, "Majid Hosseini")).toMatchObject({ country: "IRN" });
  });
});
