import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2012-05-14");

// Issue 13, item 2 (senses.weaponSubjects): weapons as the subject of a clause of their own name no doer
describe("events: 'as shells hit X' names no doer", () => {
  it("a clause opened by a subordinator: no actor further back does the attack", () => {
    const k = keys("Turkish soldiers patrolled the villages near Kirkuk as rockets hit an Iranian convoy.");
    expect(k).not.toContain("ASSAULT TUR>IRN");
  });

  it("the place of a doerless attack is one in the weapons' own clause, not the clause before", () => {
    expect(keys("Russian diplomats met Ukrainian negotiators in Minsk while shells struck a Ukrainian school.")).not.toContain("ASSAULT BLR>UKR");
  });

  it("negative: a sentence that is the weapons' own clause keeps the place of the attack", () => {
    expect(keys("Rockets hit an American base near Baghdad on Sunday.")).toContain("ASSAULT IRQ>USA");
  });

  it("negative: a demonym or an agent in the weapons' own phrase names the doer", () => {
    expect(keys("Russian shells hit Kharkiv overnight.")).toContain("ASSAULT RUS>UKR");
  });

  it("negative: weapons as an object ('using missiles') or in a clause coordinated with the doer's", () => {
    expect(keys("British aircraft using precision guided missiles killed four Iraqis near Basra.")).toContain("ASSAULT GBR>IRQ");
    expect(keys("Hezbollah gunmen fired at the patrol and mortars hit an Israeli outpost.")).toContain("ASSAULT LBN>ISR");
  });
});
