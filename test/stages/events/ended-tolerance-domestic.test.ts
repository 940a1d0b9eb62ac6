import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

describe("ended tolerance inside one state: a government that will no longer bear its opposition's acts threatens it", () => {
  it("'the government of Egypt will no longer tolerate rallies by the opposition' is THREATEN EGY>EGY", () => {
    expect(eventKeys("The government of Egypt will no longer tolerate rallies by the opposition Wafd party.")).toContain("THREATEN EGY>EGY");
    expect(eventKeys("Egypt will no longer tolerate rallies by the Muslim Brotherhood.")).toContain("THREATEN EGY>EGY");
  });

  it("negative: one part of the state against the same part is no threat ('Egypt will no longer tolerate delays by the Egyptian ministry')", () => {
    expect(eventKeys("Egypt will no longer tolerate delays by the Egyptian ministry.").some((k) => k.startsWith("THREATEN"))).toBe(false);
  });
});

describe("an organ no state names is the reporter's ('the minister warned that police will no longer tolerate')", () => {
  it.each([
    ["The Kenyan interior minister has warned that police will no longer tolerate protests by the opposition.", "THREATEN KEN>KEN"],
    ["Egypt's interior minister said security forces would not tolerate rallies by the Muslim Brotherhood.", "THREATEN EGY>EGY"],
    ["The Pakistani army chief said the army will no longer tolerate attacks by India.", "THREATEN PAK>IND"],
  ])("%s", (text, want) => expect(eventKeys(text)).toContain(want));

  it.each([
    // a past tolerance, a thing borne with no party, an outsider's forecast
    "The Kenyan interior minister said police tolerated protests by the opposition.",
    "The Kenyan interior minister said police will no longer tolerate delays.",
    "Analysts said the army would no longer tolerate protests by the opposition.",
  ])("negative: %s", (text) => expect(eventKeys(text).some((k) => k.startsWith("THREATEN"))).toBe(false));
});
