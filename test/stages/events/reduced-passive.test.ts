import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// senses.victimParticiples: a participle of harm right after an actor's phrase qualifies that actor as the one harmed
const codes = (text: string) => {
  const doc = extract(text, "2022-06-01");
  const code = (id: string) => doc.actors.find((a) => a.id === id)?.code ?? id;
  return doc.events.map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
};

describe("reduced passives: the actor before a participle of harm is the one harmed", () => {
  it("victims named with a count after a preposition are no attackers", () => {
    expect(codes("Johnson was one of four Americans killed in an ambush in Niger.")).toEqual([]);
    expect(codes("The remains of all four Americans killed in Libya have been recovered.")).toEqual([]);
  });

  it("the doer comes from 'by' or the attack it happened in", () => {
    expect(codes("All ten U.S. Navy sailors detained by Iran have been freed.")).toContain("COERCE IRN>USA");
    expect(codes("Three Russian soldiers wounded in a Ukrainian strike were taken to hospital.")).toEqual(["ASSAULT UKR>RUS"]);
    expect(codes("Among the dead were two Israelis killed by Hamas gunmen.").some((k) => k.endsWith(">ISR"))).toBe(true);
  });

  it("with an object after it, or as the clause's own verb, the participle stays active", () => {
    expect(codes("Russian troops killed two Ukrainian civilians.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(codes("Israeli troops shot dead a Palestinian.")).toEqual(["ASSAULT ISR>PSE"]);
    expect(codes("Turkish police detained on Monday 20 Syrian journalists, the agency said.")).toEqual(["COERCE TUR>SYR"]);
  });

  // a count right before a participle of harm stands for the people counted ("707 injured"); whoever
  // records or counts them is no doer
  it("a count before the participle names victims, not the subject of the verb that counts them", () => {
    expect(codes("The United Nations recorded 351 civilians killed and 707 injured in Ukraine on Friday.")).toEqual([]);
    expect(codes("Turkish officials documented 48 dead and 112 wounded in Syria after the blast.")).toEqual([]);
    expect(codes("Ukrainian officials said 20 were killed by Russian shelling in Kharkiv.")).toEqual(["ASSAULT RUS>UKR"]);
  });

  it("a count after the verb is its object, and a year before it no victim", () => {
    expect(codes("Russian troops killed 300 civilians in Bucha.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(codes("Russian forces killed 12 and wounded 30 in Kharkiv.")).toEqual(["ASSAULT RUS>UKR"]);
  });

  it("a date's day before the verb is no count of victims", () => {
    expect(codes("Russian troops on Oct. 7 killed about 40 civilians in Kherson.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(codes("Russian troops on 7 October killed at least 40 civilians in Kherson.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(codes("Russian troops on March 9 killed nearly 40 civilians in Kherson.")).toEqual(["ASSAULT RUS>UKR"]);
  });
});
