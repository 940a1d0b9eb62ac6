import { describe, expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// shared-objects.ts: two verbs joined by "and"/"or" before one object both act on it, each by the first verb's subject
const keys = (text: string) => eventKeys(text, "2023-05-01");

senseTable(
  "shared objects: the first verb of 'V1 and V2 Object' takes the object too",
  [
    ["Canada condemned and sanctioned Belarus over the forced landing.", "ACCUSE CAN>BLR"],
    ["Canada condemned and sanctioned Belarus over the forced landing.", "SANCTION CAN>BLR"],
    ["Japan criticised and threatened North Korea after the launch.", "ACCUSE JPN>PRK"],
    ["Ethiopian troops attacked and occupied parts of Eritrea.", "ASSAULT ETH>ERI"],
    ["Chile has recognized and established relations with Palestine.", "COOPERATE CHL>PSE"],
    // a preposition of the first verb's left without its object
    ["Uruguay established diplomatic relations with and opened an embassy in Vietnam last year.", "COOPERATE URY>VNM"],
  ],
  [
    // the first verb has an object of its own
    ["Canada condemned the landing and sanctioned Belarus.", "ACCUSE CAN>BLR"],
    // a verb that takes no direct object keeps none: the withdrawal is not from Kyiv's side
    ["Russia withdrew and attacked Kyiv from the north.", "RETREAT RUS>UKR"],
    // a passive second verb: what is sanctioned is the subject
    ["Iran complained and was condemned by France.", "ACCUSE IRN"],
  ],
  keys,
);

it("'X met and Y welcomed Z': two subjects; Y is no object of the meeting, and X does not welcome", () => {
  const k = keys("Putin met and Erdogan welcomed the Iranian president in Tehran.");
  expect(k).toContain("SUPPORT TUR>IRN");
  expect(k.some((x) => x.startsWith("CONSULT") && x.includes("TUR"))).toBe(false);
  expect(k.some((x) => x.startsWith("SUPPORT RUS"))).toBe(false);
});

it("the second verb keeps the first verb's subject: 'Canada condemned and sanctioned Belarus' gives nothing from Belarus", () => {
  expect(keys("Canada condemned and sanctioned Belarus.").some((x) => x.startsWith("SANCTION BLR") || x.startsWith("ACCUSE BLR"))).toBe(false);
});

describe("shared objects: a pair of verbs of benefit is one act named twice", () => {
  it("negative: 'protect and defend Estonia', 'help and support Ukraine' add no second type", () => {
    const k1 = eventKeys("Britain will protect and defend Estonia.", "2023-07-22");
    expect(k1.filter((k) => k.startsWith("AID")).length + k1.filter((k) => k.startsWith("SUPPORT")).length).toBeLessThanOrEqual(1);
    const k2 = eventKeys("Germany will help and support Ukraine.", "2023-07-22");
    expect(k2.filter((k) => /^(AID|SUPPORT) /.test(k)).length).toBeLessThanOrEqual(1);
  });
});

describe("shared objects: a verb of force paired with one of blame is blame", () => {
  it("'maliciously attacking and smearing China' is one ACCUSE, no ASSAULT", () => {
    expect(eventKeys("NATO has been maliciously attacking and smearing China.", "2022-06-30")).toEqual(["ACCUSE NATO>CHN"]);
  });

  it("negative: two verbs of force stay force", () => {
    expect(eventKeys("Russian troops attacked and occupied the Ukrainian town of Izium.", "2022-06-30").some((k) => k.startsWith("ASSAULT RUS>"))).toBe(true);
  });
});
