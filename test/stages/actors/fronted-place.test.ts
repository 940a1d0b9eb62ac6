import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a place fronted in the person's own sentence places a bare office of a state's government there
const US_STORY = "President Joe Biden announced new export curbs on Tuesday, the White House said. Commerce Secretary Gina Raimondo said in Washington that more would follow.";

describe("actors: a government office after a fronted place (actors/state:fronted-place)", () => {
  it("takes the fronted capital's state for a ministry's spokesman or official, whatever the story's frame", () => {
    const rec = extract(`${US_STORY}\n\nIn Hanoi, ministry spokeswoman Tran Thi Mai said the curbs were unfair.\n\nAt a regular briefing in Ankara, Foreign Ministry spokesman Oguz Demirtas told reporters the decision was regrettable.\n\nIn Jakarta, Ministry of Trade spokesman Budi Santoso said the rules would hurt exporters.`, "2023-05-02");
    expect(person(rec, "Tran Thi Mai")).toMatchObject({ country: "VNM", stateRule: "actors/state:fronted-place" });
    expect(person(rec, "Oguz Demirtas")).toMatchObject({ country: "TUR" });
    expect(person(rec, "Budi Santoso")).toMatchObject({ country: "IDN" });
  });

  it("negative: a visit, a bare spokesman, an IGO's or a firm's spokesman, another state in the sentence, no fronted place", () => {
    const rec = extract(`${US_STORY}\n\nIn Hanoi, visiting trade minister Paulo Ferraz said the curbs were unfair.\n\nIn Seoul, spokesman Park Min-seo said sales would fall.\n\nIn Brussels, EU spokesman Olof Gillberg said the bloc was studying the rules.\n\nIn Tokyo, Toyota spokesman Kenji Morita said output would hold.\n\nIn Geneva, ministry official Amir Tavakoli said Iran would answer the United States.\n\nMinistry spokesman Dang Van Tu said the talks in Hanoi had ended.`, "2023-05-02");
    for (const n of ["Paulo Ferraz", "Park Min-seo", "Kenji Morita", "Dang Van Tu"]) expect(person(rec, n)?.stateRule ?? null, n).not.toBe("actors/state:fronted-place");
    expect(person(rec, "Olof Gillberg")?.country ?? null).not.toBe("BEL");
    expect(person(rec, "Amir Tavakoli")?.country ?? null).not.toBe("CHE");
    expect(person(rec, "Park Min-seo")?.country ?? null).toBeNull();
  });
});
