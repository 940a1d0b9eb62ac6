import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-05-02");

// senses.ts participleModifier: "occupied" that qualifies a place names its state, no act of this clause
describe("events: an occupied place as where an act happens is no occupation", () => {
  it("over an adverb of the state ('the temporarily occupied Crimea')", () => {
    expect(keys("Police detained activists in the temporarily occupied Crimea.").some((x) => x.startsWith("COERCE"))).toBe(false);
    expect(keys("Police detained three men in the illegally annexed peninsula.").some((x) => x.startsWith("COERCE"))).toBe(false);
    expect(keys("Officials reopened a school in the occupied Crimea.").some((x) => x.startsWith("COERCE"))).toBe(false);
  });

  it("after 'to' a past form qualifies the place ('a visit to illegally occupied Crimea')", () => {
    expect(keys("The minister made a trip to illegally occupied Crimea.").some((x) => x.startsWith("COERCE"))).toBe(false);
    expect(keys("Refugees returned to occupied Kherson.").some((x) => x.startsWith("COERCE"))).toBe(false);
  });

  it("after a noun conjunct that a preposition opens ('between the border and occupied Crimea')", () => {
    expect(keys("Ukraine struck supply lines between the Russian border and occupied Crimea.").some((x) => x.startsWith("COERCE"))).toBe(false);
  });

  it("negative: an infinitive and a second verb of the same subject stay acts", () => {
    expect(keys("Russia wants to illegally occupy Crimea.")).toContain("COERCE RUS>UKR");
    expect(keys("Russia invaded and occupied Crimea.")).toContain("COERCE RUS>UKR");
    expect(keys("Russia invaded Georgia and occupied Abkhazia.").some((x) => x.startsWith("COERCE RUS"))).toBe(true);
    expect(keys("Russian troops took up positions in Georgia and occupied Abkhazia.").some((x) => x.startsWith("COERCE RUS"))).toBe(true);
  });

  it("negative: the verb with its own subject stays an act", () => {
    expect(keys("Russia illegally occupied Crimea in 2014.")).toContain("COERCE RUS>UKR");
    expect(keys("Moscow has illegally annexed four Ukrainian regions.")).toContain("COERCE RUS>UKR");
  });
});
