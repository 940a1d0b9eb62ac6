import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

/** events as "TYPE SRC>TGT" with state codes */
const keys = (text: string, published = "2024-05-01") => eventKeys(text, published);
const typed = (text: string, type: string) => keys(text).filter((k) => k.startsWith(type + " "));

describe("events: a restrictive relative clause after a preposition of partnership (find-parties partnerRelative)", () => {
  it("an unnamed antecedent after 'with', 'to', 'against' is the clause's subject: no doer from the main clause", () => {
    expect(typed("Moscow has built ties with groups who attacked Israel.", "ASSAULT")).toEqual([]);
    expect(typed("Russia is increasingly collaborating with other nations who oppose us.", "REJECT")).toEqual([]);
    expect(typed("Tehran supplied drones to militias that struck Israel last week.", "ASSAULT")).toEqual([]);
    expect(typed("Britain imposed sanctions against businessmen who financed the invasion of Ukraine.", "ASSAULT")).toEqual([]);
  });

  it("a named antecedent after such a preposition is the clause's subject", () => {
    expect(keys("Turkey held talks with Russian troops who attacked Kyiv.")).toContain("ASSAULT RUS>UKR");
    expect(keys("Turkey held talks with Russian troops who attacked Kyiv.")).not.toContain("ASSAULT TUR>UKR");
    // a group whose state the text only implies is no named antecedent: who they are stays open
    expect(typed("Moscow denied any Russian link to the armed men who seized the parliament in Crimea.", "ASSAULT").some((k) => k.startsWith("ASSAULT RUS>RUS"))).toBe(false);
  });

  it("not after 'of', 'among' or 'be', nor without a relative pronoun: the main subject may be the doer", () => {
    // the subject is one of the countries: it attacked
    expect(keys("Russia was one of the countries that attacked Georgia.")).toContain("ASSAULT RUS>GEO");
    // a relative clause after a comma is another rule's; a plain object before a verb is no antecedent
    expect(keys("Russia is collaborating with Iran, which attacked Israel.")).toContain("ASSAULT IRN>ISR");
    expect(keys("Russia is collaborating with Iran.")).toContain("COOPERATE RUS>IRN");
    // a partner named right before the main verb keeps its own act
    expect(keys("Germany worked with France and then criticised Russia.")).toContain("ACCUSE DEU>RUS");
  });
});
