import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: demonyms of a state's own parts (Scottish, Welsh, Northern Irish; Catalan, Bavarian ...) place the people
// they describe in that state, and name no actor themselves (countries.json partDemonyms)
describe("actors: a part's demonym", () => {
  it("'Welsh first minister X', 'Scottish Finance Minister X', 'X, the Scottish Liberal Democrat leader', 'Catalan president X', 'Northern Irish singer X'", () => {
    const rec = extract(
      "Welsh first minister Dai Pritchard said Wales would help. Scottish Finance Minister Tom McCabb said councils must save. " +
        "Alex Cole-Hamlin, the Scottish Liberal Democrat leader, called for him to be expelled. Catalan president Carles Puigdemon spoke in Barcelona. " +
        "Northern Irish singer Van Morriston played in Belfast.",
      "2017-10-01",
    );
    expect(person(rec, "Pritchard")).toMatchObject({ country: "GBR" });
    expect(person(rec, "McCabb")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Cole-Hamlin")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Puigdemon")).toMatchObject({ country: "ESP" });
    // (not Ireland: "Irish" inside "Northern Irish")
    expect(person(rec, "Morriston")).toMatchObject({ country: "GBR" });
  });

  it("negative: the demonym alone names no state, and 'English' (the language) places no one", () => {
    const rec = extract("A vote for Scottish independence could have sent a different message. English teacher Joe Roote said the Welsh language was thriving.", "2014-09-19");
    expect(rec.actors.some((a) => a.kind === "country")).toBe(false);
    expect(person(rec, "Joe Roote")?.country ?? null).toBeNull();
  });
});
