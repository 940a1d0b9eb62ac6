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

// "strike X as ADJ" says how a thing seems to X; "sue for peace" asks for peace: no assault, no lawsuit
describe("senses: 'strike X as' and 'sue for peace' are idioms, not acts", () => {
  it("'struck Beijing as hostile', 'may strike Moscow as weak' are no assault", () => {
    expect(keys("The senator's remarks struck Beijing as needlessly hostile.")).toEqual([]);
    expect(keys("Such an offer may strike Moscow as weak.")).toEqual([]);
    expect(keys("It strikes me as deeply cynical, Biden said.")).toEqual([]);
  });
  it("'struck Kyiv as a warning', 'struck Gaza as talks went on', 'struck the town' stay assaults", () => {
    expect(keys("Russia struck Kyiv as a warning to the West.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(keys("Israel struck Gaza as talks went on in Cairo.").some((k) => k.startsWith("ASSAULT ISR"))).toBe(true);
    expect(keys("Russian forces struck the town of Bakhmut on Friday.").some((k) => k.startsWith("ASSAULT RUS"))).toBe(true);
  });
  it("'forced to sue Russia for peace', 'Japan sued for peace' are no lawsuit", () => {
    expect(keys("Ukraine was never forced to sue Russia for peace.").some((k) => k.startsWith("ACCUSE"))).toBe(false);
    expect(keys("Hamas is suing Israel for peace, the paper claimed.").some((k) => k.startsWith("ACCUSE"))).toBe(false);
    expect(keys("Japan sued for peace in August 1945.")).toEqual([]);
  });
  it("'sued the government', 'sued Russia for damages' stay accusations", () => {
    expect(keys("Ukraine sued Russia at the International Court of Justice.")).toEqual(["ACCUSE UKR>RUS"]);
    expect(keys("Georgia sued Russia for damages over the war.").some((k) => k.startsWith("ACCUSE GEO>RUS"))).toBe(true);
  });
  it("'hit Sberbank with sanctions' is a sanction; 'hit the capital with missiles' an assault", () => {
    expect(keys("Washington hit Russia with new sanctions on Friday.")).toEqual(["SANCTION USA>RUS"]);
    expect(keys("Russia hit the Ukrainian capital with missiles on Monday.").some((k) => k.startsWith("ASSAULT RUS>UKR"))).toBe(true);
  });
});
