import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// massed-forces.ts nearness and holders: forces massed "close to" a place, and forces a state "has"
// massed or deployed at a place of another state, mobilise against it.
const mob = (text: string) => eventKeys(text, "2022-02-13").filter((k) => k.startsWith("MOBILIZE"));

describe("forces massed close to a place, or held by a state's 'has', mobilise against the place's state", () => {
  it("an adjective of nearness before 'to'", () => {
    expect(mob("Some 30,000 Azerbaijani troops massed close to Armenia.")).toEqual(["MOBILIZE AZE>ARM"]);
  });
  it("forces the subject of 'has' holds, with a count", () => {
    expect(mob("Armenia has about 4,000 soldiers deployed near the Turkish border.")).toEqual(["MOBILIZE ARM>TUR"]);
    expect(mob("Turkey had warships deployed close to the Greek islands.")).toEqual(["MOBILIZE TUR>GRC"]);
  });
});

describe("negative: no place, the holder's own place, where forces stay, no actor holds them", () => {
  it("forces that open the text have no holder (no read before the sentence)", () => {
    expect(mob("Troops massed along the border with Belarus.")).toEqual([]);
  });
  it("forces held with no participle of massing", () => {
    expect(mob("France has troops in Mali.")).toEqual([]);
  });
  it("a place of the holder's own state", () => {
    expect(mob("India has 50,000 troops massed near Srinagar.")).toEqual([]);
  });
  it("where forces stay is no deployment", () => {
    expect(mob("Canada has 700 troops stationed in Latvia.")).toEqual([]);
  });
  it("'close to' a party's views is no place", () => {
    expect(mob("The militia, whose fighters are close to Iran, has no troops massed anywhere.")).toEqual([]);
  });
});
