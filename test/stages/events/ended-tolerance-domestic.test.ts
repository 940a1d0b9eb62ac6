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
