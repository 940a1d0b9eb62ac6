import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// joint-partners.ts: exercises or patrols a joint modifier qualifies, with partners after "with":
// the clause's subject cooperates with each partner.
const keys = (text: string) => eventKeys(text, "2023-03-01");
const coop = (text: string) => keys(text).filter((k) => k.startsWith("COOPERATE"));

describe("joint exercises with partners are military cooperation with each", () => {
  it("partners named by demonyms before a force noun", () => {
    expect(coop("Dutch marines took part in joint exercises with Norwegian, German and Danish troops.")).toEqual(["COOPERATE NLD>NOR+DEU+DNK"]);
  });
  it("a state as partner, over modifiers between the joint word and the noun", () => {
    expect(coop("Pakistan held joint naval drills with Turkey.")).toEqual(["COOPERATE PAK>TUR"]);
    expect(coop("Egypt staged combined air exercises with Greece on Tuesday.")).toEqual(["COOPERATE EGY>GRC"]);
  });
  it("the exercise verb gives no mobilising against the partner", () => {
    expect(keys("Vietnam conducted joint exercises with India.")).toEqual(["COOPERATE VNM>IND"]);
  });
  it("a planned exercise keeps its status", () => {
    const rec = keys("Serbia will hold joint military drills with Hungary next month.");
    expect(rec).toEqual(["COOPERATE SRB>HUN"]);
  });
});

describe("negative: a place, a reaction, no partner, a partner of one's own state", () => {
  it("exercises near a place name no partner", () => {
    expect(coop("Lithuanian troops held exercises near the Belarusian border.")).toEqual([]);
  });
  it("exercises a state reacted to", () => {
    expect(coop("Japanese troops held exercises that angered China.")).toEqual([]);
  });
  it("'with' and no actor", () => {
    expect(coop("The two navies held joint drills with live ammunition.")).toEqual([]);
  });
  it("a partner of the subject's own state", () => {
    expect(coop("The Indian army held joint exercises with the Indian navy.")).toEqual([]);
  });
});

describe("exercises with a partner and no joint word are cooperation too; war games are no war", () => {
  it("war games with a state", () => {
    expect(keys("Armenia held war games with Iran last week.")).toEqual(["COOPERATE ARM>IRN"]);
  });
  it("drills with a state, no joint modifier", () => {
    expect(coop("Greece staged naval drills with Egypt on Tuesday.")).toEqual(["COOPERATE GRC>EGY"]);
  });
  it("war games near a place: mobilising, no war", () => {
    const rec = keys("Belarus held war games near Poland.");
    expect(rec.filter((k) => k.startsWith("ASSAULT"))).toEqual([]);
  });
  it("negative: 'games' with no 'war' before it are no exercises", () => {
    expect(coop("Brazil played friendly games with Argentina in March.")).toEqual([]);
  });
  it("negative: drills with a thing, not a partner", () => {
    expect(coop("Latvia held drills with new Swedish-made rifles.")).toEqual([]);
  });
  it("a war with a state stays a war", () => {
    expect(keys("Ethiopia fought a war with Eritrea.").some((k) => k.startsWith("ASSAULT"))).toBe(true);
  });
});
