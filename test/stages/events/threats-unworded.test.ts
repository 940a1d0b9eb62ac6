// Threats that news reports without the word "threaten": a hostile act committed to on an "if" or
// "until" condition another party must meet (conditional-threats.ts), a time limit given to another
// party (ultimatums.ts), and the status of a coded act put on a condition (find-events.ts).
import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2021-03-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

const threats = (text: string) => coded(text).filter((k) => k.startsWith("THREATEN"));

describe("a hostile act committed to on an 'if' or 'until' condition threatens the condition's party", () => {
  it.each([
    ["Iran said it would retaliate if Israel attacked its nuclear sites.", "THREATEN IRN>ISR occurred"],
    ["Pyongyang vowed to fight until the United States abandons its hostile policy.", "THREATEN PRK>USA occurred"],
    ["Damascus said it would keep fighting until Turkey withdraws its troops.", "THREATEN SYR>TUR occurred"],
    ["Moscow warned it may cut gas supplies if Poland keeps blocking the pipeline.", "THREATEN RUS>POL occurred"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("is made by the words that commit, by its own rule", () => {
    const rec = extract("Iran said it would retaliate if Israel attacked its nuclear sites.", "2021-03-01");
    expect(rec.events.find((e) => e.type === "THREATEN")).toMatchObject({ rule: "events/conditional-threat:if", trigger: "said", status: "occurred" });
  });

  it("an offer or a pledge on a condition is no threat", () => {
    expect(threats("Germany said it would help Ukraine if Russia attacked again.")).toEqual([]);
    expect(threats("Russia said it would halt its strikes if Ukraine agreed to talks.")).toEqual([]);
    expect(threats("Moscow said it would pull its troops out if Kyiv accepted neutrality.")).toEqual([]);
    expect(threats("The government said it would cut taxes if Brussels approved the budget.")).toEqual([]);
  });

  it("a negated act, a condition no other state meets or a reporter's 'if' is no threat", () => {
    expect(threats("Israel said it would not retaliate if Hezbollah stopped its attacks.")).toEqual([]);
    expect(threats("Biden said the United States would retaliate if Americans were harmed.")).toEqual([]);
    expect(threats("Asked if China would attack Taiwan, the minister declined to comment.")).toEqual([]);
    expect(threats("The minister said he will fight until the end.")).toEqual([]);
  });
});

describe("a threatened act named by a light verb or a verb of responding, or in the narrator's 'will'", () => {
  it.each([
    ["China said it would take countermeasures if Japan sent warships to the islands.", "THREATEN CHN>JPN occurred"],
    ["Moscow said it would respond in kind if Norway hosted American missiles.", "THREATEN RUS>NOR occurred"],
    ["Kyiv will close its airspace to Russian planes if Moscow recognises the regions.", "THREATEN UKR>RUS occurred"],
    ["Minsk will launch military action against Ukraine if its territory is attacked.", "THREATEN BLR>UKR occurred"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("the narrator's 'will' is triggered by the act, not by 'will'", () => {
    const rec = extract("Kyiv will close its airspace to Russian planes if Moscow recognises the regions.", "2021-03-01");
    expect(rec.events.find((e) => e.type === "THREATEN")).toMatchObject({ rule: "events/conditional-threat:if", trigger: "close" });
  });

  it("a friendly response, taking part, a forecast's 'would' or no hostile act is no threat", () => {
    expect(threats("Iran said it would respond positively if the United States lifted sanctions.")).toEqual([]);
    expect(threats("Serbia said it would take part in the talks if Kosovo joined.")).toEqual([]);
    expect(threats("Sweden would be helped by Norway if Russia attacked it.")).toEqual([]);
    expect(threats("Prices will rise if Russia cuts gas supplies to Germany.")).toEqual([]);
    expect(threats("The rebels will fight until the government falls.")).toEqual([]);
  });
});

describe("a coded act put on a condition is a threat made, not one still to come", () => {
  it("a trailing reporter: the threat occurred", () => {
    expect(coded("Turkey will freeze relations with Austria if it recognises the killings as genocide, the foreign minister said.")).toContain("THREATEN TUR>AUT occurred");
  });
});

describe("a time limit given to another party is an ultimatum", () => {
  it.each([
    ["The United States gave Syria 48 hours to withdraw its forces from the border.", "THREATEN USA>SYR occurred"],
    ["NATO gave Serbia until Friday to accept the peace plan.", "THREATEN NATO>SRB occurred"],
    ["The Security Council set a deadline for Iraq to hand over its weapons.", "THREATEN UNSC>IRQ occurred"],
    ["The European Union set Britain a deadline to settle its divorce bill.", "THREATEN EU>GBR occurred"],
    ["Tehran set a July 7 deadline for the European Union to offer better terms.", "THREATEN IRN>EU occurred"],
  ])("%s", (text, want) => {
    const got = coded(text).map((k) => k.replace(/^THREATEN [^>]*(NATO|nato)>/, "THREATEN NATO>").replace(/^THREATEN [^>]*(security-council|UNSC|UN)>/, "THREATEN UNSC>").replace(/^THREATEN [^>]*(EU|eu)>/, "THREATEN EU>"));
    expect(got).toContain(want);
  });

  it("a passive expulsion, a domestic deadline or a time with no party is no ultimatum", () => {
    expect(threats("Russian diplomats were given 72 hours to leave the country.")).toEqual([]);
    expect(threats("The president gave parliament 30 days to pass the budget.")).toEqual([]);
    expect(threats("The court gave the company two weeks to respond.")).toEqual([]);
    expect(threats("The ministers gave themselves two weeks to finish the report.")).toEqual([]);
    expect(threats("The two sides have set a 30 June deadline to reach a deal.")).toEqual([]);
  });
});

describe("a doer that will no longer tolerate another party's acts threatens it", () => {
  it.each([
    ["China said it will no longer tolerate provocations by Taiwan.", "THREATEN CHN>TWN occurred"],
    ["Seoul would no longer tolerate North Korean missile launches, the minister said.", "THREATEN KOR>PRK occurred"],
  ])("%s", (text, want) => expect(coded(text)).toContain(want));

  it("a past change, a policy toward people or goods, or no other party is no threat", () => {
    expect(threats("The ministry said it no longer tolerated dissent from Ukraine.")).toEqual([]);
    expect(threats("Germany will no longer accept asylum seekers from Syria.")).toEqual([]);
    expect(threats("Poland said it will no longer accept Ukrainian grain imports.")).toEqual([]);
    expect(threats("France said it will no longer tolerate violence against its own police.")).toEqual([]);
  });
});

describe("one event per act: a boycott threatened on a condition is no boycott planned", () => {
  it("'would boycott the Games if Russia took part' is THREATEN alone", () => {
    const got = coded("Japan said it would boycott the Games if Russia took part.");
    expect(got).toContain("THREATEN JPN>RUS occurred");
    expect(got.some((k) => k.startsWith("PROTEST"))).toBe(false);
  });
});
