// Verbal and diplomatic acts in the general forms news reports them (issue 13, verbal recall):
// each family with the language's positive forms and the readings that must not fire.
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

function coded(text: string) {
  const rec = extract(text, "2024-03-01");
  const code = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? id;
  return rec.events.map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
}

describe("events: one adverb between a verb and its particle", () => {
  it.each([
    ["The British government is pushing hard for the United States to back the plan.", "REQUEST GBR>USA"],
    ["Britain took direct aim at Russia over the poisoning.", "ACCUSE GBR>RUS"],
    ["Germany called again on Iran to free the prisoners.", "REQUEST DEU>IRN"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("only for acts done by saying or deciding: an adverb changes what a meeting, a joint act or an attack was", () => {
    // the United States defended a right; it fired on no one
    expect(coded("The United States defended the right of Russian troops to fire protectively on militants in Azerbaijan.").some((k) => k.startsWith("ASSAULT USA"))).toBe(false);
  });

  it("an adverb that is itself a particle is not skipped", () => {
    // "backed back down" would read "back" as an adverb before "down"; "back" is a particle of its own
    expect(coded("Russia backed back down the road to Ukraine.").some((k) => k.startsWith("CONCEDE"))).toBe(false);
  });
});

describe("events: a participle glued by a hyphen is a modifier, not the next verb", () => {
  it("reaches the object and the party past it", () => {
    expect(coded("Turkey lifted its deal-breaking objections to Sweden's accession.")).toContain("CONCEDE TUR>SWE");
    expect(coded("Turkey agreed to lift deal-breaking objections to Sweden and Finland's Nato accession.")).toContain("CONCEDE TUR>SWE+FIN");
  });

  it("an actor before the hyphen only qualifies the noun: it is no party", () => {
    // "the Ukraine-related sanctions" are sanctions on Russia, not on Ukraine
    expect(coded("The Trump administration expanded the targets under the Ukraine-related sanctions.").some((k) => k.endsWith(">UKR"))).toBe(false);
  });
});

describe("events: applying to join an organisation asks it for membership", () => {
  it.each([
    ["Sweden applied to join NATO in May.", "REQUEST SWE>NATO"],
    ["Ukraine has formally applied to join the European Union.", "REQUEST UKR>EU"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("a rule that applies to a would-be member asks nothing", () => {
    expect(coded("The European Union's rules applied to Serbia, which wants to join the bloc.").some((k) => k.startsWith("REQUEST EU"))).toBe(false);
    expect(coded("The European Union's rules applied to Serbia whenever it tried to join the bloc.").some((k) => k.startsWith("REQUEST EU"))).toBe(false);
  });
});

describe("events: a commitment on a condition another party must meet threatens that party", () => {
  it.each([
    ["North Korea has pledged to bolster its nuclear arsenal unless Washington scraps its hostile policy.", "THREATEN PRK>USA"],
    ["Iran vowed to keep enriching uranium unless the United States lifts sanctions.", "THREATEN IRN>USA"],
    ["Iran said it would keep enriching uranium unless the United States lifts sanctions.", "THREATEN IRN>USA"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("the threat was made: it occurred, by the rule that found it", () => {
    const rec = extract("Iran vowed to keep enriching uranium unless the United States lifts sanctions.", "2024-03-01");
    expect(rec.events.find((e) => e.type === "THREATEN")).toMatchObject({ status: "occurred", rule: "events/conditional-threat", trigger: "vowed" });
  });

  it("a forecast on a condition, a negated vow or a condition no party meets is no threat", () => {
    expect(coded("The talks will fail unless Russia and Ukraine compromise.").some((k) => k.startsWith("THREATEN"))).toBe(false);
    expect(coded("Iran did not vow to keep enriching uranium unless the United States lifts sanctions.").some((k) => k.startsWith("THREATEN"))).toBe(false);
    expect(coded("Iran vowed to keep enriching uranium unless forced to stop by the United States.").some((k) => k.startsWith("THREATEN"))).toBe(false);
  });

  it("'if' opens an offer as often as a threat: only 'unless' makes the leverage", () => {
    expect(coded("Iran vowed to keep talking with Europe if the United States returns to the deal.").some((k) => k.startsWith("THREATEN"))).toBe(false);
  });
});

describe("events: a demand in the mandative subjunctive is a request to the one under the bare verb", () => {
  it.each([
    ["Russia insisted that Ukraine withdraw its troops.", "REQUEST RUS>UKR"],
    ["Moscow also insists that Ukraine make no agreement with NATO.", "REQUEST RUS>UKR"],
    ["Hamas insisted on its demand that Israel withdraw from Gaza.", "REQUEST PSE>ISR"],
    ["Israel rejected Hamas's demand that Israel withdraw from Gaza.", "REQUEST PSE>ISR"],
    ["Russia insisted that Ukraine's army withdraw from Bakhmut.", "REQUEST RUS>UKR"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("a noun of demand under another verb is a standing demand", () => {
    const rec = extract("Nor is it likely that Putin will abandon his insistence that Ukraine remain separate from Nato.", "2024-03-01");
    expect(rec.events.find((e) => e.rule === "events/mandative")).toMatchObject({ type: "REQUEST", status: "ongoing" });
  });

  it("the act demanded has not happened", () => {
    expect(coded("Hamas insisted on its demand that Israel withdraw from Gaza.").some((k) => k.startsWith("RETREAT"))).toBe(false);
    expect(coded("Israel rejected Hamas's demand that Israel withdraw from Gaza.").some((k) => k.startsWith("RETREAT"))).toBe(false);
  });

  it("a past tense or a claim after 'insisted that' reports, it demands nothing", () => {
    expect(coded("Russia insisted that Ukraine withdrew its troops.").some((k) => k.startsWith("REQUEST"))).toBe(false);
    expect(coded("Russia insisted that Ukraine was behind the attack.").some((k) => k.startsWith("REQUEST"))).toBe(false);
    expect(coded("Russia insisted that Ukraine had attacked first.").some((k) => k.startsWith("REQUEST"))).toBe(false);
  });
});
