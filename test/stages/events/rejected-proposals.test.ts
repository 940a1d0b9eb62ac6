import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string, published = "2022-05-01") => eventKeys(text, published);

// rejected-proposals.ts: the act a rejected proposal names did not happen and is no one's intent;
// a rejection without a party of its own is toward the first state the proposal names.
describe("rejected proposals", () => {
  it("the act inside a rejected, dismissed or rebuffed proposal is no event", () => {
    expect(keys("Syria rebuffed a Turkish demand to hand over the suspects.")).toEqual(["REJECT SYR>TUR"]);
    expect(keys("Israel dismissed an appeal from Egypt to halt the offensive in Gaza.")).toEqual(["REJECT ISR>EGY"]);
    expect(keys("Britain ignored appeals from Spain to return Gibraltar to Spanish rule.")).toEqual(["REJECT GBR>ESP"]);
  });

  it("a noun of proposing right after the verb is no request of its own", () => {
    expect(keys("Israel rejected calls for a ceasefire with Hamas.")).toEqual(["REJECT ISR>PSE"]);
  });

  it("a rejection with no proposer takes the state the proposal concerns", () => {
    expect(keys("Russia rejected a call for its troops to be withdrawn from Georgia.")).toEqual(["REJECT RUS>GEO"]);
    expect(keys("Turkey reneged on its commitment to Sweden.")).toEqual(["REJECT TUR>SWE"]);
  });

  it("a city where the proposed act would happen is no party", () => {
    expect(keys("The Syrian National Council has already rejected the idea of attending a Geneva conference.")).toEqual([]);
  });

  it("an accepted proposal, or an act after the rejection's clause, is kept", () => {
    expect(keys("Russia rejected the Ukrainian plan, saying it would attack Kyiv.")).toContain("THREATEN RUS>UKR");
    expect(keys("Iran rejected the proposal and attacked Iraq.")).toContain("ASSAULT IRN>IRQ");
    expect(keys("Russia rejected Ukraine's offer of talks.")).toEqual(["REJECT RUS>UKR"]);
  });
});

// rejected-proposals.ts refusedActs(): a refused act of cooperation rejects the party it would have
// been done with; a refused hostile act rejects no one.
describe("refused acts", () => {
  it("declining to meet, send, release or recognise is a rejection of that party", () => {
    expect(keys("North Korea declined to attend the talks with South Korea.")).toEqual(["REJECT PRK>KOR"]);
    expect(keys("Hungary declined to send weapons to Ukraine.")).toEqual(["REJECT HUN>UKR"]);
    expect(keys("Iran declined to release the British sailors.")).toEqual(["REJECT IRN>GBR"]);
  });

  it("declining to comment or to condemn is none", () => {
    expect(keys("The Pentagon declined to comment on Russia's claims.")).toEqual([]);
    expect(keys("India declined to condemn Russia.")).toEqual([]);
  });

  it("refusing to condemn or sanction a state turns down no one", () => {
    expect(keys("India refused to condemn Russia's invasion of Ukraine.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(keys("Germany refused to impose sanctions on Russia.")).toEqual([]);
    expect(keys("Hungary refused to send weapons to Ukraine.")).toEqual(["REJECT HUN>UKR"]);
  });
});

// rejectedProposals() without a noun of proposing: an act of cooperation the object names is what was
// turned down; a hostile act named there was done; the object's other parties are not the rejection's.
describe("an act named as the object of a rejection", () => {
  it("a cooperative act rejected is no act, and its party is the rejection's", () => {
    expect(keys("The US rejected the transfer of Polish jets to Ukraine.")).toEqual(["REJECT USA>POL"]);
    expect(keys("Israel rejected a ceasefire with Hamas.")).toEqual(["REJECT ISR>PSE"]);
  });

  it("a verb trigger used as a modifier in the object is no act", () => {
    expect(keys("But Biden has rejected a no-fly zone and the transfer of Polish MiG fighter jets.")).toEqual(["REJECT USA>POL"]);
  });

  it("a hostile act rejected was done; a breached agreement was made", () => {
    expect(keys("Ukraine rejected Russia's annexation of Crimea.")).toContain("COERCE RUS>UKR");
  });

  it("other parties in the object or a passive's agent give no target", () => {
    expect(keys("Trump refused to say that Russia was responsible for the hacks.")).toEqual([]);
    expect(keys("The ship was famously defied by Ukrainian troops on Snake Island.")).toEqual([]);
  });
});

// rejected-proposals.ts admissions(): conceding a point is no concession to a party.
describe("admissions", () => {
  it("a verb of conceding before 'that' or a clause admits a point", () => {
    expect(keys("Donald Trump conceded the Kremlin was likely behind the hacks.")).toEqual([]);
    expect(keys("The Serbian government conceded that Albania had won the vote.").some((k) => k.startsWith("CONCEDE"))).toBe(false);
  });

  it("conceding defeat or ground to a party is a concession", () => {
    expect(keys("Armenia conceded defeat to Azerbaijan.")).toEqual(["CONCEDE ARM>AZE"]);
    expect(keys("Russia conceded the region to Ukraine.")).toEqual(["CONCEDE RUS>UKR"]);
  });

  it("a noun of demanding right in the object of a concession is no demand of the one who yields", () => {
    expect(keys("Azerbaijan conceded to demands from Russia.")).toEqual(["CONCEDE AZE>RUS"]);
  });
});

describe("rejected proposals: one's own commitment turned down", () => {
  it("is toward the one it was made to, even when 'his' or 'her' names the one who reneges", () => {
    expect(keys("President Levy Mwanawasa has reneged on his commitment to the Zambian people.", "2005-01-01")).toEqual(["REJECT ZMB>ZMB"]);
    expect(keys("President Erdogan reneged on his commitment to Sweden.")).toEqual(["REJECT TUR>SWE"]);
  });

  it("negative: a commitment made to no one names no party, and one's own decision defended is no support", () => {
    expect(keys("President Erdogan reneged on his commitment.")).toEqual([]);
    expect(keys("Biden defended his decision.")).toEqual([]);
  });
});

describe("rejected proposals: sanctions turned down by a third party were proposed, not imposed", () => {
  it("'Germany rejected EU energy sanctions on Russia' is no SANCTION", () => {
    expect(eventKeys("Germany rejected EU energy sanctions on Russia.", "2022-06-01")).toEqual(["REJECT DEU>EU"]);
  });

  it("negative: the state the sanctions fall on rejects measures in force, which stay", () => {
    expect(eventKeys("Moscow rejected the new US sanctions on Russia.", "2022-06-01")).toContain("SANCTION USA>RUS");
  });
});
