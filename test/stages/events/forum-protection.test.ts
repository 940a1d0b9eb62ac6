import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Protection given in a forum is verbal backing (forum-protection.ts): "protected Pyongyang in the
// world body" is SUPPORT, not AID. Protection by force stays AID.
const events = (text: string) => extract(text, "2024-05-02").events;

describe("protection in a forum is SUPPORT", () => {
  it("'in the world body', 'at the UN Security Council'", () => {
    const a = events("Beijing has long protected Myanmar's generals in the world body.").concat(events("Moscow has repeatedly protected Tehran at the UN Security Council."));
    expect(a.some((e) => e.type === "AID")).toBe(false);
    expect(events("Moscow has repeatedly protected Tehran at the UN Security Council.").some((e) => e.type === "SUPPORT")).toBe(true);
  });
});

describe("negative cases: protection by force stays AID", () => {
  it("soldiers protecting a leader at an airport", () => {
    expect(events("Chadian soldiers protected the Nigerien president at the airport.").some((e) => e.type === "AID")).toBe(true);
  });
});
