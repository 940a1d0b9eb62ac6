// The UI's plain words for rule ids (issue 15 item 5: "verb 'meet'", the id on hover).
import { describe, expect, it } from "vitest";
import { count, ruleWords } from "../../ui/src/format.js";

describe("ruleWords", () => {
  it("says a rule's family, its pattern and its parts in words", () => {
    expect(ruleWords("events/verb:meet")).toBe("verb “meet”");
    expect(ruleWords("events/verb:engage-in-talks+infinitive+intent")).toBe("verb “engage in talks”, with a to-infinitive, as an intent");
    expect(ruleWords("events/noun:visit-noun+background:during")).toBe("noun “visit”, background (after “during”)");
    expect(ruleWords("events/statement:criticize+sole-party")).toBe("statement “criticize”, the speaker's side alone");
    expect(ruleWords("events/verb:speech-throw-weight-behind")).toBe("verb “throw weight behind”");
    expect(ruleWords("events/obligation")).toBe("obligation");
    expect(ruleWords("events/verb:p2-apply-sanction-163")).toBe("PETRARCH-2 verb “apply sanction”");
  });

  it("an id of another shape stays readable, never empty", () => {
    expect(ruleWords("events/verb:take-hostage+passive+novel-part")).toBe("verb “take hostage”, passive, novel part");
    expect(ruleWords("petrarch2/verb")).toBe("petrarch2/verb");
  });
});

describe("count", () => {
  it("puts the noun in the right number", () => {
    expect(count(1, "month")).toBe("1 month");
    expect(count(6, "month")).toBe("6 months");
    expect(count(0, "event")).toBe("0 events");
    expect(count(1200, "event")).toBe("1,200 events");
    expect(count(2, "country", "countries")).toBe("2 countries");
  });
});
