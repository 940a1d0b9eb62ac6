import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2022-06-01").events;

describe("senses: negative cases (a trigger word outside its event sense)", () => {
  it("'hijacked the debate' is no hijacking", () => {
    expect(events("Russia hijacked the debate at the UN.")).toEqual([]);
  });

  it("'attacked the decision' is criticism, not an assault", () => {
    expect(events("Russia's Lavrov attacked the EU's decision to impose sanctions.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("The Kremlin attacked the plan drawn up by France.").some((e) => e.type === "ASSAULT")).toBe(false);
  });

  it("'had no plans to talk' is no planned talk", () => {
    expect(events("Joe Biden said he had no plans to talk to Vladimir Putin.").some((e) => e.type === "CONSULT")).toBe(false);
    expect(events("Iran has no intention to attack Israel.").some((e) => e.type === "ASSAULT")).toBe(false);
  });

  it("'concerns shared by a top UK intelligence chief' is no intelligence sharing", () => {
    const text = "The Australian government has been critical of the alignment between Russia and China – concerns shared by a top UK intelligence chief.";
    expect(events(text).some((e) => e.type === "COOPERATE")).toBe(false);
  });

  it("'the support of' someone in a quote is not the speaker's support for them", () => {
    expect(events("“Germany lost the support of France,” Emmanuel Macron said.").some((e) => e.type === "SUPPORT")).toBe(false);
    expect(events("“We thank you for the support of Britain,” Volodymyr Zelensky said.").some((e) => e.type === "SUPPORT" && e.target.includes("GBR"))).toBe(false);
  });
});

describe("senses: no act in a question, a negated noun or a participle that qualifies a noun", () => {
  it("'asked whether' is a question, not a request", () => {
    expect(events("Pompeo said on Fox News, when asked whether the U.S. is considering a military option in Venezuela, that every option is on the table.").some((e) => e.type === "REQUEST")).toBe(false);
    expect(events("The BBC asked Americans how they felt about the ruling.").some((e) => e.type === "REQUEST")).toBe(false);
    expect(events("Scott Morrison asked Liz Truss during a panel session in Tokyo why Europe had not changed course.").some((e) => e.type === "REQUEST")).toBe(false);
  });

  it("'asked about', 'asked a question' and a quoted question are questions, not requests", () => {
    expect(events("The United States asked China about its support for Russia.").some((e) => e.type === "REQUEST")).toBe(false);
    expect(events("Finland asked Russia questions about the troop movements.").some((e) => e.type === "REQUEST")).toBe(false);
    expect(events("Britain asked the United States, “Have we been too slow?”").some((e) => e.type === "REQUEST")).toBe(false);
  });

  it("'asked Iran to release' is still a request", () => {
    expect(events("Pompeo asked Iran to release the prisoners.").some((e) => e.type === "REQUEST" || e.rule.includes("+object-control"))).toBe(true);
    // (a quote of a request, no question mark; an "about" after the act asked for)
    expect(events("Zelensky asked Germany: “Send us the tanks now.”").some((e) => e.type === "REQUEST")).toBe(true);
    expect(events("Ukraine asked Germany for tanks and talked about air defence.").some((e) => e.type === "REQUEST")).toBe(true);
    expect(events("Poland asked Germany to talk about reparations.").some((e) => e.type === "REQUEST")).toBe(true);
  });

  it("'no meetings are scheduled' is no meeting", () => {
    expect(events("Qatar says no high-level meetings or direct talks between the US and Iran are scheduled.").some((e) => e.type === "CONSULT")).toBe(false);
    expect(events("Qatar says high-level meetings between the US and Iran are scheduled.").some((e) => e.type === "CONSULT")).toBe(true);
  });

  it("'the occupied peninsula' names a state of the land, not an occupation with a doer here", () => {
    expect(events("Ukraine will use western missiles against the occupied peninsula of Crimea.").some((e) => e.type === "COERCE")).toBe(false);
    expect(events("Russia occupied the peninsula of Crimea in 2014.").some((e) => e.type === "COERCE")).toBe(true);
  });
});

describe("senses: acts kept from happening, asked for, or addressed to an audience", () => {
  it("'block Ukraine from joining NATO' and 'refrained from attacking' are no acts", () => {
    expect(events("The Kremlin demanded guarantees to block Ukraine from ever joining NATO.").some((e) => e.type === "COOPERATE")).toBe(false);
    expect(events("Israel refrained from attacking Iran's oil facilities.").some((e) => e.type === "ASSAULT")).toBe(false);
  });

  it("'withdrew ... after attacking' is still an attack", () => {
    expect(events("Israel withdrew from its positions after attacking Iran's oil facilities.").some((e) => e.type === "ASSAULT")).toBe(true);
  });

  it("an act asked for is not an event; the request is", () => {
    const found = events("Donald Trump urged other members of the UN Security Council to work with America.");
    expect(found.map((e) => e.type)).toEqual(["REQUEST"]);
  });

  it("'appeal to a bloc of voters' is campaigning; 'appealed to Germany' a request", () => {
    expect(events("Donald Trump held a rally in Miami in an attempt to appeal to a bloc of Venezuelan-American voters.").some((e) => e.type === "REQUEST")).toBe(false);
    expect(events("Volodymyr Zelensky appealed to Germany for more weapons.").map((e) => e.type)).toContain("REQUEST");
  });
});

describe("senses: a measure as the doer, a team's defence as the object", () => {
  it("'Canada's sanctions will target wealthy Russians' is SANCTION, not an assault", () => {
    const found = events("Canada's sanctions will target wealthy Russians and large banks.");
    expect(found.map((e) => e.type)).toEqual(["SANCTION"]);
  });

  it("'Russian forces will target Ukraine's grid' stays an assault", () => {
    expect(events("Russian forces will target Ukraine's grid.").map((e) => e.type)).toEqual(["ASSAULT"]);
  });

  it("'attacked England's defence' in a match is no assault; 'attacked Ukraine's defences' is", () => {
    expect(events("Argentina attacked England's defence from the first minute.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("Russia attacked Ukraine's defences near Bakhmut.").some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("senses: to agree with a view is no agreement", () => {
  it("'I agree with the goals of the president' shares a view", () => {
    expect(events("“I agree with the goals of the president of the US even if we disagree over the nuclear deal,” Emmanuel Macron told the Security Council.").some((e) => e.type === "AGREE")).toBe(false);
  });

  it("'agreed with Russia to extend the deal' and 'on a ceasefire' are agreements", () => {
    expect(events("Iran agreed with Russia to extend the deal.").map((e) => e.type)).toContain("AGREE");
    expect(events("Iran agreed with Russia on a ceasefire in Syria.").map((e) => e.type)).toContain("AGREE");
  });
});

describe("senses: an act that is to end, a hyphenated participle", () => {
  it("'promised to stop assassinating' is no assassination; 'kept attacking' is an attack", () => {
    expect(events("Israel also promised to stop assassinating Hamas leaders.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("Russian forces kept attacking Kharkiv.").some((e) => e.type === "ASSAULT")).toBe(true);
  });

  it("'the Muslim Brotherhood-backed government' is no act of support; 'Russia backed the Syrian government' is", () => {
    const text = "Egypt's president Mohamed Morsi is under fire at home. Florida Rep.Vern Buchanan, who recently called for ending foreign aid to Egypt altogether, said the Muslim Brotherhood-backed Morsi government has been sending increasingly troubling signals to Washington.";
    expect(events(text).some((e) => e.type === "SUPPORT")).toBe(false);
    expect(events("Russia backed the Syrian government.").map((e) => e.type)).toContain("SUPPORT");
  });
});

describe("'strike' in its other senses", () => {
  it("'struck a note of optimism', 'struck a conciliatory tone', 'struck a deal' are no assault", () => {
    expect(events("John Kerry struck a note of optimism on Syria.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("Vladimir Putin struck a conciliatory tone towards Ukraine.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("Britain struck a deal with France.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("The judge struck the clause from the Russian law.").some((e) => e.type === "ASSAULT")).toBe(false);
  });
  it("negative: a strike on a party is an assault", () => {
    expect(events("Israel struck Iran on Friday.").map((e) => `${e.type} ${e.source}>${e.target}`)).toContain("ASSAULT ISR>IRN");
    expect(events("Russian missiles struck Ukrainian positions near Kharkiv.").some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("'seek to' is trying, not asking", () => {
  it("'seek to punish', 'who seek to threaten the U.S.' make no request", () => {
    expect(events("Russia seeks to punish Ukraine.").some((e) => e.type === "REQUEST")).toBe(false);
    expect(events("Murphy said the United States must confront extremists who seek to threaten the U.S.").some((e) => e.type === "REQUEST" && e.rule === "events/verb:seek")).toBe(false);
  });
  it("negative: seeking something from someone is a request", () => {
    expect(events("Iraq sought the extradition of the suspects from Jordan.").map((e) => `${e.type} ${e.source}>${e.target}`)).toContain("REQUEST IRQ>JOR");
    expect(events("Ukraine sought help from the United States.").some((e) => e.type === "REQUEST")).toBe(true);
  });
});

describe("a warning about another party's acts threatens no one", () => {
  it("'warned Congress about Iran's threats', 'warned its allies of Russian aggression'", () => {
    expect(events("Israeli Prime Minister Benjamin Netanyahu warned the U.S. Congress about Iran's threats.").some((e) => e.type === "THREATEN")).toBe(false);
    expect(events("Britain warned its allies of Russian aggression.").some((e) => e.type === "THREATEN")).toBe(false);
    expect(events("The UN warned of Russian aggression.").some((e) => e.type === "THREATEN")).toBe(false);
  });
  it("negative: a warning of consequences, or against an act of the one warned, is a threat", () => {
    const t = (text: string) => events(text).filter((e) => e.type === "THREATEN").map((e) => `${e.source}>${e.target}`);
    expect(t("China warned the United States of consequences if it sells arms to Taiwan.")).toEqual(["CHN>USA"]);
    expect(t("Russia warned Ukraine against joining NATO.")).toEqual(["RUS>UKR"]);
    expect(t("Russia warned the United States of a strong response.")).toEqual(["RUS>USA"]);
  });
});

describe("senses: a gerund after a determiner is a noun, not its clause's act", () => {
  const types = (text: string) => extract(text, "2022-06-01").events.map((e) => e.type);
  it("'closer to the fighting', 'citing the downing of': the clause's subject does not do the act", () => {
    expect(types("The Pentagon moved rescue crews closer to the fighting in eastern Syria.")).not.toContain("ASSAULT");
    expect(types("Washington cited the downing of a Russian airliner over Egypt.")).not.toContain("ASSAULT");
  });

  it("the finite verb, and a gerund that modifies a noun ('the negotiating table'), still count", () => {
    expect(types("Turkey is fighting Kurdish militants in northern Syria.")).toContain("ASSAULT");
    expect(types("Kerry brought Israel and the Palestinians back to the negotiating table.")).toContain("CONSULT");
  });
});

describe("senses: to share or not share a view is no agreement or rejection", () => {
  const types = (text: string) => extract(text, "2022-06-01").events.map((e) => e.type);
  it("a bracketed insertion in the partner's name does not hide the opinion", () => {
    expect(types('Biden said: "I do not agree with (Russian President Vladimir) Putin."')).not.toContain("REJECT");
    expect(types('Biden said: "I do not agree with Putin."')).not.toContain("REJECT");
  });

  it("a rejection of a party's demands stays one", () => {
    expect(types("Germany rejected (Russian President Vladimir) Putin's demands.")).toContain("REJECT");
  });
});

describe("senses: to recognise that something is so acknowledges it; to recognise a state is an act", () => {
  const cooperate = (text: string) => events(text).filter((e) => e.type === "COOPERATE");
  it("a 'that' clause after recognise is what is acknowledged", () => {
    expect(cooperate("The Vatican recognised that Palestine had a right to statehood.")).toEqual([]);
    expect(cooperate("Turkey recognises that the Greek Cypriot government cannot speak for the island.")).toEqual([]);
    expect(cooperate("France and Germany both recognize that there is much at stake.")).toEqual([]);
  });

  it("the need, the importance, the danger recognised are no party recognised", () => {
    expect(cooperate("Britain recognized the importance of its ties with India.")).toEqual([]);
    expect(cooperate("Japan recognises the need for closer ties with China.")).toEqual([]);
  });

  it("a state, a government or 'that government' recognised is recognition", () => {
    expect(cooperate("The US recognized Israel in 1948.").map((e) => e.target)).toEqual([["ISR"]]);
    expect(cooperate("Russia recognised Donetsk and Luhansk as independent states.").length).toBe(1);
    expect(events("Germany refused to recognise that government in Kabul.").some((e) => e.type === "REJECT")).toBe(true);
  });
});

describe("senses: an act named as the purpose of no effort was not done", () => {
  it("'did nothing to help', 'has done little to support', 'had little to offer' are no acts", () => {
    expect(events("Britain did little to protect Ukraine.").some((e) => e.type === "AID")).toBe(false);
    expect(events("Germany has done little to support Ukraine.").some((e) => e.type === "SUPPORT")).toBe(false);
    expect(events("The US did nothing to punish Russia with sanctions.").some((e) => e.type === "SANCTION")).toBe(false);
    expect(events("China does virtually nothing to pressure North Korea.")).toEqual([]);
    expect(events("Russia had little to offer Ukraine.").some((e) => e.type === "AGREE")).toBe(false);
  });

  it("an effort made ('did a lot to help', 'did everything to help') keeps its act", () => {
    expect(events("Britain did a lot to help Ukraine.").some((e) => e.type === "AID")).toBe(true);
    expect(events("Germany did everything to help Ukraine.").some((e) => e.type === "AID")).toBe(true);
  });
});

describe("senses: a trigger word inside a name is no act", () => {
  it("'Downing Street', 'the Australian War Memorial' name a place", () => {
    expect(events("Europe confronts an expansionist Russia and Ukraine faces a difficult summer, Downing Street says.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("A ceremony was held at the Australian War Memorial in Canberra.").some((e) => e.type === "ASSAULT")).toBe(false);
  });

  it("a capitalised trigger at the start of a sentence or in a title-case headline stays an act", () => {
    expect(events("Russia launched the invasion of Ukraine in February. Attacks on Kyiv followed within hours.").some((e) => e.type === "ASSAULT")).toBe(true);
    expect(events("Germany's Invasion Of Poland Began The War").some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("senses: meeting a challenge, and a noun after a possessive", () => {
  it("'meet the challenges', 'meet the needs of', 'meet its obligations' are no meeting; meeting a person or a state is", () => {
    expect(events("The reforms were designed to enable Britain, France and Germany to meet the challenges of the 1990s.").some((e) => e.type === "CONSULT")).toBe(false);
    expect(events("Iraq must do more to meet the needs of the Iraqi people, the United States said.").some((e) => e.type === "CONSULT")).toBe(false);
    expect(events("Iran said it will meet its obligations to the IAEA.").some((e) => e.type === "CONSULT")).toBe(false);
    expect(events("Vladimir Putin met Recep Tayyip Erdogan in Sochi.").some((e) => e.type === "CONSULT")).toBe(true);
    expect(events("Joe Biden met the leaders of France and Germany.").some((e) => e.type === "CONSULT")).toBe(true);
    // (meeting demands is still a concession)
    expect(events("Germany met the demands of Poland.").some((e) => e.type === "CONCEDE")).toBe(true);
  });

  it("a word after 'its', 'his' or 'their' is a noun, not a verb ('failed to meet its targets')", () => {
    expect(events("Russia failed to meet its targets, Ukraine said.").some((e) => e.type === "ASSAULT")).toBe(false);
    // (after a subject pronoun the word may still be the verb)
    expect(events("Russia said they target Ukrainian cities.").some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("senses: a word of force in scare quotes", () => {
  it("'for \"attacking\" Spain', 'protesters \"stormed\" stores' are someone's words, no act of force; unquoted or inside a whole quote they stand", () => {
    expect(events('Pedro Sanchez has hit out at some in the EU for "attacking" Spain in this crisis.').some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("Russia “attacked” Ukraine, the report said.").some((e) => e.type === "ASSAULT")).toBe(false);
    expect(events("Russia attacked Ukraine on Monday.").some((e) => e.type === "ASSAULT")).toBe(true);
    expect(events('"Russia attacked Ukraine," he said.').some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("senses: a bombardment of words is no attack", () => {
  const types = (text: string) => extract(text, "2022-06-01").events.map((e) => e.type);
  it("bombarding a party with leaflets, requests or data is no ASSAULT", () => {
    expect(types("North Korea has been bombarding South Korea with propaganda leaflets.")).not.toContain("ASSAULT");
    expect(types("Russia bombarded the Ukrainian ministry with a barrage of requests.")).not.toContain("ASSAULT");
  });
  it("a bombardment with weapons, or with no means named, stays one", () => {
    expect(types("Russia bombarded Kharkiv with artillery.")).toContain("ASSAULT");
    expect(types("Russia bombarded Kharkiv overnight.")).toContain("ASSAULT");
    expect(types("Israel bombarded Gaza with missiles and propaganda leaflets.")).toContain("ASSAULT");
  });
});

// senses.ts noEffort with senses.noEffort.negators: "has no X to offer" names means one does not have
describe("events: a negated object of 'have' before an infinitive is no act", () => {
  it("'has no meaningful successes to offer the Russian people' is no offer", () => {
    expect(eventKeys("The Kremlin has no meaningful successes to offer the Russian people after a year of war.").filter((x) => x.startsWith("AGREE"))).toEqual([]);
    expect(eventKeys("Moscow had no concessions to offer Kyiv.").filter((x) => x.startsWith("AGREE"))).toEqual([]);
  });

  it("negative: an object without 'no' keeps the act", () => {
    expect(eventKeys("Iran has weapons to offer Russia.")).toContain("AGREE IRN>RUS");
  });
});

describe("senses: support for a hostile act is no support of the party it falls on", () => {
  const supported = (text: string) => events(text).filter((e) => e.type === "SUPPORT").map((e) => e.target.join("+"));
  it("'backed restrictions on Russian visitors', 'backed the invasion of Iraq' support no one named", () => {
    expect(supported("On Monday Finland also backed restrictions on Russian visitors.")).toEqual([]);
    expect(supported("The Commons backed the invasion of Iraq.")).toEqual([]);
    expect(supported("Belarus supports the invasion of Ukraine.")).toEqual([]);
  });
  it("negative: an act with its doer, or a party as the object, is support", () => {
    expect(supported("Belarus supports Russia's invasion of Ukraine.")).toEqual(["RUS"]);
    expect(supported("Poland backed Ukraine.")).toEqual(["UKR"]);
    expect(supported("Poland backed Ukraine's bid to join the EU.")).toEqual(["UKR"]);
  });
});


describe("senses: an attack made with words is criticism, no force", () => {
  const coded = (text: string) => events(text).map((e) => `${e.type} ${e.target.join("+")}`);
  it("a modifier of words, or a venue of words after in/on/during, makes the attack ACCUSE", () => {
    expect(coded("The Russian foreign minister attacked Germany in a speech on Monday.")).toEqual(["ACCUSE DEU"]);
    expect(coded("China launched a blistering attack on Japan's defence policy.")).toEqual(["ACCUSE JPN"]);
    expect(coded("The Iranian president attacked the United States in an interview on state television.")).toEqual(["ACCUSE USA"]);
  });
  it("negative: an attack with no words about it, or words said elsewhere in the sentence, stays force", () => {
    expect(coded("Russia launched an attack on Ukraine.")).toEqual(["ASSAULT UKR"]);
    expect(coded("Russia attacked Ukraine on the day of Biden's speech.")).toEqual(["ASSAULT UKR"]);
    expect(coded("Iran attacked Israel in April, the minister said in an interview.").some((e) => e.startsWith("ASSAULT"))).toBe(true);
  });
  it("a participle of words after the clause, or words as the grounds after over/for, makes the attack ACCUSE", () => {
    expect(coded("The Turkish president attacked Israel's prime minister on Tuesday, deriding his government as a gang.")).toEqual(["ACCUSE ISR"]);
    expect(coded("The Chinese foreign minister attacked the Japanese premier, calling him a danger to peace.")).toEqual(["ACCUSE JPN"]);
    expect(coded("The Russian ambassador attacked Britain over its foreign secretary's remarks on Crimea.")).toEqual(["ACCUSE GBR"]);
    expect(coded("The Iranian president attacked France for its comments about the nuclear talks.")).toEqual(["ACCUSE FRA"]);
  });
  it("negative: a participle of harm or of other words, or grounds that are deeds, leave the attack force", () => {
    expect(coded("Russian forces attacked Ukraine on Tuesday, killing three civilians.")).toEqual(["ASSAULT UKR"]);
    expect(coded("Israeli jets attacked Hamas positions in Gaza, calling the strikes a response to rocket fire.").every((e) => e.startsWith("ASSAULT"))).toBe(true);
    expect(coded("Russia attacked Ukraine over its bid to join Nato.").some((e) => e.startsWith("ASSAULT"))).toBe(true);
    expect(coded("Russian troops attacked the Ukrainian village, slamming it with artillery.").some((e) => e.startsWith("ASSAULT"))).toBe(true);
  });
});

describe("senses: a flow word that only qualifies a measure is no flow cut", () => {
  const sanctions = (text: string) => events(text).filter((e) => e.type === "SANCTION").map((e) => e.target.join("+"));
  it("'curbing the U.S. trade shortfall', 'cut its trade surplus with Washington' are no sanctions", () => {
    expect(sanctions("Japan believes deficit cuts are essential to curbing the record U.S. trade shortfall.")).toEqual([]);
    expect(sanctions("The measures are part of Taiwan's efforts to cut its trade surplus with Washington.")).toEqual([]);
  });
  it("negative: a flow itself cut or curbed stays a sanction", () => {
    expect(sanctions("The United States curbed trade with Iran.")).toEqual(["IRN"]);
    expect(sanctions("Russia halted gas supplies to Poland.")).toEqual(["POL"]);
  });
});

describe("senses: a verb of force whose subject is words is criticism (wordSubjects)", () => {
  it("'a propaganda campaign targeting Ukraine', 'criticism targeting the army' accuse, no force", () => {
    expect(eventKeys("The Kremlin launched a propaganda campaign targeting Ukraine.", "2023-07-22")).toEqual(["ACCUSE RUS>UKR"]);
    expect(eventKeys("Since the invasion, Girkin has made frequent acts of public criticism targeting Russian military efforts.", "2023-07-22").filter((k) => k.startsWith("ASSAULT") && k.includes(">RUS"))).toEqual([]);
  });

  it("negative: missiles or a military campaign targeting a state stay force", () => {
    expect(eventKeys("Russian missiles targeting Kyiv were shot down by Ukraine.", "2023-07-22")).toContain("ASSAULT RUS>UKR");
    expect(eventKeys("A Russian military campaign targeting Ukraine began in February.", "2023-07-22")).toContain("ASSAULT RUS>UKR");
  });
});

describe("senses: giving support is words of support, one event (supportGifts)", () => {
  it("'gave its support to', 'gave Ukraine its support' are SUPPORT, once", () => {
    expect(eventKeys("Germany gave its support to Ukraine's bid to join the EU.", "2023-07-22")).toEqual(["SUPPORT DEU>UKR"]);
    expect(eventKeys("Germany gave Ukraine its support.", "2023-07-22")).toEqual(["SUPPORT DEU>UKR"]);
  });

  it("negative: material support or aid given stays aid", () => {
    expect(eventKeys("The US gave military support to Ukraine.", "2023-07-22")).toEqual(["AID USA>UKR"]);
    expect(eventKeys("Germany gave Ukraine its full military support.", "2023-07-22")).toEqual(["AID DEU>UKR"]);
    expect(eventKeys("Germany gave Ukraine 500 million euros in aid.", "2023-07-22")).toEqual(["AID DEU>UKR"]);
  });
});
