import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// far-accusers.ts: the "by" agent of a passive accusation named after a long complement makes the
// accusation; a "by" that a participle inside the complement owns names the participle's doer.
const accuses = (text: string) => eventKeys(text, "2023-05-10").filter((k) => k.startsWith("ACCUSE"));

describe("the accuser after a long complement", () => {
  it("past the complement's verbs and an aside between commas", () => {
    expect(accuses("The Malawian president has been accused of misusing up to $50m in public funds, much of it embezzled, by Zambian officials.")).toEqual(["ACCUSE ZMB>MWI"]);
    expect(accuses("Iran has been accused of secretly supplying hundreds of attack drones to Russian forces in Ukraine by the British government.")).toEqual(["ACCUSE GBR>IRN"]);
  });
  it("a short complement keeps its agent", () => {
    expect(accuses("Iran was accused of supplying drones to Russia by the United States.")).toEqual(["ACCUSE USA>IRN"]);
    expect(accuses("Iran was accused of backing the Houthi rebels by Saudi Arabia.")).toEqual(["ACCUSE SAU>IRN"]);
  });
});

describe("negative: a 'by' that is no accuser's", () => {
  it("the agent of a participle inside the complement", () => {
    expect(accuses("The Iraqi general was accused of crimes committed in Basra by Iranian soldiers.")).toEqual([]);
    expect(accuses("Iran was accused of backing rebels armed by Russia.")).toEqual([]);
  });
  it("coordinated participles share their agent", () => {
    expect(eventKeys("Crimea was annexed and occupied by Russian forces in 2014.", "2023-05-10")).toContain("COERCE RUS>UKR");
  });
  it("a 'by' in a clause of its own, or one that names no actor", () => {
    expect(accuses("Iran was accused of fraud, which was denied by the Iraqi government.")).toEqual([]);
    expect(accuses("Serbia was accused of sheltering war criminals by Friday.")).toEqual([]);
  });
});
