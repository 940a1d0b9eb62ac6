// The UI's presentation helpers (ui/src/format.ts): plain words for counts and rule ids.
import { describe, expect, it } from "vitest";
import { count, ruleWords } from "../../ui/src/format.js";

describe("count", () => {
  it("puts the noun in the right number", () => {
    expect(count(1, "month")).toBe("1 month");
    expect(count(6, "month")).toBe("6 months");
    expect(count(0, "event")).toBe("0 events");
    expect(count(1200, "event")).toBe("1,200 events");
    expect(count(2, "country", "countries")).toBe("2 countries");
  });
});

describe("ruleWords", () => {
  it("says a rule id in words", () => {
    expect(ruleWords("events/verb:engage-in-talks+infinitive+intent")).toBe("verb “engage in talks” · infinitive, intent");
    expect(ruleWords("events/noun:visit-noun+background:during")).toBe("noun “visit” · background (“during”)");
    expect(ruleWords("events/verb:accuse")).toBe("verb “accuse”");
    expect(ruleWords("events/statement:accuse-aggression+subject")).toBe("statement “accuse aggression” · subject");
    expect(ruleWords("events/obligation")).toBe("obligation");
    expect(ruleWords("events/supplied-arms:supplied+background:supplied")).toBe("arms supplied “supplied” · background (“supplied”)");
  });
  it("leaves what it cannot read as it is", () => {
    expect(ruleWords("Some Rule!")).toBe("Some Rule!");
  });
});
