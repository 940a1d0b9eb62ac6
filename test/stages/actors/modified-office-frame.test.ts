import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: an office with a modifier ("Acting Attorney General X", "Then-defence secretary X", "Interim ... Secretary X",
// "Outgoing Defense Secretary X") is still an office of a state's own: the article's frame gives its holder the state,
// as for the bare office, only where the sentence names no other state.
const american = "The United States Congress must pass the budget, Washington officials said on Monday. The US Senate will vote. ";

describe("actors: a modified office takes the frame's state", () => {
  it("acting, then-, interim, outgoing", () => {
    const rec = extract(
      american +
        "Acting Attorney General Matt Whitmore said the inquiry would go on. Then-defence secretary Mark Esperton told reporters the troops would stay. Interim Homeland Security Secretary Kevin McAllan said the border was safe. Outgoing Defense Secretary Ash Carton said the war was over.",
      "2019-05-01",
    );
    for (const n of ["Whitmore", "Esperton", "Carton"]) expect(person(rec, n)).toMatchObject({ country: "USA", stateRule: "actors/state:article-frame" });
    // (an office only the United States names so takes its state before the frame: titles.json stateInContext)
    expect(person(rec, "McAllan")).toMatchObject({ country: "USA", stateRule: "actors/state:title-in-context" });
  });

  it("negative: the sentence names another state, or the article has no frame", () => {
    const other = extract(american + "Acting Defence Minister Paulo Ribeira of Brazil said the troops would stay.", "2019-05-01");
    expect(person(other, "Ribeira")?.country).not.toBe("USA");
    const none = extract("Acting Attorney General Matt Whitmore said the inquiry would go on.", "2019-05-01");
    expect(person(none, "Whitmore")?.country ?? null).toBeNull();
  });
});
