import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// expelled-parties.ts: a party sent out of the expeller's country, as the object of a verb of
// forcing before "out (of the country)" or of a verb of ordering before "to leave": SANCTION 166
// for diplomats, missions, agencies and bodies, COERCE 174 (deportation) for people.
const expelled = (text: string) => eventKeys(text, "2023-05-10").filter((k) => /^(SANCTION|COERCE|REQUEST|THREATEN|RETREAT)/.test(k));

describe("a party forced out of the country", () => {
  it("an agency or a body forced or ordered out: SANCTION", () => {
    expect(expelled("Indonesia forced the UN refugee agency out of the country.")).toEqual(["SANCTION IDN>UNHCR"]);
    expect(expelled("Myanmar's junta ordered the UN envoy out of the country last month.")).toEqual(["SANCTION MMR>UN"]);
    expect(expelled("Indonesia forced UNHCR out.")).toEqual(["SANCTION IDN>UNHCR"]);
    expect(expelled("Berlin ordered the CIA station chief out of the country.")).toEqual(["SANCTION DEU>USA"]);
  });
  it("over an appositive that names the party again", () => {
    expect(expelled("Indonesia forced the UN agency, UNHCR, to leave the country after the floods.")).toEqual(["SANCTION IDN>UN"]);
  });
  it("people kicked or thrown out: a deportation, COERCE", () => {
    expect(expelled("Indonesia kicked the Australian journalists out of the country.")).toEqual(["COERCE IDN>AUS"]);
    expect(expelled("China threw the American reporters out of China in 2020.")).toEqual(["COERCE CHN>USA"]);
  });
});

describe("a party ordered to leave the country", () => {
  it("diplomats ordered, told or given hours to leave: SANCTION, no demand", () => {
    expect(expelled("Russia ordered two Polish diplomats to leave the country within 48 hours.")).toEqual(["SANCTION RUS>POL"]);
    expect(expelled("Russia ordered the Polish ambassador to leave.")).toEqual(["SANCTION RUS>POL"]);
    expect(expelled("Moscow gave the British envoy 72 hours to leave Russia.")).toEqual(["SANCTION RUS>GBR"]);
    expect(expelled("Russia forced the Estonian consul to leave within a week.")).toEqual(["SANCTION RUS>EST"]);
    expect(expelled("Russia told the Estonian diplomats to leave Russian territory by Friday.")).toEqual(["SANCTION RUS>EST"]);
  });
});

describe("negative: no one sent out of the expeller's country", () => {
  it("out of an office, a contest or another state's ground", () => {
    expect(expelled("The finance minister was forced out of office.")).toEqual([]);
    expect(expelled("France forced Spain out of the tournament.")).toEqual([]);
    expect(expelled("The United States ordered Russia to leave Ukraine.")).toEqual(["REQUEST USA>RUS"]);
  });
  it("leaving of one's own will, or a place that is no country", () => {
    expect(expelled("The Polish ambassador left the country voluntarily.")).toEqual([]);
    expect(expelled("China told the American journalists to leave the press conference.")).toEqual([]);
  });
  it("armed forces driven out are attacked, not expelled", () => {
    expect(expelled("Ukraine forced Russian troops out of Kharkiv.")).toEqual([]);
  });
  it("a state or a person by name is no one sent out", () => {
    expect(expelled("Britain will give Ukraine the kit to kick Putin out and restore peace.")).toEqual([]);
  });
  it("people of the expeller's own state", () => {
    expect(expelled("Putin forced the Russian oligarchs out of the country.")).toEqual([]);
  });
});
