import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const stateOf = (text: string, name: string) => extract(text, "2023-05-01").actors.find((a) => a.kind === "person" && a.name === name)?.country ?? null;

describe("actors: a member of a legislature's committee is a member of the legislature", () => {
  it("'a member of a committee in the X parliament', 'a member of the defence committee of the X parliament'", () => {
    expect(stateOf("Mykola Hrytsenko, a member of a committee in the Ukrainian parliament, said aid was needed.", "Mykola Hrytsenko")).toBe("UKR");
    expect(stateOf("Mykola Hrytsenko, a member of the foreign affairs committee of the Ukrainian parliament, said aid was needed.", "Mykola Hrytsenko")).toBe("UKR");
  });

  it("negative: a committee of no state's body, or no body after the committee, gives no state", () => {
    expect(stateOf("Mykola Hrytsenko, a member of a committee of the football club, said aid was needed.", "Mykola Hrytsenko")).toBeNull();
    expect(stateOf("Mykola Hrytsenko, a member of the organising committee, said aid was needed.", "Mykola Hrytsenko")).toBeNull();
  });
});
