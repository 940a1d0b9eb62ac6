import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2024-08-05");

// find-parties.ts subjectBefore (passiveAgentVerb, patientOfPassive): "for" and a gerund after the
// agent of a passive names the deed of the one the passive is about, not of its agent
describe("events: a deed after 'by AGENT for' is the patient's, not the agent's", () => {
  it("'Three Iranian firms were sanctioned by the United States for helping Russia': IRN aids RUS", () => {
    const k = keys("Three Iranian firms were sanctioned by the United States for helping Russia build drones.");
    expect(k).toContain("AID IRN>RUS");
    expect(k).not.toContain("AID USA>RUS");
  });

  it("a patient that names no actor: 'The businessman was sanctioned by the UK for supporting Russia'", () => {
    const k = keys("The businessman was sanctioned by the UK for supporting Russia's war effort.");
    expect(k.filter((x) => x.startsWith("SUPPORT") || x.startsWith("AID"))).toEqual([]);
  });

  it("a reduced relative: 'The banker, punished by Britain for backing the Kremlin,'", () => {
    const k = keys("The banker, punished by Britain for backing the Kremlin, sold his London house.");
    expect(k.some((x) => x.startsWith("SUPPORT GBR") || x.startsWith("AID GBR"))).toBe(false);
  });

  it("'Poland was praised by Joe Biden for sending weapons to Ukraine': POL aids UKR", () => {
    const k = keys("Poland was praised by Joe Biden for sending weapons to Ukraine.");
    expect(k).toContain("AID POL>UKR");
    expect(k).not.toContain("AID USA>UKR");
  });

  it("negative: an active verb's object before 'for' still does the deed ('thanked Iran for supplying')", () => {
    expect(keys("Moscow thanked Iran for supplying drones to Russia's army.")).not.toContain("AID RUS>IRN");
    expect(keys("Kyiv criticised Hungary for blocking aid to Ukraine.")).toContain("ACCUSE UKR>HUN");
  });

  it("negative: a 'by' of means, no agent ('responded by sanctioning')", () => {
    expect(keys("Washington responded to the attack by sanctioning Iran.")).toContain("SANCTION USA>IRN");
  });
});

// target-rules.ts unattributedAttackPlace (senses.accidentBlasts): a blast an accident word
// qualifies is no weapon's, so it gives no place of an attack
describe("events: an accidental blast is no attack", () => {
  it("'a gas explosion near Mosul killed three Iraqi youths' gives no ASSAULT", () => {
    expect(keys("A gas explosion near the city of Mosul killed three Iraqi youths on Friday.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
  });

  it("'a gas explosion that killed 270 miners in the province of Zonguldak' gives no ASSAULT", () => {
    const k = keys("The country's worst mine disaster was a gas explosion that killed 270 Turkish miners in the province of Zonguldak in 1992.");
    expect(k.filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
  });

  it("'a boiler blast at a factory near Lahore killed 12 Pakistani workers' gives no ASSAULT", () => {
    expect(keys("A boiler blast at a factory near Lahore killed 12 Pakistani workers on Monday.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
  });

  it("'the mine disaster near Mosul killed three Iraqi youths': no ASSAULT", () => {
    expect(keys("Officials said the mine disaster near Mosul killed three Iraqi youths on Friday.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
  });

  it("negative: a weapon's blast keeps its place's state as doer, of its own people too", () => {
    expect(keys("A mine explosion near the city of Mosul killed three Iraqi youths on Friday.")).toContain("ASSAULT IRQ>IRQ");
    expect(keys("A bomb blast in Kabul killed 12 Afghan civilians on Monday.")).toContain("ASSAULT AFG>AFG");
    expect(keys("A car bomb in Kabul killed two German aid workers.")).toContain("ASSAULT AFG>DEU");
    expect(keys("A roadside bombing near Samarra killed one U.S. soldier.")).toContain("ASSAULT IRQ>USA");
  });

  it("negative: a weapon before a noun of an accident or a workplace stays a weapon ('rocket fire', 'mortar fire', 'drone operators')", () => {
    expect(keys("Rocket fire in Kabul killed 12 Afghan civilians on Monday.")).toContain("ASSAULT AFG>AFG");
    expect(keys("Mortar fire near the city of Mosul killed three Iraqi youths on Friday.")).toContain("ASSAULT IRQ>IRQ");
  });
});
