import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const named = (rec: ReturnType<typeof extract>, name: string) => rec.actors.find((a) => a.name === name);
const events = (rec: ReturnType<typeof extract>) => {
  const code = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? rec.actors.find((a) => a.id === id)?.country ?? id;
  return rec.events.map((e) => `${e.type} ${e.source.map(code).join("+")}->${e.target.map(code).join("+")}`);
};

describe("actors: groups and organisations no dictionary names", () => {
  it("reads an organisation's name around its head word, with the state inside it", () => {
    const rec = extract("The Nigerian Union of Teachers announced on Thursday that it had called off a strike.");
    expect(named(rec, "Nigerian Union of Teachers")).toMatchObject({ kind: "organization", country: "NGA", sector: "LAB" });
    // the state word inside the name is the organisation's, not a mention of Nigeria
    expect(rec.actors.find((a) => a.kind === "country")).toBeUndefined();
  });

  it("takes an organisation's state from the sentence when it names one state", () => {
    const rec = extract("President Abdelaziz Bouteflika said he is prepared to lift the ban on the Islamic Salvation Front.");
    const fis = named(rec, "Islamic Salvation Front")!;
    expect(fis).toMatchObject({ kind: "organization", country: "DZA", sector: "OPP" });
    expect(fis.mentions[0].rule).toBe("actors/group:organization-name+sentence-state");
  });

  it("reads 'of' and 'for' chains and takes back a run taken for a person", () => {
    const rec = extract("Vice-President Moody Awori has declined to resign despite pressure by the Kenya Anti-Corruption Commission.");
    expect(named(rec, "Kenya Anti-Corruption Commission")).toMatchObject({ kind: "organization", country: "KEN", sector: "GOV" });
    expect(rec.actors.some((a) => a.kind === "person" && a.name.includes("Commission"))).toBe(false);
    const unita = extract("President Dos Santos conceded to demands from the National Union for the Total Independence of Angola to overhaul the judiciary.");
    // (the dictionary knows it now, data/groups-petrarch2.json: as UNITA, with the same state)
    const ao = unita.actors.find((a) => a.mentions.some((m) => m.text === "National Union for the Total Independence of Angola"));
    expect(ao).toMatchObject({ kind: "organization", country: "AGO" });
    const other = extract("President Eduardo Dos Santos spoke to the Popular Movement for the Liberation of Angola.");
    expect(named(other, "Popular Movement for the Liberation of Angola")).toMatchObject({ country: "AGO" });
  });

  it("finds unnamed groups by their head noun, with the state after them or in the sentence", () => {
    const a = extract("Seven opposition parties in Nepal have organized a general strike.");
    expect(named(a, "opposition parties")).toMatchObject({ kind: "group", country: "NPL", sector: "OPP" });
    const b = extract("The Mozambique government on Thursday accepted demands from Shona rebels that it initiate political reforms.");
    expect(named(b, "Shona rebels")).toMatchObject({ kind: "group", country: "MOZ", sector: "REB" });
  });

  it("makes rebels, opposition and people named by a demonym or a state's possessive a group of that state", () => {
    const a = extract("Sudanese rebels shelled the town on Sunday.");
    expect(named(a, "Sudanese rebels")).toMatchObject({ kind: "group", country: "SDN", sector: "REB" });
    expect(a.actors.some((x) => x.kind === "country")).toBe(false);
    expect(named(extract("Iraq's insurgents ambushed a patrol."), "Iraq's insurgents")).toMatchObject({ kind: "group", country: "IRQ", sector: "REB" });
    expect(named(extract("Syrian opposition leaders rejected the talks."), "Syrian opposition leaders")).toMatchObject({ country: "SYR", sector: "OPP" });
    // not the state: an act between them and their own government is an event
    expect(events(extract("Rwandan rebels demanded the resignation of the government."))).toContain("REQUEST RWA->RWA");
    expect(events(extract("The Syrian opposition accused the Syrian government of war crimes."))).toContain("ACCUSE SYR->SYR");
  });

  it("puts a minority in the state it lives in", () => {
    const rec = extract("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.");
    expect(named(rec, "ethnic Albanians")).toMatchObject({ kind: "group", country: "SRB", sector: "CVL" });
    expect(events(rec)).toContain("PROTEST SRB->SRB");
  });

  it("lets a state's people and its government be two sides of one event", () => {
    const rec = extract("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday night.");
    expect(named(rec, "Moslem fundamentalist demonstrators")).toMatchObject({ country: "EGY", sector: "CVL" });
  });
});

describe("actors: groups, negative cases", () => {
  it("leaves a group out when the sentence names no state or several", () => {
    expect(extract("Rebels attacked a convoy on Monday.").actors).toEqual([]);
    const rec = extract("Students met diplomats from France and Germany in Brussels.");
    expect(rec.actors.some((a) => a.kind === "group")).toBe(false);
  });

  it("does not split a name the dictionaries know", () => {
    const rec = extract("The Soviet Union and the European Union were rivals.");
    expect(rec.actors.some((a) => a.kind === "organization")).toBe(false);
  });

  it("leaves the executive named by a state word to that state ('Sudanese government', 'Afghan officials')", () => {
    for (const text of ["The Sudanese government shelled the town on Sunday.", "Afghan officials met on Sunday.", "Indonesian police arrested three men."]) {
      const rec = extract(text);
      expect(rec.actors.some((a) => a.kind === "group"), text).toBe(false);
    }
  });

  it("does not give a group the state of a word that is not alone in naming whose it is", () => {
    // 'Bosnian Serb rebels': neither Bosnia nor Serbia alone; 'Moscow's protesters': a place, not a state word
    for (const text of ["Bosnian Serb rebels shelled the town.", "Moscow's protesters marched on Sunday."]) {
      const rec = extract(text);
      expect(rec.actors.some((a) => a.kind === "group" && a.sector === "REB") || rec.actors.some((a) => a.kind === "group" && a.country === "RUS"), text).toBe(false);
    }
  });

  it("does not take a bare head word for an organisation", () => {
    const rec = extract("Parliament voted on Tuesday in Kenya.");
    expect(rec.actors.some((a) => a.kind === "organization")).toBe(false);
  });
});

describe("actors: peoples named by two states", () => {
  it("'Bosnian Serbs' live in Bosnia; 'Albanians of southern Serbia' in Serbia", () => {
    expect(named(extract("Bosnian Serbs demanded a truce."), "Bosnian Serbs")).toMatchObject({ kind: "group", country: "BIH" });
    expect(named(extract("The Albanians of southern Serbia are demanding autonomy."), "Albanians")).toMatchObject({ kind: "group", country: "SRB" });
  });

  it("negative: a people in its own state stays a mention of that state", () => {
    const rec = extract("Albanians in Albania voted on Sunday.");
    expect(rec.actors.some((a) => a.kind === "group")).toBe(false);
  });
});
