import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// partaker.ts: a meeting noun ("call", "talks", "meeting") that names one side with "with", in a phrase
// framing a clause, has the clause's subject as its other side.
const keys = (text: string) => eventKeys(text, "2022-06-15");
const consults = (text: string) => keys(text).filter((k) => k.startsWith("CONSULT"));

describe("a fronted meeting phrase: the main clause's subject takes part", () => {
  it("'In a phone call with X, Y said', 'During talks with X, Y raised'", () => {
    expect(consults("In the phone call with Ukraine's president, Volodymyr Zelenskiy, Biden said he reaffirmed his commitment.")).toEqual(["CONSULT USA>UKR"]);
    expect(consults("During talks with Putin, Macron raised the issue of grain exports.")).toEqual(["CONSULT FRA>RUS"]);
    expect(consults("After his meeting with Xi Jinping, Biden said the two leaders had agreed to keep talking.")).toEqual(["CONSULT USA>CHN"]);
  });
  it("no other side named, or no subject of its own: no meeting", () => {
    expect(consults("In a phone call with reporters, Biden said the war was going badly.")).toEqual([]);
    expect(consults("In talks with Russia, the issue of grain was raised.")).toEqual([]);
  });
  it("a noun of attack in a fronted phrase does not make its subject the attacker", () => {
    expect(keys("After the attack on Israel, the United States sent two aircraft carriers.").some((k) => k.startsWith("ASSAULT USA"))).toBe(false);
  });
});

describe("a meeting phrase after the clause's verb, or set off inside the clause", () => {
  it("'Y said in a call with X', 'Y has discussed the idea in talks with X'", () => {
    expect(consults("Biden said in a phone call with Zelenskiy that the US would keep helping.")).toEqual(["CONSULT USA>UKR"]);
    expect(consults("Turkey has discussed the plan in talks with Moscow.")).toEqual(["CONSULT TUR>RUS"]);
  });
  it("'Y last week, during a call with X, warned'", () => {
    expect(consults("President Biden last week, during a call with Ukrainian President Volodymyr Zelenskyy, warned of a Russian invasion.")).toEqual(["CONSULT USA>UKR"]);
  });
  it("a verb of an infinitive or gerund clause is not the one framed", () => {
    expect(consults("Lavrov accused the US of seeking to provoke a conflict in Ukraine during a call with his US counterpart, Antony Blinken.")).toEqual(["CONSULT RUS>USA"]);
  });
  it("'between' names both sides; a call with the speaker's own side is no meeting between states", () => {
    expect(consults("Peskov said during a telephone call with journalists on Wednesday that it was reckless.")).toEqual([]);
    expect(consults("Zelenskiy said in a call with Ukraine's defence minister that the front was holding.")).toEqual([]);
  });
});

describe("a verb of answering makes its subject the one a threat or demand was directed at", () => {
  const of = (type: string, text: string) => keys(text).filter((k) => k.startsWith(type));
  it("'Ukraine has ignored a Russian ultimatum', 'dismissed Israeli threats'", () => {
    expect(of("THREATEN", "Ukraine has ignored a Russian ultimatum to surrender the embattled eastern city of Sievierodonetsk.")).toEqual(["THREATEN RUS>UKR"]);
    expect(of("THREATEN", "Iran dismissed Israeli threats.")).toEqual(["THREATEN ISR>IRN"]);
  });
  it("a rejected demand is the refusal alone (rejected-proposals.ts): demands list no addressee verbs", () => {
    expect(of("REQUEST", "Iran rejected US demands to halt enrichment.")).toEqual([]);
  });
  it("a verb that only judges the act does not receive it; no party of its own is no addressee", () => {
    expect(keys("Germany welcomed US sanctions on Russia.")).toContain("SANCTION USA>RUS");
    expect(of("THREATEN", "Ukraine praised a British ultimatum.")).toEqual([]);
    expect(of("THREATEN", "He ignored an ultimatum to himself.")).toEqual([]);
  });
});

describe("a verb of fending off makes its subject the one an attack with a doer of its own was aimed at", () => {
  const of = (type: string, text: string) => keys(text).filter((k) => k.startsWith(type));
  it("'Ukrainian forces repelled a Russian attack', 'withstood Russian missile strikes'", () => {
    expect(of("ASSAULT", "Ukrainian forces repelled a Russian attack near Kharkiv.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(of("ASSAULT", "Kyiv withstood Russian missile strikes overnight.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(of("ASSAULT", "Ukraine must do more in order to repel Russian attacks.")).toEqual(["ASSAULT RUS>UKR"]);
  });
  it("an infinitive after a noun is the noun's owner's act; no doer named, no target taken", () => {
    expect(of("ASSAULT", "Biden traveled to Warsaw to rally support for Ukraine's fight to repel Russian aggression.")).toEqual(["ASSAULT RUS>UKR"]);
    expect(of("ASSAULT", "Britain backed efforts to repel Russian attacks.")).toEqual([]);
    expect(of("ASSAULT", "Ukraine repelled the attack.")).toEqual([]);
  });
  it("a verb that starts or judges the attack does not receive it", () => {
    expect(of("ASSAULT", "Ukraine condemned Russian strikes.")).toEqual([]);
    expect(of("ASSAULT", "Britain praised a Ukrainian attack.")).toEqual([]);
  });
});

describe("partaker: a visit framing the clause whose subject makes it", () => {
  const k = (text: string) => eventKeys(text, "2022-05-01");
  it("'During a visit to Sweden, Finland's prime minister warned': the visitor is the clause's subject", () => {
    expect(k("During a visit to Sweden on Tuesday, Finland's prime minister warned of a freeze.")).toContain("CONSULT FIN>SWE");
    expect(k("During a visit to Sweden on Tuesday, Finland's prime minister, Sanna Marin, warned of a freeze.")).toContain("CONSULT FIN>SWE");
  });

  it("'Tillerson said during a visit to Beijing': a visit after the verb is its subject's", () => {
    expect(k("U.S. Secretary of State Rex Tillerson said during a visit to Beijing that the two leaders should meet.")).toContain("CONSULT USA>CHN");
  });

  it("a visit by someone else named in the phrase is no visit of the subject's", () => {
    expect(k("During Putin's visit to China, Xi praised Russia.")).not.toContain("CONSULT CHN>CHN");
    expect(k("During a visit to Kyiv by Blinken, Zelensky said Ukraine needs more air defence.").some((x) => x.startsWith("CONSULT UKR"))).toBe(false);
  });

  it("no visit frame, no partaker: 'a visit to Sweden is planned, Finland's prime minister said'", () => {
    expect(k("A visit to Sweden is planned for June, Finland's prime minister said.")).not.toContain("CONSULT FIN>SWE");
  });
});

describe("a frame inside a fronted participle's phrase, a 'before' frame, a hyphenated modifier", () => {
  it("'Speaking after an hour-long meeting with X, Y said', 'Talking to reporters before talks with X, Y said'", () => {
    expect(consults("Speaking after an hour-long meeting with U.S. Treasury Secretary James Baker, Japanese Finance Minister Kiichi Miyazawa said the yen was stable.")).toEqual(["CONSULT JPN>USA"]);
    expect(consults("Talking to reporters before talks with Chinese President Xi Jinping, Biden said he would raise Taiwan.")).toEqual(["CONSULT USA>CHN"]);
    expect(consults("Before her meeting with Indian Prime Minister Narendra Modi, Italian Prime Minister Giorgia Meloni said trade would come first.")).toEqual(["CONSULT ITA>IND"]);
  });
  it("no other side, a frame after the participle's own comma, or an act that is no meeting: no meeting", () => {
    expect(consults("Speaking to reporters after the meeting, Biden said the war was going badly.")).toEqual([]);
    expect(keys("Speaking after the attack on Israel, Biden said Iran was responsible.").some((k) => k.startsWith("ASSAULT USA"))).toBe(false);
    expect(consults("Before the war with Russia, Ukraine exported grain to Egypt.")).toEqual([]);
  });
});
