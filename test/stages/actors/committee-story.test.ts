import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: the chair of a committee no word before it places ("Committee chairman X", "the defence committee chairman
// X") in a story about one state's legislature holds an office of that state (committee-story.ts)
describe("actors: an unplaced committee's chair in a story about a legislature", () => {
  it("a legislature the dictionary places gives its state; MPs leave it to the story's frame", () => {
    const de = extract(
      "The Bundestag debated the defence budget on Tuesday. The foreign affairs committee chairman Jurgen Hardtmann said the vote would be close. Lawmakers in Berlin vote on Friday.",
      "2023-03-01",
    );
    expect(person(de, "Hardtmann")).toMatchObject({ country: "DEU", stateRule: "actors/state:committee-story" });
    const gb = extract(
      "Britain's defence plans were questioned by MPs for three hours on Tuesday. The defence committee chairman Tobias Ellwood-Crane said the answers were weak. " +
        "Committee chairman Harriet Baldock added that more hearings would follow. Britain will publish its review next week, and the UK government will reply to MPs in London.",
      "2023-03-01",
    );
    expect(person(gb, "Ellwood-Crane")?.country).toBe("GBR");
    expect(person(gb, "Baldock")?.country).toBe("GBR");
  });

  it("negative: a body named before the committee, a possessive, a story with no legislature, two states' legislatures", () => {
    const rec = extract(
      "Britain's Olympic plans were questioned by MPs on Tuesday. The Olympic committee chairman Sebastian Coeman said London was ready. " +
        "The firm's audit committee chairman Peter Vossler resigned. Barclays audit committee chairman Tim Breeding quit. Britain will reply to MPs next week.",
      "2023-03-01",
    );
    for (const n of ["Coeman", "Vossler", "Breeding"]) expect(person(rec, n)?.country ?? null).toBeNull();
    const noLeg = extract(
      "Britain's banks reported profits on Tuesday. The audit committee chairman Peter Vossler said costs rose. Britain's economy grew in London and Leeds.",
      "2023-03-01",
    );
    expect(person(noLeg, "Vossler")?.country ?? null).toBeNull();
    const two = extract(
      "The Bundestag and the Knesset held a joint session on Tuesday. The foreign affairs committee chairman Jurgen Hardtmann said ties were strong.",
      "2023-03-01",
    );
    expect(person(two, "Hardtmann")?.stateRule).not.toBe("actors/state:committee-story");
  });
});
