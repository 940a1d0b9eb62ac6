import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "the country's top general, X", "its army commander, X": after "the country's" or "the nation's" any post
// or role is one of the state's people; after "its" (a body's or people's as often) only an office, a post abroad or a
// state's own service (forces, legislature, courts, police, intelligence)
describe("actors: a state's possessive before a role that is no office", () => {
  it("gives the state of 'the country's' and 'the nation's' to a rank, a diplomat and a commander, before the name or as an appositive", () => {
    const rec = extract(
      "Iran held naval drills on Monday. The country's top general, Karim Bahrami, said the drills would go on. " +
        "Peru recalled its envoy. The nation's top diplomat Ana Quispe said talks would resume. " +
        "Ghana sent troops north. Its army commander, Kofi Mensah, said the border was calm.",
      "2022-06-01",
    );
    expect(person(rec, "Bahrami")).toMatchObject({ country: "IRN", stateRule: "actors/state:its-office" });
    expect(person(rec, "Quispe")).toMatchObject({ country: "PER", stateRule: "actors/state:its-office" });
    expect(person(rec, "Mensah")).toMatchObject({ country: "GHA", stateRule: "actors/state:its-office" });
  });

  it("negative: 'its' before a role any body has, a form of address, two states in play", () => {
    const rec = extract(
      "Iran held naval drills on Monday. Its chairman, Reza Tavakoli, said the drills were costly. " +
        "Russia attacked Ukraine on Thursday. The country's top general, Oleh Marchenko, said strikes would go on.",
      "2022-06-01",
    );
    expect(person(rec, "Tavakoli")?.country ?? null).toBeNull();
    expect(person(rec, "Marchenko")?.country ?? null).toBeNull();
  });
});
