import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "first deputy" (titles.json modifiers) before a title, as "deputy" is: "X, First Deputy Minister of Foreign
// Affairs of Ukraine," keeps the state its "of" gives
describe("actors: 'first deputy' before a title in an appositive", () => {
  it("reads the title and its state after 'first deputy'", () => {
    const rec = extract(
      "Olena Dzhepko, First Deputy Minister of Foreign Affairs of Ukraine, said the talks went well. " +
        "Later Arman Tulegenov, first deputy foreign minister of Kazakhstan, met reporters in Astana.",
      "2023-03-22",
    );
    expect(person(rec, "Dzhepko")).toMatchObject({ country: "UKR" });
    expect(person(rec, "Tulegenov")).toMatchObject({ country: "KAZ" });
  });

  it("negative: 'first' alone is no modifier; 'the first deputy to resign' names no office of a state", () => {
    const rec = extract("He was the first deputy to resign, Ivan Petrovsky said. Anna Kovacs, the first woman of Hungary to climb Everest, spoke.", "2023-03-22");
    expect(person(rec, "Petrovsky")?.country ?? null).toBeNull();
    expect(person(rec, "Anna Kovacs")?.role ?? null).toBeNull();
  });
});
