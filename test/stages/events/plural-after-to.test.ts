import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-03-01");

// find-events.ts verbEvent: a verb's -s form after "to" is a plural noun, never an infinitive.
describe("plural nouns after 'to'", () => {
  it("giving in or responding to demands, requests or threats is no act of demanding by the one who yields", () => {
    expect(keys("Serbia refused to give in to demands from Kosovo.").filter((k) => k.startsWith("REQUEST"))).toEqual([]);
    expect(keys("Nato responded to requests from Finland to join.").filter((k) => k.startsWith("REQUEST NATO"))).toEqual([]);
  });

  it("a bare infinitive after 'to' stays the act", () => {
    expect(keys("Poland decided to demand reparations from Germany.")).toEqual(["REQUEST POL>DEU"]);
    expect(keys("The Polish government agreed to support Ukraine.")).toContain("SUPPORT POL>UKR");
  });
});
