import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: the demonyms news uses for states whose world-countries form is a rarer one (Kazakh for "Kazakhstani",
// Kyrgyz for "Kirghiz", Tajik for "Tadzhik", Uzbek, Azeri ...) place the people they describe (data/countries.json demonyms)
describe("actors: demonyms news uses that world-countries spells otherwise", () => {
  it("'Kazakh President X', 'Kyrgyz foreign minister X', 'Tajik, Uzbek and Azeri officials', 'a Slovenian diplomat, X,'", () => {
    const rec = extract(
      "Kazakh President Arman Sultanov met Kyrgyz foreign minister Bolot Asanov in Almaty on Monday. " +
        "Tajik Defence Minister Rustam Nazarov and Uzbek envoy Timur Karimbaev joined them, and Azeri minister Elchin Guliyev spoke by video. " +
        "A Slovenian diplomat, Matej Novak, said the talks had gone well.",
      "2024-05-01",
    );
    expect(person(rec, "Sultanov")).toMatchObject({ country: "KAZ" });
    expect(person(rec, "Asanov")).toMatchObject({ country: "KGZ" });
    expect(person(rec, "Nazarov")).toMatchObject({ country: "TJK" });
    expect(person(rec, "Karimbaev")).toMatchObject({ country: "UZB" });
    expect(person(rec, "Guliyev")).toMatchObject({ country: "AZE" });
    expect(person(rec, "Novak")).toMatchObject({ country: "SVN" });
  });

  it("negative: an ethnic group of another state names no state of its own", () => {
    const rec = extract("Ethnic Uzbeks in northern Afghanistan fled the fighting, a local official said.", "2001-11-01");
    expect(rec.actors.some((a) => a.kind === "country" && a.code === "UZB")).toBe(false);
  });
});
