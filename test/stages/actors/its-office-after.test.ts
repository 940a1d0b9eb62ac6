import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "X, the country's deputy defence minister," — the state's own office after the name, owned by "its" or "the
// country's", reads as the same phrase before the name does (its-office.test.ts)
describe("actors: an appositive after the name owned by 'its' or 'the country's'", () => {
  it("takes the one state named in the sentence before, or before it in its own sentence", () => {
    const rec = extract(
      "Georgia asked the west for more help on Tuesday. Nino Beridova, the country's deputy defence minister, said the army needed air defence. " +
        "Lithuania will close two border crossings. Agne Kauneviciute, the nation's interior minister, told reporters so on Friday. " +
        "Kenya is ready to talk, said Peter Omondi, its foreign minister, on Monday.",
      "2022-06-01",
    );
    expect(person(rec, "Beridova")).toMatchObject({ country: "GEO", stateRule: "actors/state:its-office" });
    expect(person(rec, "Kauneviciute")).toMatchObject({ country: "LTU", stateRule: "actors/state:its-office" });
    expect(person(rec, "Omondi")).toMatchObject({ country: "KEN", stateRule: "actors/state:its-office" });
  });

  it("negative: two states in play, a body's post, a capital addressed, no state named before", () => {
    const rec = extract(
      "Russia attacked Ukraine on Thursday. Anna Petrenko, the country's deputy defence minister, said strikes would go on. " +
        "Gazprom raised gas prices for Moldova. Alexei Millerov, its chief executive, said the price was fair. " +
        "“Brussels, we are waiting for a decision,” an adviser wrote on Twitter. Hanna Malyk, the country's deputy defence minister, said weapons were late. " +
        "The talks were long and hard. Ana Pastorelli, its foreign minister, said so.",
      "2022-06-01",
    );
    for (const name of ["Petrenko", "Millerov", "Malyk", "Pastorelli"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
