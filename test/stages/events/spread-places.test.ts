import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// senses.spreadPlaces (find-events.ts): force whose object names no party, spread "across" or
// "throughout" a state's place, falls on that state; no act of force, or no doer, gives nothing.
const keys = (text: string) => eventKeys(text, "2023-05-10");

describe("force spread over a place", () => {
  it("'struck targets across Syria', 'shelled positions throughout Lebanon' fall on the place's state", () => {
    expect(keys("Turkish jets have struck targets across northern Syria.")).toContain("ASSAULT TUR>SYR");
    expect(keys("Israeli artillery shelled positions throughout southern Lebanon.")).toContain("ASSAULT ISR>LBN");
  });
  it("a deal struck, a goal met, or a flood make no assault", () => {
    expect(keys("Britain struck a trade deal across the table from Japan.").filter((k) => k.startsWith("ASSAULT"))).toEqual([]);
    expect(keys("Poland met its climate targets across the country.").filter((k) => k.startsWith("ASSAULT"))).toEqual([]);
    expect(keys("Floods hit villages across Pakistan.").filter((k) => k.startsWith("ASSAULT"))).toEqual([]);
  });
});
