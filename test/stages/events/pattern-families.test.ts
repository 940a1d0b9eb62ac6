// One sentence per PLOVER type, each through a different pattern family (verb + object, verb +
// preposition, particle, noun, passive, plural demonym), and what must not fire beside it.
import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

function coded(text: string) {
  const rec = extract(text, "2024-03-01");
  const code = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? id;
  return rec.events.map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
}

const families: [string, string, string][] = [
  ["AGREE", "Russia and Iran signed a strategic partnership treaty in Moscow on Friday.", "AGREE RUS+IRN>"],
  ["CONSULT", "French President Emmanuel Macron held talks with Chinese President Xi Jinping in Beijing.", "CONSULT FRA>CHN"],
  ["SUPPORT", "Germany praised Ukraine for its courage.", "SUPPORT DEU>UKR"],
  ["CONCEDE", "Iran released two French prisoners on Monday.", "CONCEDE IRN>FRA"],
  ["COOPERATE", "India and Japan deepened their defence cooperation.", "COOPERATE IND+JPN>"],
  ["AID", "The United States sent weapons to Ukraine.", "AID USA>UKR"],
  ["RETREAT", "Russia withdrew its troops from Kherson.", "RETREAT RUS>UKR"],
  ["REQUEST", "The European Union urged China to use its influence on Russia.", "REQUEST EU>CHN"],
  ["ACCUSE", "China accused the United States of hypocrisy.", "ACCUSE CHN>USA"],
  ["REJECT", "Israel rejected the Egyptian proposal.", "REJECT ISR>EGY"],
  ["THREATEN", "North Korea threatened Japan with missile strikes.", "THREATEN PRK>JPN"],
  ["PROTEST", "Thousands of Iranians protested against France outside its embassy.", "PROTEST IRN>FRA"],
  ["SANCTION", "The European Union imposed sanctions on Belarus.", "SANCTION EU>BLR"],
  ["MOBILIZE", "Russia deployed troops to the border with Ukraine.", "MOBILIZE RUS>UKR"],
  ["COERCE", "Iran seized a British tanker in the Strait of Hormuz.", "COERCE IRN>GBR"],
  ["ASSAULT", "Israeli jets struck targets in Syria on Sunday.", "ASSAULT ISR>SYR"],
];

describe("events: one pattern family per PLOVER type", () => {
  for (const [type, text, want] of families)
    it(`${type}: ${text}`, () => {
      expect(coded(text)).toContain(want);
    });

  it("every event carries its CAMEO code and the pattern that fired", () => {
    const rec = extract("The European Union imposed sanctions on Belarus.", "2024-03-01");
    expect(rec.events[0]).toMatchObject({ cameo: expect.stringMatching(/^1\d\d/), rule: expect.stringMatching(/^events\/verb:/), trigger: "imposed" });
  });
});

describe("events: the issue's phrases", () => {
  const cases: [string, string][] = [
    ["The United States called on Israel to halt its offensive.", "REQUEST USA>ISR"],
    ["Morocco cut ties with Iran on Tuesday.", "SANCTION MAR>IRN"],
    ["Britain stepped up its support for Ukraine.", "AID GBR>UKR"],
    ["Iranian President Masoud Pezeshkian will participate in the partnership pact-signing with Putin in Moscow.", "AGREE IRN>RUS"],
    ["Iran's supply of missiles to Russia worries Europe.", "AID IRN>RUS"],
    ["Russia launched strikes on Kyiv overnight.", "ASSAULT RUS>UKR"],
    ["Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia.", "CONSULT QAT>ARE+SAU"],
  ];
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toContain(want));
});

describe("events: negative cases per family", () => {
  it("ASSAULT: a trade war or a war of words is no attack", () => {
    expect(coded("The United States and China are locked in a trade war.").some((k) => k.startsWith("ASSAULT"))).toBe(false);
  });
  it("SANCTION: talks about sanctions impose none", () => {
    expect(coded("Russia and China held talks about sanctions on Friday.").some((k) => k.startsWith("SANCTION"))).toBe(false);
  });
  it("REQUEST: the newsroom asking for comment is no demand", () => {
    expect(coded("The BBC has asked the White House for comment.")).toEqual([]);
  });
  it("AGREE: a wish to join is no commitment", () => {
    expect(coded("Finland and Sweden want to join Nato.").some((k) => k.startsWith("AGREE"))).toBe(false);
  });
  it("CONSULT: a meeting between one state's own officials is no event", () => {
    expect(coded("Russian President Vladimir Putin met Foreign Minister Sergei Lavrov.")).toEqual([]);
  });
  it("COERCE: a passive with no agent names no one who acted", () => {
    expect(coded("A British tanker was seized in the Strait of Hormuz.").some((k) => k.startsWith("COERCE"))).toBe(false);
  });
});

describe("pattern families: contributions and alerts", () => {
  const k = (text: string) => {
    const rec = extract(text, "1990-06-01");
    const code = (id: string) => rec.actors.find((a) => a.id === id)?.code ?? id;
    return rec.events.map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
  };
  it("contributing troops to a force in a state is aid to it, and being ready to is an offer of it (offered-acts.ts: AGREE alone)", () => {
    expect(k("France contributed 4,000 troops to an international peace-keeping force in Liberia.")).toContain("AID FRA>LBR");
    const ready = k("France is ready to contribute up to 4,000 troops to an international peace-keeping force in Liberia.");
    expect(ready).toContain("AGREE FRA>LBR");
    expect(ready).not.toContain("AID FRA>LBR");
  });
  it("troops that remain on alert in a place mobilize against it", () => {
    expect(k("Israeli troops remained on alert in the occupied West Bank today.")).toContain("MOBILIZE ISR>PSE");
  });
  it("negative: contributing to a debate is no aid", () => {
    expect(k("France contributed to the debate on Liberia.").filter((x) => x.startsWith("AID"))).toEqual([]);
  });
});

// data/events.json: burn-flags, abuse
describe("patterns: burning flags is protest; abusing people is assault", () => {
  const k = (text: string) => eventKeys(text, "2022-05-01");
  it("burning a state's flags or effigies is a protest against it, burning its buildings coercion", () => {
    expect(k("Iraqi protesters burned Turkish flags outside the consulate.")).toContain("PROTEST IRQ>TUR");
    expect(k("Iraqi protesters burned Turkish flags outside the consulate.").some((x) => x.startsWith("COERCE"))).toBe(false);
    expect(k("Iraqi militiamen burned the Turkish consulate.")).toContain("COERCE IRQ>TUR");
  });
  it("abusing people is an assault on them; abusing a power, a position or a system is none", () => {
    expect(k("Libyan guards abused Nigerian migrants in the detention centre.")).toContain("ASSAULT LBY>NGA");
    expect(k("The Hungarian government abused its powers against EU institutions.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
    expect(k("Russia abused the UN veto system to shield Syria.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
  });
  it("attacking someone's words, credibility or tactics is criticism, no assault", () => {
    expect(k("The French president attacked Chancellor Scholz's words on Ukraine.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
    expect(k("The Polish opposition attacked the German government's tactics in Brussels.").filter((x) => x.startsWith("ASSAULT"))).toEqual([]);
    expect(k("Russian jets attacked Ukrainian positions near Bakhmut.")).toContain("ASSAULT RUS>UKR");
  });
});

describe("patterns: releasing a named person frees a captive; releasing a thing is publishing", () => {
  const k = (text: string) => eventKeys(text, "2022-05-01").filter((x) => x.startsWith("CONCEDE") || x.startsWith("AGREE"));
  it("a named person, with a title or a demonym, as the whole object", () => {
    expect(k("Israel released Palestinian President Mahmoud Abbas and two aides.")).toEqual(["CONCEDE ISR>PSE"]);
    expect(k("Moscow released Ukrainian President Volodymyr Zelensky on Monday.")).toEqual(["CONCEDE RUS>UKR"]);
    expect(k("Iran said it will release British Prime Minister Boris Johnson.")).toEqual(["CONCEDE IRN>GBR", "AGREE IRN>GBR"]);
  });
  it("negative: a statement, a person's papers, figures a name only modifies", () => {
    expect(k("The White House released Trump's tax returns.")).toEqual([]);
    expect(k("The Kremlin released a statement on Zelensky.")).toEqual([]);
    expect(k("Kyiv released Zelensky administration figures on Monday.")).toEqual([]);
    expect(k("Russia released Ukrainian data on Zelensky.")).toEqual([]);
  });
});

describe("patterns: an -ing word after 'be' that goes on to its object is the progressive verb", () => {
  const k = (text: string) => eventKeys(text, "2022-05-01");
  it("'Israel is bombing Gaza', 'has been bombing Yemen since 2015': the verb, ongoing", () => {
    expect(k("Saudi Arabia has been bombing Yemen since 2015.")).toEqual(["ASSAULT SAU>YEM"]);
    const rec = extract("Israel is bombing Gaza.", "2022-05-01");
    expect(rec.events.map((e) => `${e.type} ${e.status}`)).toEqual(["ASSAULT ongoing"]);
  });
  it("negative: a noun with its own phrase, or a bare predicate noun, is no verb", () => {
    expect(k("The greatest danger to Syria is bombing of hospitals by unknown jets.")).toEqual([]);
    expect(k("For Israel, the main tactic was bombing.")).toEqual([]);
  });
});
describe("patterns: a possessive 's is no 'is' before an -ing noun", () => {
  it("'Biden's warning that Russia ...' is a noun, no act of warning", () => {
    expect(eventKeys("Joe Biden's warning that Russia is preparing an attack grips the front pages.", "2022-05-01").filter((x) => x.startsWith("THREATEN"))).toEqual([]);
  });
});
describe("patterns: an air strike noun names its doer after 'by'; a bare 'strike' does not", () => {
  const k = (text: string) => eventKeys(text, "2022-05-01").filter((x) => x.startsWith("ASSAULT"));
  it("'air strikes by Israel on Gaza', 'the bombardment of Mariupol by Russian forces'", () => {
    expect(k("Air strikes by Israel on Gaza killed 20 people.")).toEqual(["ASSAULT ISR>PSE"]);
    expect(k("The bombardment of Mariupol by Russian forces went on for weeks.")).toEqual(["ASSAULT RUS>UKR"]);
  });
  it("negative: a strike by workers or teachers is a stoppage, no attack; one with no target names none", () => {
    expect(k("A strike by teachers in Chicago closed schools.")).toEqual([]);
    expect(k("Strikes by French rail workers on Monday disrupted travel.")).toEqual([]);
    expect(k("The bombardment by Russian forces went on for weeks.")).toEqual([]);
  });
});
