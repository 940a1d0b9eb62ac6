import { describe, expect, it } from "vitest";
import { extract, eventKeys } from "../../helpers.js";

/** the events of a text as [type, source ids, target ids] */
const parties = (text: string, published = "2023-07-22") => extract(text, published).events.map((e) => [e.type, e.source, e.target]);

describe("find-events: a person who owns an act done to people is the one acted on (patientPossessor)", () => {
  it("'Navalny's detention by Russian police': the owner is detained, the 'by' agent detains", () => {
    expect(parties("Navalny's detention by Russian police drew protests.")).toEqual([["COERCE", ["RUS"], ["person:alexei-navalny"]]]);
  });

  it("negative: with no doer named, the owner does not become the doer ('Girkin's arrest')", () => {
    const rec = extract("Russian authorities opened a case against Igor Girkin, a former FSB officer, on Tuesday. Sources said Girkin's arrest followed a conflict with a fellow member of his club.", "2023-07-22");
    expect(rec.events.filter((e) => e.type === "COERCE" && e.source.includes("person:igor-girkin"))).toEqual([]);
  });

  it("negative: an object after the noun names the one acted on, and the owner stays the doer", () => {
    expect(eventKeys("Poland's expulsion of the Russian ambassador angered Moscow.", "2023-07-22")).toContain("SANCTION POL>RUS");
    expect(parties("Putin's invasion of Ukraine began in February.")).toEqual([["ASSAULT", ["person:vladimir-putin"], ["UKR"]]]);
  });

  it("negative: a state that owns the noun is its doer ('Russia's arrests')", () => {
    expect(eventKeys("Russia's arrest of Evan Gershkovich, an American reporter, angered Washington.", "2023-07-22")).toContain("COERCE RUS>USA");
  });
});
