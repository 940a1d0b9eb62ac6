import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a person's institution tells their state where the text names it with a state word: "X of the French
// Institute for International Relations" (a demonym opening an institution's name: actors/state:of-institution), "an
// analyst at a US think tank", "a diplomat at the Russian embassy in London" (the state word that opens the workplace
// after "at" or "with": the owner's, not the host's), "a 45-year-old Ukrainian teacher" (an age says nothing).
describe("actors: a person's state from their institution", () => {
  it("'of the <demonym> ... Institute/Museum/Church'", () => {
    const rec = extract("Thomas Roux of the French Institute for International Relations said Europe was divided.", "2023-05-01");
    expect(person(rec, "Roux")).toMatchObject({ country: "FRA", stateRule: "actors/state:of-institution" });
    expect(person(extract("Pavel Orlov of the Russian Orthodox Church said the war was holy.", "2023-05-01"), "Orlov")?.country).toBe("RUS");
  });

  it("'at a US think tank', 'at a Russian university', 'at the Russian embassy in London'", () => {
    expect(person(extract("Peter Dunmore, an analyst at a US think tank, said the sanctions would bite.", "2023-05-01"), "Dunmore")?.country).toBe("USA");
    expect(person(extract("Mark Hollis, a researcher at a Russian university, said the data were false.", "2023-05-01"), "Hollis")?.country).toBe("RUS");
    expect(person(extract("Ivan Sokolenko, a diplomat at the Russian embassy in London, denied the claims.", "2023-05-01"), "Sokolenko")?.country).toBe("RUS");
  });

  it("an age before the demonym and the role", () => {
    expect(person(extract("Olga Marchuk, a 45-year-old Ukrainian teacher, fled the city.", "2023-05-01"), "Marchuk")?.country).toBe("UKR");
    expect(person(extract("Vadim Petrenko, a 21-year-old Russian commander of a tank unit, pleaded guilty.", "2023-05-01"), "Petrenko")?.country).toBe("RUS");
  });

  it("negative: a place of talks, two states, a name with no institution head, a possessor", () => {
    expect(person(extract("Maria Lopez, a spokeswoman at the talks in Ankara, said the mood was good.", "2023-05-01"), "Lopez")?.country ?? null).toBeNull();
    expect(person(extract("Jon Parkes, a researcher at the Russia-Ukraine talks, said nothing.", "2023-05-01"), "Parkes")?.country ?? null).toBeNull();
    expect(person(extract("Lena Kraus of the German Marshall Plan anniversary said the alliance held.", "2023-05-01"), "Kraus")?.country ?? null).toBeNull();
    expect(person(extract("Hal Green, a reporter at the Russian president's press conference, asked twice.", "2023-05-01"), "Green")?.country ?? null).toBeNull();
  });
});
