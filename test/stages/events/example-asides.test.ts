import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// find-parties.ts groupAfterWord: an aside of examples between commas (", including ...,") belongs to
// the object; the target's preposition right after it is still the verb's. An aside that opens on a
// preposition ("including in Bucha") or is followed by anything else leaves the window as it was.
const keys = (text: string) => eventKeys(text, "2023-05-10");

describe("an aside of examples inside the object", () => {
  it("'sent 300 vehicles, including armoured personnel carriers and trucks, to Moldova' keeps its target", () => {
    expect(keys("Romania sent 300 military vehicles, including armoured personnel carriers and supply trucks, to Moldova.")).toContain("AID ROU>MDA");
    expect(keys("Norway will supply additional air defence systems, including short-range missiles and radars, to Poland.")).toContain("AID NOR>POL");
  });
  it("an aside on a preposition, or one not followed by the verb's preposition, names no target", () => {
    expect(keys("The mission sent observers, including in Bucha and Irpin, a spokesman for Britain said.").filter((k) => k.startsWith("AID"))).toEqual([]);
  });
});
