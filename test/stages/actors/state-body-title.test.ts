import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a state body's own name before a title ("Pentagon spokeswoman X", "State Department spokesman X") gives the
// body's state, though the name is also a modifier of titles (titles.json modifiers: 'pentagon', 'state department').
describe("actors: a state body's name before a title", () => {
  it("'Pentagon spokeswoman X', 'State Department spokesman X'", () => {
    const rec = extract(
      "Pentagon spokeswoman Dana Whitby said the troops would stay. State Department spokesman Ned Pryce said talks would resume. ",
      "2019-05-01",
    );
    expect(person(rec, "Whitby")).toMatchObject({ country: "USA", stateRule: "actors/state:title-phrase" });
    expect(person(rec, "Pryce")).toMatchObject({ country: "USA" });
  });

  it("negative: a modifier that names no body gives no state ('Press spokesman X', 'party spokesman X')", () => {
    const rec = extract("Press spokesman Tom Reddick declined to comment. A party spokesman, Ian Forbes, said nothing.", "2019-05-01");
    expect(person(rec, "Forbes")?.country ?? null).toBeNull();
    expect(person(rec, "Reddick")?.country ?? null).toBeNull();
  });
});
