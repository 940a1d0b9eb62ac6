import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2022-06-01");

// issue 13: an attack whose object is a thing (a policy, a decision, a crackdown, red tape) is
// criticism: ACCUSE of the thing's owner when one is named, no event when none is; never ASSAULT
describe("senses: attacking a thing is criticism of its owner", () => {
  it("'attacked Germany's energy policy', 'attacked the policies of Japan' accuse the owner", () => {
    expect(keys("Poland attacked Germany's energy policy on Tuesday.")).toEqual(["ACCUSE POL>DEU"]);
    expect(keys("Britain attacked China's crackdown on dissent.")).toContain("ACCUSE GBR>CHN");
    expect(keys("Seoul sharply attacked the trade policies of Japan.")).toEqual(["ACCUSE KOR>JPN"]);
  });
  it("a thing with no owner named gives no event, and never an assault", () => {
    expect(keys("Kenya's president attacked government red tape in a speech.").some((k) => k.startsWith("ASSAULT"))).toBe(false);
    expect(keys("France attacked the decision, calling it a mistake.")).toEqual([]);
  });
  it("an attack on a state, a place or a force stays an assault", () => {
    expect(keys("Russia attacked Ukraine on Monday.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(keys("Insurgents attacked the convoy near Kandahar.").some((k) => k.startsWith("ASSAULT"))).toBe(true);
    expect(keys("Israeli jets attacked the village under the new plan.").some((k) => k.startsWith("ACCUSE"))).toBe(false);
    expect(keys("Russia attacked Ukraine's power grid overnight.")).toEqual(["ASSAULT RUS>UKR"]);
  });
});
