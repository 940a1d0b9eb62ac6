import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14, item 1: a body the dictionary places, whose name ends in a word that is also a title's modifier
// ("Security", "Party"), before a title: the body's state, not a skipped modifier
describe("actors: 'Department of Homeland Security spokesman X'", () => {
  it("the whole body's name before the title gives its state", () => {
    const rec = extract(
      "Department of Homeland Security spokeswoman Dana Whitlock said the system was safe. Conservative Party chairman Hugh Barton denied it.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Dana Whitlock")).toBe("USA");
    expect(stateOf(rec, "Hugh Barton")).toBe("GBR");
  });

  it("negative: a modifier that ends no dictionary body, a body the dictionary does not place", () => {
    const rec = extract("Regional security spokesman Tomas Vidal said so. Harbour Pilots Security spokesman Hugo Serra agreed.", "2023-03-01");
    expect(stateOf(rec, "Tomas Vidal")).toBeNull();
    expect(stateOf(rec, "Hugo Serra")).toBeNull();
  });
});
