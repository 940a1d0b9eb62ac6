import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// repelled-forces.ts and the verbs of defence in data/events.json: forces pushed or driven back, out
// or from a place, and attacks or forces repelled, are an ASSAULT (CAMEO 190) by the subject on the
// forces' or attackers' state.
const assault = (text: string) => eventKeys(text, "2022-04-02").filter((k) => k.startsWith("ASSAULT"));

describe("forces driven back or out are attacked by the subject", () => {
  it("the forces as the object, then 'back', 'out' or 'from'", () => {
    expect(assault("Ukrainian troops pushed Russian forces back from Kyiv.")).toEqual(["ASSAULT UKR>RUS"]);
    expect(assault("Russia has focused on driving Ukrainian forces out of Luhansk.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(assault("Ukraine pushed Russian forces from Snake Island.")).toEqual(["ASSAULT UKR>RUS"]);
  });
  it("the particle first, read by a verb pattern", () => {
    expect(assault("Ukraine pushed back Russian forces near Kharkiv.")).toEqual(["ASSAULT UKR>RUS"]);
    expect(assault("The Iraqis drove out Iranian forces from Fao.")).toEqual(["ASSAULT IRQ>IRN"]);
  });
});

describe("forces repelled are attacked by the subject", () => {
  it("forces repulsed, fought off or beaten back", () => {
    expect(assault("Ukraine repulsed Russian forces near Kharkiv.")).toEqual(["ASSAULT UKR>RUS"]);
    expect(assault("Finland fought off Soviet forces in 1940.")).toEqual(["ASSAULT FIN>RUS"]);
  });
});

describe("negative: no enemy forces driven back, no attacker repelled", () => {
  it("forces whose phrase names no state", () => {
    expect(assault("Kurdish fighters pushed the militants out of the villages.")).toEqual([]);
  });
  it("forces of the subject's own state", () => {
    expect(assault("Russia pushed its troops back to Belarus.")).toEqual([]);
  });
  it("a push toward an act is persuasion", () => {
    expect(assault("The United States pushed Israeli forces to limit strikes.")).toEqual([]);
  });
  it("the infinitive of a noun is the act of whoever the noun is of", () => {
    expect(assault("Britain said it is a realistic ambition to push Russian forces out of Ukraine.")).toEqual([]);
  });
  it("an attack repelled stays the attacker's act only (partaker.ts)", () => {
    expect(assault("Iraq said it had repelled an Iranian offensive near Basra.")).toEqual(["ASSAULT IRN>IRQ"]);
  });
  it("what is fended off is no attack", () => {
    expect(assault("Ukraine fended off Russian criticism.")).toEqual([]);
  });
});
