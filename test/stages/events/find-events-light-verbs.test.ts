import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2023-02-25");

// find-events.ts nounEvent: a participle after a preposition or an article is no light verb
describe("events: 'amid continued pressure' gives the pressure no doer from the clause", () => {
  it("a participle after a preposition qualifies the noun: the clause's subject does not press", () => {
    const k = keys("China is considering sending lethal aid to Russia amid continued pressure from Western sanctions regimes on Russia's defense industry.");
    expect(k.some((x) => x.startsWith("REQUEST CHN"))).toBe(false);
  });

  it("negative: a light verb with a subject still gives the noun its doer", () => {
    expect(keys("Russia launched an attack on Kharkiv.")).toContain("ASSAULT RUS>UKR");
    expect(keys("The United States continued pressure on Iran over its nuclear programme.").some((x) => x.startsWith("REQUEST USA>IRN") || x.startsWith("COERCE USA>IRN"))).toBe(true);
  });
});
