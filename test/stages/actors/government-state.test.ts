import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const stateOf = (text: string, name: string) => {
  const p = extract(text).actors.find((a) => a.kind === "person" && a.name === name);
  return p ? { country: p.country ?? null, rule: p.stateRule ?? null } : undefined;
};

describe("actors: a bare office title near a state's own government ties the holder to that state (government-state.ts)", () => {
  it("the state's possessive government in the sentence before", () => {
    expect(stateOf("Chile's government announced new limits on mining permits on Monday. Mining Minister Rafael Soto said the rules would take effect in March.", "Rafael Soto")).toEqual({ country: "CHL", rule: "actors/state:government-near" });
  });

  it("a demonym before the government, in the holder's own sentence", () => {
    expect(stateOf("The Austrian cabinet will approve the budget this week, Finance Minister Ilse Brandt said.", "Ilse Brandt")?.country).toBe("AUT");
  });

  it("'its' and 'the country's' stand for the state named just before", () => {
    expect(stateOf("Peru has entered a new crisis after its cabinet resigned over the weekend. Interior Minister Hugo Salas said elections would be held.", "Hugo Salas")?.country).toBe("PER");
    expect(stateOf("Kenya faces mounting debts, and the country's president has asked for help. Treasury Secretary Daniel Mwangi said talks would begin soon.", "Daniel Mwangi")?.country).toBe("KEN");
  });

  it("another state named as a place or a target does not stop it", () => {
    expect(stateOf("Norway's government said it would send more aid to Sudan. Development Minister Kari Lunde said the money would go to clinics.", "Kari Lunde")?.country).toBe("NOR");
  });

  it("a state that opens its clause and acts speaks as its government; a state inside the holder's quotation is no other government", () => {
    expect(stateOf("Portugal has braced itself for a wave of migrants. \"We must be ready for people who flee the war in Libya,\" Deputy Interior Minister Rui Costa told local radio.", "Rui Costa")?.country).toBe("PRT");
    expect(stateOf("Uruguay, a close partner of the bloc, welcomed the deal. Trade Minister Pablo Ruiz said exports would double.", "Pablo Ruiz")?.country).toBe("URY");
  });

  it("negative: a state that is only the object, or two acting states", () => {
    expect(stateOf("Floods hit Portugal last week. Interior Minister Rui Costa said the damage was great.", "Rui Costa")?.rule ?? null).not.toBe("actors/state:government-near");
    expect(stateOf("After the talks, Portugal rejected the plan, Spain accepted it. Interior Minister Rui Costa said the talks would go on.", "Rui Costa")?.country ?? null).toBeNull();
  });

  it("negative: a state acting beside another that acts too gives two sides", () => {
    expect(stateOf("Peru said Ecuador had closed the border, and Ecuadorean officials said Peruvian police fired first. Interior Minister Hugo Salas said the border would reopen.", "Hugo Salas")?.country ?? null).toBeNull();
  });

  it("negative: an office before a name is that person's title, not a government the next holder belongs to", () => {
    expect(stateOf("Ghanaian President Kwame Owusu and Prime Minister Hugo Salas met on Monday.", "Hugo Salas")?.rule ?? null).not.toBe("actors/state:government-near");
  });

  it("negative: the holder's sentence names another state", () => {
    expect(stateOf("Chile's government announced new limits on mining permits. Foreign Minister Rafael Soto said Argentina had agreed to the plan.", "Rafael Soto")?.country ?? null).not.toBe("CHL");
  });

  it("negative: a counterpart is another state's holder", () => {
    expect(stateOf("Hungary's government hosted talks in Budapest on Tuesday. Its officials met their counterparts, led by Foreign Minister Lukas Berger, for two hours.", "Lukas Berger")?.rule ?? null).not.toBe("actors/state:government-near");
  });

  it("negative: two states' governments in the two sentences leave the bare title unresolved", () => {
    expect(stateOf("Chile's government and Bolivia's government signed a water treaty on Monday. Interior Minister Rafael Soto said the deal was fair.", "Rafael Soto")?.country ?? null).toBeNull();
  });

  it("negative: a government named after the holder in the holder's sentence is what the holder acts on", () => {
    expect(stateOf("Foreign Minister Ilse Brandt criticised the Austrian government over its asylum law.", "Ilse Brandt")?.rule ?? null).not.toBe("actors/state:government-near");
  });

  it("negative: a legislator, a judge or a mayor is no member of the government named before", () => {
    expect(stateOf("Chile's government denied the charges on Monday. Senator Rafael Soto said the evidence was clear.", "Rafael Soto")?.rule ?? null).not.toBe("actors/state:government-near");
    expect(stateOf("Chile's government must pay the bondholders. Judge Rafael Soto said the debt was due.", "Rafael Soto")?.rule ?? null).not.toBe("actors/state:government-near");
    expect(stateOf("Chile's government shelled the border town for a week. Mayor Rafael Soto said the damage was great.", "Rafael Soto")?.rule ?? null).not.toBe("actors/state:government-near");
  });

  it("negative: a private person, and a holder far from the government", () => {
    expect(stateOf("Chile's government announced new limits on mining permits. Economist Rafael Soto said the rules would hurt exports.", "Rafael Soto")?.country ?? null).toBeNull();
    expect(stateOf("Chile's government announced new limits on mining permits. The rules would take effect in March. Exports fell last year. Mining Minister Rafael Soto spoke on Friday.", "Rafael Soto")?.rule ?? null).not.toBe("actors/state:government-near");
  });
});
