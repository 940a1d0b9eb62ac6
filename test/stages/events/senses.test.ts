import { describe, expect, it } from "vitest";
import { eventKeys, extract, testEngine, testWink } from "../../helpers.js";
import { buildDoc } from "../../../src/nlp/text-layer.js";
import { negatedIntent, objectHead, subjectiveOf } from "../../../src/stages/events/senses.js";
import { compileEventSenses, readEventSenses } from "../../../src/lexicon/compile-senses.js";

const lex = compileEventSenses(readEventSenses(new URL("../../../data/event-senses.json", import.meta.url).pathname), testEngine().lexicon);

const keys = (text: string, published = "2022-06-01") => eventKeys(text, published);
const toks = (text: string) => buildDoc(testWink(), { id: "t", text, published: "2022-06-01" }).tokens;
const at = (tokens: ReturnType<typeof toks>, w: string) => tokens.findIndex((t) => t.lower === w);

describe("senses: the pure checks", () => {
  it("objectHead finds the head noun of the object phrase", () => {
    const t = toks("Lavrov attacked the EU's decision to impose sanctions.");
    expect(t[objectHead(t, at(t, "attacked") + 1, t.length)].lower).toBe("decision");
  });

  it("negatedIntent: 'no plans to' yes, 'plans to' no", () => {
    const a = toks("Biden had no plans to talk to Putin.");
    expect(negatedIntent(a, at(a, "to"), 0, lex)).toBe(true);
    const b = toks("Biden has plans to talk to Putin.");
    expect(negatedIntent(b, at(b, "to"), 0, lex)).toBe(false);
  });

  it("subjectiveOf: 'lost the support of' yes, 'in support of' no", () => {
    const a = toks("He lost the support of senior leaders.");
    expect(subjectiveOf(a, at(a, "support"), 0, lex)).toBe(true);
    const b = toks("They rallied in support of Ukraine.");
    expect(subjectiveOf(b, at(b, "support"), 0, lex)).toBe(false);
  });
});

describe("senses: event readings that stay", () => {
  it("an attack on a state or its forces is an assault", () => {
    expect(keys("Russia attacked Ukrainian positions near Bakhmut.")).toEqual(["ASSAULT RUS>UKR"]);
  });
  it("'Russia's support for Iran' has a supporter and a supported", () => {
    expect(keys("Russia's support for Iran has grown.")).toEqual(["SUPPORT RUS>IRN"]);
  });
  it("'shared intelligence with' is cooperation; 'sent aid convoys' is aid", () => {
    expect(keys("Britain shared intelligence with Ukraine.")).toEqual(["COOPERATE GBR>UKR"]);
    expect(keys("Germany sent aid convoys to Ukraine.")).toEqual(["AID DEU>UKR"]);
  });
  // PLOVER's manual: COOPERATE benefits both parties, AID primarily the recipient; the type table's
  // "share intelligence (symmetric)" is an exchange, intelligence handed one way is military aid
  it("intelligence supplied or provided one way is aid (AID 072); shared or exchanged it is cooperation; weapons and aid stay AID", () => {
    expect(keys("The US is supplying actionable intelligence to Ukraine.")).toEqual(["AID USA>UKR"]);
    expect(keys("Britain provided intelligence to the Ukrainian military.")).toEqual(["AID GBR>UKR"]);
    expect(keys("The United States gave satellite photographs and other military intelligence to Kenya.")).toEqual(["AID USA>KEN"]);
    expect(keys("Britain and France exchanged intelligence on the attackers.").some((k) => k.startsWith("AID"))).toBe(false);
    expect(keys("Britain provided training to the Ukrainian military.")).toEqual(["AID GBR>UKR"]);
    expect(keys("The US supplied weapons to Ukraine.")).toEqual(["AID USA>UKR"]);
    // ("intelligence chief": a modifier, not the object's head)
    expect(keys("Russia gave the intelligence chief a medal.").some((k) => k.startsWith("COOPERATE"))).toBe(false);
  });
  it("'plans to talk' (without 'no') is still a planned talk", () => {
    expect(keys("Joe Biden said he plans to talk to Vladimir Putin.").some((k) => k.startsWith("CONSULT USA>RUS"))).toBe(true);
  });
});

describe("senses: material support is aid", () => {
  const events = (text: string) => extract(text, "2018-12-14").events;
  it("support that a modifier makes military, financial or humanitarian is AID", () => {
    const found = events("The Senate voted on the resolution after years of US military support for Saudi Arabia.");
    expect(found.some((e) => e.type === "AID" && e.cameo === "072")).toBe(true);
    expect(found.some((e) => e.type === "SUPPORT")).toBe(false);
    expect(events("The war in Yemen has continued with British financial support for Saudi Arabia.").some((e) => e.type === "AID" && e.cameo === "071")).toBe(true);
  });

  it("support without such a modifier stays SUPPORT", () => {
    expect(events("Germany voiced strong support for Ukraine.").some((e) => e.type === "SUPPORT")).toBe(true);
    expect(events("The Senate voted on the resolution after years of US diplomatic support for Saudi Arabia.").some((e) => e.type === "AID")).toBe(false);
    expect(events("The war in Yemen has continued with British support for Saudi Arabia.").some((e) => e.type === "SUPPORT")).toBe(true);
  });
});

describe("senses: defence given in troops or weapons is aid", () => {
  const events = (text: string) => extract(text, "2022-06-01").events;
  const types = (text: string) => events(text).map((e) => e.type);
  it("troops or weapons named before 'to defend' or 'in support of' make it AID", () => {
    expect(types("Poland said it would send a brigade of troops to defend Lithuania.")).toContain("AID");
    expect(types("Poland said it would send a brigade of troops to defend Lithuania.")).not.toContain("SUPPORT");
    expect(types("Britain will deploy hundreds more soldiers in support of Estonia.")).not.toContain("SUPPORT");
    expect(events("Norway emptied its stocks of artillery and ammunition to defend Ukraine.").some((e) => e.type === "AID" && e.cameo === "072")).toBe(true);
  });

  it("defence with nothing material before it, or materiel in another clause, stays SUPPORT", () => {
    expect(types("France defended Germany at the summit.")).toContain("SUPPORT");
    expect(types("Biden defended Israel against the criticism.")).toContain("SUPPORT");
    expect(types("Critics say the tanks are useless, but Macron defended Germany.")).not.toContain("AID");
  });
});
