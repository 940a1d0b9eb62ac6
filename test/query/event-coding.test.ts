// Goldstein's scale and PLOVER's mode and contexts of a CAMEO code, from the committed data files.
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEventCoding } from "../../src/query/event-coding.js";

const coding = loadEventCoding();

describe("goldstein", () => {
  it("reads a code's own value, else its longest prefix's", () => {
    expect(coding.goldstein("057")).toBe(8); // sign formal agreement
    expect(coding.goldstein("190")).toBe(-10); // conventional military force
    expect(coding.goldstein("1823")).toBe(-10); // kill by physical assault
    expect(coding.goldstein("042")).toBe(1.9); // make a visit
    // a 4-digit code the table has no line for takes its 3-digit parent's value
    expect(coding.goldstein("1959")).toBe(-10);
    expect(coding.goldstein("0369")).toBe(4);
  });
  it("gives null for no code, or one outside CAMEO", () => {
    expect(coding.goldstein(null)).toBeNull();
    expect(coding.goldstein("99")).toBeNull();
  });
});

describe("mode and contexts", () => {
  it("read the 2021 crosswalk", () => {
    expect(coding.mode("041", "CONSULT")).toBe("phone");
    expect(coding.mode("182", "ASSAULT")).toBe("beat");
    expect(coding.contexts("094")).toEqual(["military", "legal"]);
    expect(coding.contexts("190")).toEqual(["military"]);
  });
  it("a code with a line of its own does not take its parent's mode", () => {
    // 1823 (kill by physical assault) has an empty mode; its parent 182 is "beat"
    expect(coding.mode("1823", "ASSAULT")).toBeNull();
  });
  it("a mode belongs to its type: not given where dyad reads the code as another type", () => {
    // 0841 (release persons) is RETREAT/release in the crosswalk, CONCEDE in dyad's reading
    expect(coding.mode("0841", "CONCEDE")).toBeNull();
    expect(coding.mode("0841", "RETREAT")).toBe("release");
  });
  it("none for no code", () => {
    expect(coding.mode(null, "AGREE")).toBeNull();
    expect(coding.contexts(null)).toEqual([]);
  });
});

describe("the data files are validated", () => {
  it("a bad Goldstein value names the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-coding-"));
    try {
      writeFileSync(join(dir, "goldstein.json"), JSON.stringify({ source: "x", scale: { "01": 12 } }));
      writeFileSync(join(dir, "cameo-plover.json"), JSON.stringify({ types: {}, departures: {} }));
      expect(() => loadEventCoding(dir)).toThrow(/goldstein\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
