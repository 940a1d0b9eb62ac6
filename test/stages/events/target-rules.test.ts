import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

const keys = (text: string, published = "2022-05-01") => eventKeys(text, published);

describe("target rules: where the doer itself goes is no party", () => {
  it("a refusal to deploy, go or serve somewhere is no refusal toward that place's state", () => {
    expect(keys("Russian national guard officers refused to deploy to Ukraine.").some((x) => x.startsWith("REJECT") && x.endsWith(">UKR"))).toBe(false);
    expect(keys("Several Belarusian soldiers refused to go into Ukraine.").some((x) => x.startsWith("REJECT") && x.endsWith(">UKR"))).toBe(false);
    expect(keys("Some Russian conscripts refused to fight in Ukraine.").some((x) => x.startsWith("REJECT") && x.endsWith(">UKR"))).toBe(false);
  });

  it("a refusal to send something to a state is toward it", () => {
    expect(keys("Hungary refused to send weapons to Ukraine.")).toContain("REJECT HUN>UKR");
  });

  it("troops deployed to a state still take it as the target of the agreement", () => {
    expect(keys("Germany agreed to deploy troops to Lithuania.")).toContain("AGREE DEU>LTU");
  });
});

// target-rules.ts obligations(): an obligation laid on a party in reported words is the speaker's
// demand of that party, only when the party is the one obliged and the words assert the obligation.
const obliged = (text: string) => {
  const r = extract(text);
  const codeOf = (id: string) => r.actors.find((a) => a.id === id)?.code ?? id;
  return r.events.filter((e) => e.rule === "events/obligation").map((e) => `${e.source.map(codeOf).join("+")}>${e.target.map(codeOf).join("+")}`);
};

describe("obligations: the party obliged is the clause's subject", () => {
  it("a party right before the modal, its agent after 'by', or people a place locates", () => {
    expect(obliged("The British minister said on Monday that China must drop its trade barriers.")).toEqual(["GBR>CHN"]);
    expect(obliged("“These unacceptable attacks by Russia must cease immediately,” the Canadian prime minister Justin Trudeau said.")).toEqual(["CAN>RUS"]);
    expect(obliged("The British foreign secretary Jack Straw said that the rebels in Darfur must reach an agreement.")).toEqual(["GBR>SDN"]);
  });
  it("negative: a party inside a prepositional phrase or an infinitive's object is not obliged", () => {
    expect(obliged("The Israeli prime minister Benjamin Netanyahu said the deal with Iran should be amended or scrapped.")).toEqual([]);
    expect(obliged("The US trade representative said the free trade agreements with Canada and Israel should help to pave the way.")).toEqual([]);
    expect(obliged("The US defence secretary said that the campaign to take Raqqa should be accelerated.")).toEqual([]);
  });
});

describe("obligations: words that demand nothing", () => {
  it("negative: a past counterfactual reproaches ('should have gone')", () => {
    expect(obliged("The British minister said that China should have dropped its trade barriers.")).toEqual([]);
    expect(obliged("The British minister said that China must not have known.")).toEqual([]);
  });
  it("negative: an obligation under words that do not assert it", () => {
    expect(obliged("“I have never suggested that Israel should trade away its security,” US President Barack Obama said.")).toEqual([]);
    expect(obliged("“We do not believe that Iran must give up enrichment,” the Russian foreign minister said.")).toEqual([]);
  });
});

// target-rules.ts admittedParty(): the party a verb of admitting lets in, not the place it goes.
describe("target rules: the party let in", () => {
  it("peacekeepers or inspectors of a body let into a place of the doer's own state", () => {
    expect(keys("Sudan agreed to allow UN peacekeepers into Darfur.")).toContain("CONCEDE SDN>UN");
    expect(keys("Iran allowed IAEA inspectors into the Fordow site.")).toEqual(["CONCEDE IRN>IAEA"]);
  });

  it("a party the pattern found itself stays", () => {
    expect(keys("Israel allowed aid into Gaza.")).toEqual(["CONCEDE ISR>PSE"]);
  });
});

// target-rules.ts relayingPlace(), borderPlace(); find-events.ts: fighting between parties
describe("force: places that are no party", () => {
  it("an attack with no doer named is coded to the place it happened, spelled without GeoNames' marks", () => {
    expect(keys("A car bomb near the city of Samarra killed three British contractors on Tuesday.")).toContain("ASSAULT IRQ>GBR");
    expect(keys("A roadside mine outside the town of Gorazde killed two French peacekeepers.")).toContain("ASSAULT BIH>FRA");
  });

  // (senses.weaponBlasts serves both: the sentence tells of a blast, and "the bombing of X" names what was struck)
  it("a word of a blast that heads no weapon subject ('device', 'suicide') still marks an attack with no doer", () => {
    expect(keys("A suicide attacker near the city of Samarra killed two Turkish engineers.")).toContain("ASSAULT IRQ>TUR");
    expect(keys("An explosive device outside the city of Kandahar killed four Canadian soldiers.")).toContain("ASSAULT AFG>CAN");
  });

  it("negative: a place after a blast word and 'of' is what was struck, not the place of another doerless attack", () => {
    const k = keys("A veteran recalled the bombing of Belgrade as rockets killed two Serbian police officers.");
    expect(k.some((x) => x.startsWith("ASSAULT SRB>"))).toBe(false);
  });

  it("the place of those who relay the news is no target nor place of the attack", () => {
    const k = keys("Ethiopian troops shelled rebel positions on Sunday, killing about 30 people, aid workers in Nairobi said.");
    expect(k.some((x) => x.endsWith(">KEN"))).toBe(false);
    expect(keys("A bomb exploded in a crowded market, killing 12 Pakistani workers, officials in Kabul said on Monday.").some((x) => x.startsWith("ASSAULT AFG"))).toBe(false);
  });

  it("a place where the act happened, with no relayer after it, stays the target", () => {
    expect(keys("Russian missiles killed 14 people in Kharkiv on Sunday.")).toContain("ASSAULT RUS>UKR");
  });

  it("a state's border after a preposition of place is where, not whom", () => {
    expect(keys("Burmese troops captured a rebel camp on the Thai border after a week of fighting.").some((x) => x.endsWith(">THA"))).toBe(false);
    expect(keys("Pakistani troops killed six militants near the Afghan border.").some((x) => x.endsWith(">AFG"))).toBe(false);
  });

  it("negative: a border's own people or villages, and forces massed on a border, keep the state", () => {
    expect(keys("Burmese troops shelled Thai border villages.")).toContain("ASSAULT MMR>THA");
    expect(keys("Burmese troops attacked Thai border guards.")).toContain("ASSAULT MMR>THA");
    expect(keys("Russia deployed troops to the Ukrainian border.")).toContain("MOBILIZE RUS>UKR");
  });

  it("fighting between two parties is theirs, not the clause subject's", () => {
    const k = keys("Russia closed its border with Georgia because of fighting between Azerbaijanis and Armenians.");
    expect(k).toContain("ASSAULT AZE>ARM");
    expect(k.some((x) => x.startsWith("ASSAULT RUS"))).toBe(false);
  });

  it("negative: a noun's war or clash between two states is often a figure or a forecast", () => {
    expect(keys("The trade clash between Washington and Beijing hit Tesla's sales.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
    expect(keys("He called it a proxy war between Russia and NATO.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
  });
});

// target-rules.ts crowdPlace(): a protest by the public is held by the people of its place
describe("protests: the public of the place a protest is held in", () => {
  it("people with no state named protest as the place's public, against the one the cue names", () => {
    expect(keys("Hundreds of thousands of people marched in Hong Kong in defiance of Chinese authorities.")).toContain("PROTEST HKG>CHN");
    expect(keys("About 200 villagers protested in Herat against NATO after the air strike.")).toContain("PROTEST AFG>NATO");
  });

  it("negative: doers with a state of their own keep it, and a place before the verb is not the crowd's", () => {
    expect(keys("Ukrainian refugees protested in Warsaw against Russia's invasion.")).toContain("PROTEST UKR>RUS");
    expect(keys("Ukrainian refugees protested in Warsaw against Russia's invasion.").some((x) => x.startsWith("PROTEST POL"))).toBe(false);
    expect(keys("Thousands of people who fled Syria protested outside the embassy.").filter((x) => x.startsWith("PROTEST"))).toEqual([]);
  });
});

// find-events.ts verbEvent: a protest's place is its target only at home
describe("protests: the place a protest is held in", () => {
  it("a protest held abroad is not against the state it is held in", () => {
    expect(keys("Thousands of Palestinian refugees rallied in southern Lebanon on Tuesday to mark the Nakba.").some((x) => x.startsWith("PROTEST PSE>LBN"))).toBe(false);
    expect(keys("Hundreds of Iranian exiles demonstrated in Paris on Saturday.").some((x) => x.startsWith("PROTEST IRN>FRA"))).toBe(false);
  });
  it("negative: the cue still names what a protest abroad is against", () => {
    expect(keys("Hundreds of Iranian exiles demonstrated in Paris on Saturday against the Iranian government's crackdown.").some((x) => x.endsWith(">FRA"))).toBe(false);
    expect(keys("Thousands of Ukrainian refugees rallied in Warsaw against Russia's invasion.")).toContain("PROTEST UKR>RUS");
  });
  it("a time after a border is no head of its phrase", () => {
    expect(keys("Kurdish rebels attacked an army post near the Turkish border yesterday.").some((x) => x.endsWith(">TUR") && x.startsWith("ASSAULT"))).toBe(false);
  });
});

describe("obligations: armed rebels' demand of their own government", () => {
  it("rebels who say their government must act demand of the other side of the conflict", () => {
    expect(obliged("Rwandan rebels announced that President Paul Kagame must agree to major constitutional changes.")).toEqual(["RWA>RWA"]);
  });
  it("a politician's 'the country should' stays domestic debate, no demand", () => {
    expect(obliged("Senator John McCain said the United States has to act in Syria.")).toEqual([]);
    expect(obliged("Labour's Yvette Cooper said Britain should do more for refugees.")).toEqual([]);
  });
});
