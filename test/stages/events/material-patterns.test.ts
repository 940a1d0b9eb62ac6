// Acts done by doing that news reports in constructions of their own (data/events.json, the
// `material-` block): each with sentences where the words stand in another sense and must not fire.
import { describe, expect, it } from "vitest";
import { extract, senseTable } from "../../helpers.js";

function coded(text: string) {
  const rec = extract(text, "2024-03-01");
  const code = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? id;
  return rec.events.map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
}

const fires: [string, string][] = [
  // throwing things at someone is a violent protest (CAMEO 145), not an armed assault
  ["Palestinian youths threw stones at Israeli soldiers in Hebron.", "PROTEST PSE>ISR"],
  ["Serbian protesters hurled bottles at Albanian police.", "PROTEST SRB>ALB"],
  ["Israeli police were pelted with stones by Palestinian youths.", "PROTEST PSE>ISR"],
  // detention by a verb of placing
  ["The Burmese junta put Aung San Suu Kyi under house arrest.", "COERCE MMR>MMR"],
  ["Russian police placed the opposition leader Alexei Navalny under house arrest.", "COERCE RUS>RUS"],
  ["Iraqi troops have been holding Kuwaiti civilians as human shields.", "ASSAULT IRQ>KWT"],
  // giving way to another's pressure: the one pressing is the target
  ["Turkey bowed to pressure from the United States.", "CONCEDE TUR>USA"],
  ["Greece gave in to demands from Germany.", "CONCEDE GRC>DEU"],
  ["Turkey succumbed to pressure from the United States.", "CONCEDE TUR>USA"],
  // displacement by force
  ["Israeli soldiers forced Palestinian families from their homes.", "COERCE ISR>PSE"],
  // a welcome given by a light verb is a host's reception
  ["France gave a warm welcome to the Chinese delegation.", "CONSULT FRA>CHN"],
  // a verb form wink tags as a noun after the subject's noun ("troops shot a"), and participles
  // the same as the past ("was shot dead by", "was hit by") read as passives
  ["Israeli troops shot a Palestinian teenager.", "ASSAULT ISR>PSE"],
  ["Israeli soldiers shot dead two Palestinians.", "ASSAULT ISR>PSE"],
  ["A Palestinian teenager was shot dead by Israeli troops.", "ASSAULT ISR>PSE"],
  ["A Russian tanker was hit by Ukrainian drones.", "ASSAULT UKR>RUS"],
  // taking from someone names the one taken from; closing a state's compounds is a diplomatic sanction
  ["Israeli police confiscated weapons from Palestinian militants.", "COERCE ISR>PSE"],
  ["The United States closed two Russian compounds in Maryland.", "SANCTION USA>RUS"],
  // a passive harm names its doer in the attack it happened in
  ["Two Israelis were killed in a Palestinian attack.", "ASSAULT PSE>ISR"],
  ["The Iranian general was killed in a U.S. drone strike in Baghdad.", "ASSAULT USA>IRN"],
  ["Three Syrian soldiers were wounded in Israeli air strikes near Damascus.", "ASSAULT ISR>SYR"],
  ["Five Ukrainian soldiers were killed in heavy Russian shelling.", "ASSAULT RUS>UKR"],
];

const silent: [string, string][] = [
  ["Russia threw its weight behind the Chinese plan.", "PROTEST"],
  ["Germany threw a lifeline to Greece.", "PROTEST"],
  ["The French team threw away a two-goal lead against Italy.", "PROTEST"],
  ["France put its army on a war footing.", "COERCE"],
  ["Germany put the arrest warrant for the Russian oligarch on hold.", "COERCE"],
  ["Britain placed an order for American fighter jets.", "COERCE"],
  ["Germany holds the shield of the European presidency.", "ASSAULT"],
  ["Japanese shares bowed to pressure from the strong yen.", "CONCEDE JPN>"],
  ["The Iranian soldier succumbed to his injuries.", "CONCEDE"],
  ["Russian pressure forced the Ukrainian president to leave office.", "SANCTION"],
  ["US troops shot the footage in Iraq.", "ASSAULT"],
  ["Israeli film crews shot a documentary in Gaza.", "ASSAULT"],
  ["Russian oil exports hit a record high in March.", "ASSAULT"],
  ["A Russian navy ship blocks the entrance of the Ukrainian base in Sevastopol.", "PROTEST"],
  ["Ten Iraqi civilians were killed in the attack, a US official said.", "ASSAULT USA"],
  ["Two Israelis were killed in Gaza after a Palestinian attack was foiled.", "ASSAULT PSE>ISR"],
  ["Customs officers in Germany confiscated Russian caviar from a restaurant.", "COERCE"],
  ["I warmly welcome the requests by Finland and Sweden to join Nato.", "CONSULT"],
  ["Britain welcomed the news from Brussels.", "CONSULT"],
  ["The European Union welcomed the decision of the French government.", "CONSULT"],
];

senseTable("events: material constructions", fires, silent, coded);

describe("material patterns: a buyer receives what the seller gives", () => {
  const codes = (text: string) => {
    const rec = extract(text, "2018-12-14");
    const code = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? id;
    return rec.events.map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
  };
  it("'buys weapons from the US' is AID from the seller to the buyer (pattern reverse)", () => {
    expect(codes("Saudi Arabia buys the bulk of its weapons from the US, Britain and France.")).toContain("AID USA+GBR+FRA>SAU");
    expect(codes("Saudi Arabia buys the bulk of its weapons from the US, Britain and France.").some((k) => k.startsWith("COOPERATE"))).toBe(false);
  });
  it("buying something else from a state is no aid", () => {
    expect(codes("Saudi Arabia buys most of its food from the US.").some((k) => k.startsWith("AID"))).toBe(false);
  });
});
