// Speech acts: an attributed statement that carries an act (data/speech-acts.json) is an event of
// the speaker's side; the saying occurred. Negative cases: the cue words where no act is made.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { extract } from "../../helpers.js";
import { compileSpeechActs, readSpeechActs } from "../../../src/lexicon/compile-speech-acts.js";
import { defaultDataDir } from "../../../src/lexicon/compile-lexicon.js";
import { tempDirs } from "../../_temp-dirs.js";

const tempDir = tempDirs();

const triples = (text: string) => {
  const r = extract(text);
  const code = (id: string) => r.actors.find((a) => a.id === id)?.code ?? id;
  return r.events.map((e) => ({ t: `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`, status: e.status, rule: e.rule }));
};
const statements = (text: string) => triples(text).filter((e) => e.rule.startsWith("events/statement:"));

describe("speech acts: statements that carry an act", () => {
  it("an accusation in reported speech: every state named as doing it is accused", () => {
    const evs = statements("Iranian Foreign Minister Abbas Araghchi said the United States and Israel were conducting a propaganda campaign against Iran.");
    expect(evs.map((e) => e.t)).toEqual(["ACCUSE IRN>USA+ISR"]);
    expect(evs[0].status).toBe("occurred");
    expect(evs[0].rule).toBe("events/statement:accuse-deceit+subject");
  });

  it("a label in a direct quote: a person stands for their state", () => {
    expect(statements('"Putin is a war criminal," Biden said.').map((e) => e.t)).toEqual(["ACCUSE USA>RUS"]);
  });

  it("the doer as a modifier: 'Russian aggression', 'Washington's lies'", () => {
    expect(statements("French President Emmanuel Macron said Europe faces a threat from Russian aggression.").map((e) => e.t)).toEqual(["ACCUSE FRA>RUS"]);
    expect(statements('"These are Washington\'s lies," Chinese Foreign Minister Wang Yi said.').map((e) => e.t)).toEqual(["ACCUSE CHN>USA"]);
  });

  it("the one party named outside a prepositional phrase: 'the war of aggression that it started against Ukraine'", () => {
    expect(statements('"We have seen Russia try to continue the war of aggression that it started against Ukraine," Blinken said.').map((e) => e.t)).toEqual(["ACCUSE USA>RUS"]);
  });

  it("a threat: 'would pay dearly' aims at the clause's subject", () => {
    expect(statements("Kim Jong Un said the United States would pay dearly if it attacked North Korea.").map((e) => e.t)).toEqual(["THREATEN PRK>USA"]);
  });

  it("support: 'stands with Ukraine', 'solidarity with'", () => {
    // a noun pattern finds it too: one event, made by saying it, so occurred, not claimed
    const sup = triples('"Germany stands in solidarity with Ukraine," Chancellor Olaf Scholz said.').filter((e) => e.t.startsWith("SUPPORT"));
    expect(sup.map((e) => [e.t, e.status])).toEqual([["SUPPORT DEU>UKR", "occurred"]]);
    expect(statements('"We stand shoulder to shoulder with Ukraine," Chancellor Olaf Scholz said.').map((e) => e.t)).toEqual(["SUPPORT DEU>UKR"]);
  });

  it("a rejection: the claims of the one named are baseless", () => {
    expect(statements('"The accusations by Washington are baseless," Chinese Foreign Minister Wang Yi said.').map((e) => e.t)).toEqual(["REJECT CHN>USA"]);
  });

  it("an offer of talks is CONSULT with the one named", () => {
    expect(statements('"Iran is ready for talks with the United States," Iranian Foreign Minister Abbas Araghchi said.').map((e) => e.t)).toEqual(["CONSULT IRN>USA"]);
  });

  it("the treaty article: Blinken's 'the war of aggression that it started' is ACCUSE USA→RUS, occurred", () => {
    const text = readFileSync(join(defaultDataDir(), "..", "examples", "russia-iran-treaty.txt"), "utf8");
    const r = extract(text);
    const code = (id: string) => r.actors.find((a) => a.id === id)?.code ?? id;
    const acc = r.events.filter((e) => e.type === "ACCUSE" && e.source.map(code).includes("USA") && e.target.map(code).includes("RUS"));
    expect(acc).toHaveLength(1);
    expect(acc[0]).toMatchObject({ trigger: "aggression", status: "occurred", source: ["person:antony-blinken"] });
  });

  it("the same act from a reporting verb and its statement is one event", () => {
    const acc = triples("Ukrainian President Volodymyr Zelensky accused Russia of aggression.").filter((e) => e.t.startsWith("ACCUSE"));
    expect(acc.map((e) => e.t)).toEqual(["ACCUSE UKR>RUS"]);
  });
});

describe("speech acts: negative cases", () => {
  it("no act in the words: 'said he was concerned', 'told reporters', 'told ABC'", () => {
    expect(statements("Russian Foreign Minister Sergei Lavrov said he was concerned about the situation.")).toEqual([]);
    expect(statements("Secretary of State Antony Blinken told reporters that the talks went well.")).toEqual([]);
    expect(statements("Johnson told ABC that he was optimistic about the economy.")).toEqual([]);
  });

  it("a denial, a call for calm, a weather warning with no party", () => {
    expect(statements("The Pope called for calm.")).toEqual([]);
    expect(statements("Israel denied entry to the UN envoy.")).toEqual([]);
    expect(statements("The Met Office warned of rain in London.")).toEqual([]);
  });

  it("a negated cue makes nothing: 'is not an aggressor', 'there was no propaganda'", () => {
    expect(statements('"Russia is not an aggressor," Lavrov said.')).toEqual([]);
    expect(statements("Chinese Foreign Minister Wang Yi said there was no American propaganda in the report.")).toEqual([]);
  });

  it("a statement that names no other party, or only the speaker's own, accuses no one", () => {
    expect(statements('"This is propaganda and lies," Lavrov said.')).toEqual([]);
    expect(statements('"Russian propaganda works well," Russian Foreign Minister Sergei Lavrov said.')).toEqual([]);
  });

  it("a place or a victim is not the accused: 'atrocities in Bucha', 'aggression against Ukraine'", () => {
    expect(statements('"We saw the atrocities in Bucha," Biden said.')).toEqual([]);
    expect(statements('"Aggression against Ukraine must end," French President Emmanuel Macron said.').map((e) => e.t)).not.toContain("ACCUSE FRA>UKR");
  });

  it("a cue said of a claim is about the claim, not about the parties it names", () => {
    expect(statements('"The claims that Russia shelled the plant are propaganda," Lavrov said.')).toEqual([]);
    expect(statements('Putin told Macron that accusations Moscow plans to attack Ukraine were "provocative speculation".')).toEqual([]);
  });

  it("the cue in the journalist's own words is no one's act", () => {
    expect(statements("Russia's aggression against Ukraine continued on Friday.")).toEqual([]);
  });

  it("a news outlet's report is not its act", () => {
    expect(statements("Bloomberg reported that Russian propaganda had spread.")).toEqual([]);
  });
});

describe("speech-act cues: validated data, compiled once", () => {
  it("compiles the shipped cues into a phrase index", () => {
    const lex = compileSpeechActs([readSpeechActs(join(defaultDataDir(), "speech-acts.json"))]);
    expect(lex.size).toBeGreaterThan(5);
    expect(lex.phrases.has("propaganda")).toBe(true);
  });

  it("rejects a cue with an unknown type, naming the file and line", () => {
    const dir = tempDir("dyad-speech-");
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ cues: [{ id: "x", phrases: ["lies"], type: "SCOLD", cameo: "112" }] }, null, 1));
    expect(() => readSpeechActs(file)).toThrow(/bad\.json:\d+/);
  });
});

describe("speech-act word lists are data", () => {
  it("negations, prepositions and claim nouns load from data/speech-acts.json", () => {
    const lex = compileSpeechActs([readSpeechActs(join(defaultDataDir(), "speech-acts.json"))]);
    expect(lex.negations.has("never")).toBe(true);
    expect(lex.notDoerPreps.has("against")).toBe(true);
    expect(lex.claimNouns.has("allegations")).toBe(true);
    expect(lex.agentPreps.has("by")).toBe(true);
    expect(lex.placePreps.has("in")).toBe(true);
  });

  it("rejects a word list entry that is not one lower-case word", () => {
    const dir = tempDir("dyad-speech-");
    const file = join(dir, "bad-list.json");
    writeFileSync(file, JSON.stringify({ negations: ["Not Ever"], cues: [] }, null, 1));
    expect(() => readSpeechActs(file)).toThrow(/bad-list\.json/);
  });
});

// a reporting verb whose object names no actor: who made the object, who the that-clause is about,
// who the quote stage says spoke
const verbal = (text: string) => triples(text).filter((e) => /^(ACCUSE|REQUEST|REJECT|THREATEN|SUPPORT) /.test(e.t));

describe("reporting verbs: the target when the object names no actor", () => {
  it("the maker of the object: 'welcomed the decision by Iran', 'praised the efforts from Qatar'", () => {
    expect(verbal("France welcomed the decision by Iran to free the prisoners.").map((e) => [e.t, e.rule])).toEqual([["SUPPORT FRA>IRN", "events/verb:welcome+object-agent"]]);
    expect(verbal("Germany praised the efforts from Qatar to broker a deal.").map((e) => e.t)).toEqual(["SUPPORT DEU>QAT"]);
    expect(verbal("Britain condemned the shelling by Russia.").map((e) => e.t)).toEqual(["ACCUSE GBR>RUS"]);
  });

  it("a participle of making between the object and its maker: 'the ban imposed by the UN', 'the raid carried out by Israel'", () => {
    expect(verbal("Iran defied the sanctions imposed by the United States.").map((e) => [e.t, e.rule])).toEqual([["REJECT IRN>USA", "events/verb:defy+object-agent"]]);
    expect(verbal("North Korea violated a ban imposed by the United Nations.").map((e) => e.t)).toEqual(["REJECT PRK>UN"]);
    expect(verbal("Egypt condemned the raid carried out by Israel.").map((e) => e.t)).toEqual(["ACCUSE EGY>ISR"]);
    expect(verbal("Japan welcomed the decision taken by South Korea.").map((e) => e.t)).toEqual(["SUPPORT JPN>KOR"]);
  });

  it("a warning whose clause has the speaker's side act threatens the one it acts on", () => {
    expect(verbal("North Korea warned that it will no longer tolerate South Korean drills.").map((e) => e.t)).toEqual(["THREATEN PRK>KOR"]);
    expect(verbal("Iran warned on Monday that it would retaliate against Israel.").map((e) => e.t)).toEqual(["THREATEN IRN>ISR"]);
  });

  it("a complaint that another state does something accuses it", () => {
    expect(verbal("Ukraine complained that Hungary was blocking the aid package.").map((e) => e.t)).toEqual(["ACCUSE UKR>HUN"]);
  });

  it("a pronoun the quote stage resolved speaks for its person: 'She accused the Russian forces'", () => {
    const evs = verbal("Ukraine's energy minister Halyna Haluschenko spoke on Monday. She accused the Russian forces of holding 92 plant personnel as hostages.");
    expect(evs.map((e) => e.t)).toContain("ACCUSE UKR>RUS");
    expect(evs.find((e) => e.t === "ACCUSE UKR>RUS")!.rule).toMatch(/\+speaker$/);
  });
});

describe("reporting verbs: negative cases", () => {
  it("no party made the object or is named in the clause: no target, no event", () => {
    expect(verbal("The minister welcomed the decision by the committee.")).toEqual([]);
    expect(verbal("Britain welcomed guests at the palace in London.")).toEqual([]);
    expect(verbal("The minister warned that prices in Germany would rise.")).toEqual([]);
    expect(verbal("The Pope called for calm.")).toEqual([]);
  });

  it("a participle that names no making, or a maker with no state, gives no target", () => {
    expect(verbal("Iran defied the sanctions affecting its banks by the dozen.")).toEqual([]);
    expect(verbal("The minister condemned the attack carried out by gunmen.")).toEqual([]);
    expect(verbal("Britain condemned the attack seen by witnesses in Russia.")).toEqual([]);
  });

  it("a warning about what another state may do is no threat to it", () => {
    expect(verbal("Britain warned that Russia could attack Ukraine again.").map((e) => e.t).filter((t) => t.includes("+that-clause"))).toEqual([]);
    expect(verbal("Japan warned that it would hold elections in Tokyo.")).toEqual([]);
  });

  it("a refused or declined act did not happen: 'declined to condemn Russia', 'refused to comment'", () => {
    expect(verbal("China declined to condemn Russia.")).toEqual([]);
    expect(verbal("India declined to criticise Moscow.")).toEqual([]);
    expect(triples("The Kremlin refused to comment on the report.")).toEqual([]);
  });

  it("a pronoun with no quote behind it stays no one's", () => {
    expect(verbal("She accused the Russian forces of holding staff hostage.")).toEqual([]);
  });
});

describe("a denied claim is a rejection of its maker", () => {
  it("'..., which Moscow denies': the claim's speaker", () => {
    expect(verbal("Kyiv says the depots are used to supply the Russian military, which Moscow denies.").map((e) => [e.t, e.status])).toEqual([["REJECT RUS>UKR", "occurred"]]);
  });

  it("'something (that) Tehran denies': the subject of the reporting verb", () => {
    expect(verbal("Israel says Iran is building a nuclear bomb, something Tehran denies.").map((e) => e.t)).toEqual(["REJECT IRN>ISR"]);
    expect(verbal("The United States says Iran wants a nuclear weapon, something that Tehran denies planning to build.").map((e) => e.t)).toEqual(["REJECT IRN>USA"]);
  });
});

describe("a denied claim: negative cases", () => {
  it("a denial with an object of its own is another act", () => {
    expect(verbal("Kyiv says the border is closed, which Moscow denied the envoy.").filter((e) => e.rule.includes("denied-claim"))).toEqual([]);
  });

  it("no claimant of another state: nothing", () => {
    expect(verbal("Russian officials say the depots are empty, which Moscow denies.")).toEqual([]);
    expect(verbal("The report, which Moscow denies, was published on Monday.")).toEqual([]);
  });
});

describe("a label given to a state is an act toward it", () => {
  it("'called Japan a reliable partner', 'described Poland as a true friend'", () => {
    expect(verbal('Biden called Japan a "reliable partner".').map((e) => [e.t, e.rule])).toEqual([["SUPPORT USA>JPN", "events/statement:label-friend"]]);
    expect(verbal("Zelensky described Poland as a true friend of Ukraine.").map((e) => e.t)).toEqual(["SUPPORT UKR>POL"]);
  });

  it("a participle clause's label is the main subject's: ', calling Morocco a good ally'", () => {
    expect(verbal('Spain defended its border policy on Monday, calling Morocco a "good ally".').map((e) => e.t)).toContain("SUPPORT ESP>MAR");
  });
});

describe("a label: negative cases", () => {
  it("a label taken back, or no label noun", () => {
    expect(verbal("Biden called Japan an unreliable partner.")).toEqual([]);
    expect(verbal("Macron said Russia was not a reliable partner and called Russia a threat.").filter((e) => e.t.startsWith("SUPPORT"))).toEqual([]);
    expect(verbal("Biden called Japan on Tuesday.")).toEqual([]);
  });

  it("a label for the speaker's own state is no act toward another", () => {
    expect(verbal("Sunak called Britain a true friend of Ukraine.")).toEqual([]);
  });
});

describe("a participle clause of reporting: the main subject said it, and it occurred", () => {
  it("', accusing Washington of ...', ', and blaming Iran'", () => {
    expect(verbal("Iranian Foreign Minister Abbas Araghchi spoke to reporters on Monday, accusing Washington of sabotaging the talks.").map((e) => [e.t, e.status])).toEqual([["ACCUSE IRN>USA", "occurred"]]);
    expect(verbal("Qatar and Saudi Arabia also denounced the attacks, each saying a tanker had been hit, and blaming Iran.").map((e) => [e.t, e.status])).toEqual([["ACCUSE QAT+SAU>IRN", "occurred"]]);
  });

  it("a progressive reporting verb is not a participle clause: 'is calling on Germany'", () => {
    expect(verbal("Poland is calling on Germany to send tanks.").map((e) => e.status)).toEqual(["ongoing"]);
  });
});

describe("a warning said of a clause", () => {
  it("another party as the clause's subject: a price named threatens it", () => {
    expect(verbal("Biden warned Russia would face severe consequences if it invaded Ukraine.").map((e) => e.t)).toContain("THREATEN USA>RUS");
    expect(verbal("Biden warned that Russia would pay a heavy price.").map((e) => e.t)).toEqual(["THREATEN USA>RUS"]);
  });

  it("the speaker's side acts and the clause names no one else: the one its other act in the sentence is aimed at", () => {
    expect(verbal("Iran's foreign minister condemned the US strikes, and warned that Tehran would take decisive measures.").map((e) => e.t)).toEqual(["ACCUSE IRN>USA", "THREATEN IRN>USA"]);
  });

  it("a warning with a direct object is not a clause: 'warned Iran against any attack'", () => {
    expect(verbal("The United States warned Iran against any attack.").map((e) => e.t)).toEqual(["THREATEN USA>IRN"]);
  });
});

describe("a warning said of a clause: negative cases", () => {
  it("what another party has done or is, with no price named, threatens no one", () => {
    expect(verbal("The agency warned that a Russian state-backed hacker group had developed a new type of malware.")).toEqual([]);
    expect(verbal("Von der Leyen warned Russia was the most direct threat to the international order.").filter((e) => e.t.startsWith("THREATEN"))).toEqual([]);
    expect(verbal("Britain warned that Russia could attack Ukraine again.").filter((e) => e.t.startsWith("THREATEN"))).toEqual([]);
  });

  it("no other act of the speaker's in the sentence, or acts toward two parties: no target guessed", () => {
    expect(verbal("Iran's foreign minister warned that Tehran would take decisive measures.")).toEqual([]);
    expect(verbal("Iran's foreign minister condemned Israel and the United States, and warned that Tehran would take decisive measures.").filter((e) => e.t.startsWith("THREATEN"))).toEqual([]);
  });
});

describe("speech- verb patterns (data/events.json)", () => {
  it("criticism: 'railed against', 'spoke out against', 'chided', 'faulted'", () => {
    expect(verbal("Erdogan railed against Sweden on Tuesday.").map((e) => e.t)).toEqual(["ACCUSE TUR>SWE"]);
    expect(verbal("Lithuania spoke out against Russia's aggression.").map((e) => e.t)).toContain("ACCUSE LTU>RUS");
    expect(verbal("Beijing chided Washington for its arms sales.").map((e) => e.t)).toEqual(["ACCUSE CHN>USA"]);
    expect(verbal("Germany faulted Hungary for blocking the package.").map((e) => e.t)).toEqual(["ACCUSE DEU>HUN"]);
  });

  it("'alleged that Iran had sent drones' accuses the clause's subject", () => {
    expect(verbal("The United States alleged that Iran had sent drones to Russia.").map((e) => e.t)).toEqual(["ACCUSE USA>IRN"]);
  });

  it("rejection and support: 'balked at', 'threw its weight behind'", () => {
    expect(verbal("Hungary balked at the European Union's sanctions plan.").map((e) => e.t)).toEqual(["REJECT HUN>EU"]);
    expect(verbal("France threw its weight behind Germany's proposal.").map((e) => e.t)).toEqual(["SUPPORT FRA>DEU"]);
  });
});

describe("speech- verb patterns: negative cases", () => {
  it("the words in other senses: 'the alleged attack', 'threw the ball', 'a rail link'", () => {
    expect(verbal("The alleged attack by Russia was reported on Monday.")).toEqual([]);
    expect(verbal("Germany threw the ball back to France.")).toEqual([]);
    expect(verbal("Poland opened a rail link with Ukraine.")).toEqual([]);
  });

  it("no party acted on: 'spoke out against the weather', 'alleged that prices rose'", () => {
    expect(verbal("Germany spoke out against the new rules.")).toEqual([]);
    expect(verbal("Britain alleged that prices in London rose.")).toEqual([]);
  });
});

describe("an accusation noun with a that-clause accuses the clause's subject", () => {
  it("the maker as the subject of a verb that carries the claim: 'doubled down on accusations that Nato ...'", () => {
    expect(verbal('Pope Francis has doubled down on accusations that Nato may have "provoked" the war in Ukraine.').map((e) => [e.t, e.rule])).toEqual([["ACCUSE VAT>NATO", "events/noun:accusation+carrier+that-clause"]]);
    expect(verbal("China repeated allegations that the United States was funding the protests.").map((e) => e.t)).toEqual(["ACCUSE CHN>USA"]);
  });

  it("the maker as the noun's own modifier: 'Russian accusations that Ukraine shelled the plant'", () => {
    expect(verbal("Kyiv dismissed Russian accusations that Ukraine shelled the plant.").map((e) => e.t)).toContain("ACCUSE RUS>UKR");
  });
});

describe("an accusation noun with a that-clause: negative cases", () => {
  it("the clause's subject is the speaker's side, or no one makes the claim", () => {
    expect(verbal("Russia rejected accusations that it shelled the plant.").filter((e) => e.t.startsWith("ACCUSE"))).toEqual([]);
    expect(verbal("Amid accusations that Russia interfered in the election, officials met in Geneva.").filter((e) => e.t.startsWith("ACCUSE"))).toEqual([]);
    expect(verbal("Britain investigated accusations that Russia interfered.").filter((e) => e.rule.includes("+carrier"))).toEqual([]);
  });
});

describe("an obligation laid on the one told is a demand", () => {
  it("'told China it should play by the rules', 'reminded Iran that it must honour the deal'", () => {
    expect(verbal('The foreign secretary Liz Truss told China it should "play by the rules".').map((e) => e.t)).toContain("REQUEST GBR>CHN");
    // (the telling occurred)
    expect(verbal("Biden reminded Iran that it must honour the deal.").map((e) => [e.t, e.status])).toEqual([["REQUEST USA>IRN", "occurred"]]);
  });
});

describe("an obligation laid on the one told: negative cases", () => {
  it("no obligation, or a 'he' that may be anyone, or the told is no party", () => {
    expect(verbal("Britain told France it would help.")).toEqual([]);
    expect(verbal("Biden told Putin he must withdraw.").filter((e) => e.rule.includes("told-to-act"))).toEqual([]);
    expect(verbal("Macron told reporters it should be done soon.")).toEqual([]);
  });
});

describe("a fronted participle clause is done by the main clause's subject", () => {
  it("'While urging China to act, the United States imposed new tariffs'", () => {
    expect(verbal("While urging China to act, the United States imposed new tariffs.").map((e) => [e.t, e.status])).toContainEqual(["REQUEST USA>CHN", "occurred"]);
  });

  it("'after agreeing to lift its objections to Sweden and Finland's accession, Turkey's president ...'", () => {
    expect(triples("Just two days after agreeing to lift deal-breaking objections to Sweden and Finland's Nato accession, Turkey's president has warned that Ankara could still block the process.").map((e) => e.t)).toContain("AGREE TUR>SWE+FIN");
  });

  it("negative: the act is in the main clause, or the main clause opens with no party", () => {
    expect(verbal("After the meeting with Putin, Macron praised Ukraine.").map((e) => e.rule).filter((r) => r.includes("+fronted"))).toEqual([]);
    expect(verbal("After criticising Russia, officials in Berlin left.").filter((e) => e.rule.includes("+fronted"))).toEqual([]);
  });
});

describe("the victim of the act condemned is not the accused", () => {
  it("'condemned the invasion of Ukraine', 'condemns the brutal killing of the American hostage'", () => {
    expect(verbal("Britain condemned the invasion of Ukraine.")).toEqual([]);
    expect(verbal("Jordan strongly condemned the brutal killing of the American hostage.")).toEqual([]);
  });

  it("negative: the doer named, or a call for sanctions against the one accused", () => {
    expect(verbal("Germany condemned Russia's attacks on Ukraine.").map((e) => e.t)).toEqual(["ACCUSE DEU>RUS"]);
    expect(verbal("Italy called for new sanctions against Iran.").map((e) => e.t)).toEqual(["ACCUSE ITA>IRN"]);
    expect(verbal("Turkey lodged a protest against Greece.").map((e) => e.t)).toEqual(["ACCUSE TUR>GRC"]);
  });
});

describe("blame laid 'on' a party after an act noun: the one blamed, not the victim", () => {
  it("'blamed the bombing on Iran', 'pinned the raids on Hezbollah', a later 'on' after the victim's", () => {
    expect(verbal("Egypt and Jordan have blamed the bombings on Iran.").map((e) => e.t)).toEqual(["ACCUSE EGY+JOR>IRN"]);
    expect(verbal("Washington blamed the attack on its embassy on Iran.").map((e) => e.t)).toEqual(["ACCUSE USA>IRN"]);
    expect(verbal("Seoul is blaming the shelling on North Korea.").map((e) => e.t)).toEqual(["ACCUSE KOR>PRK"]);
  });

  it("negative: a verb of judging keeps the victim out, and the one blamed as the object stays", () => {
    expect(verbal("Turkey condemned the attack on Iran.")).toEqual([]);
    expect(verbal("Britain criticised the strikes on Syria.")).toEqual([]);
    expect(verbal("Israel blamed Hamas for the attack on its soldiers.").map((e) => e.t)).toEqual(["ACCUSE ISR>PSE"]);
  });
});

describe("a warning said of a clause: words after a colon, a condition first", () => {
  it("negative: 'warned: \"Russia is likely to ...\"', 'warned that if Putin succeeded ..., Ukrainians would'", () => {
    expect(verbal('Britain\'s foreign secretary Liz Truss warned: "Russia is likely to use the Baltics to raise tensions."').filter((e) => e.t.startsWith("THREATEN"))).toEqual([]);
    expect(verbal("Biden warned that if Putin succeeded in installing a puppet regime in Kyiv, Ukrainians would never acquiesce.").filter((e) => e.t.startsWith("THREATEN"))).toEqual([]);
    expect(verbal("Western officials warned that the Kremlin might use nuclear weapons if its invasion of Ukraine falters.").filter((e) => e.t.startsWith("THREATEN"))).toEqual([]);
  });

  it("a price named after a condition still threatens: 'warned that if Israel attacks, it would respond'", () => {
    expect(verbal("Iran warned that if Israel attacks, it would respond with force.").map((e) => e.t)).toEqual(["THREATEN IRN>ISR"]);
  });
});

describe("a warning said of a clause: 'had better not', 'best not' is a threat", () => {
  it("'Trump warned: \"North Korea best not make any more threats\"'", () => {
    expect(verbal('Trump warned: "North Korea best not make any more threats to the United States."').map((e) => e.t)).toContain("THREATEN USA>PRK");
  });
});

describe("an obligation in reported words is a demand made by saying it", () => {
  const obliged = (text: string) => triples(text).filter((e) => e.rule === "events/obligation").map((e) => [e.t, e.status]);
  it("the demand occurred when it was said, whatever the modal says of the act demanded", () => {
    expect(obliged("The British minister said on Monday that China must drop its trade barriers.")).toEqual([["REQUEST GBR>CHN", "occurred"]]);
    expect(obliged('"Libya has to hand over the suspects," the British minister said.')).toEqual([["REQUEST GBR>LBY", "occurred"]]);
    expect(obliged("Iran's supreme leader said Iraqis should guard against foreign plots.")).toEqual([["REQUEST IRN>IRQ", "occurred"]]);
  });
  it("words still to be said are a planned demand", () => {
    expect(obliged("The British minister will say that China must drop its trade barriers.")).toEqual([["REQUEST GBR>CHN", "planned"]]);
  });
  it("negative: a need in a clause that qualifies a thing, a question, a past counterfactual", () => {
    expect(obliged("The French minister said the howitzers that Ukraine needs to hold the front would arrive in May.")).toEqual([]);
    expect(obliged("The British minister said the sanctions closed every route Iran has to buy parts abroad.")).toEqual([]);
    expect(obliged("“We asked if Russia must keep its seat,” the French minister said.")).toEqual([]);
    expect(obliged("“Russia shouldn’t have invaded Ukraine,” the Brazilian president said.")).toEqual([]);
    expect(obliged("“Russia should not have invaded Ukraine,” the Brazilian president said.")).toEqual([]);
  });
  it("a need or a 'should' of a clause's own subject stays a demand", () => {
    expect(obliged("The French minister said Russia needs to withdraw its troops.")).toEqual([["REQUEST FRA>RUS", "occurred"]]);
    expect(obliged("The French minister said this is the moment when Russia should withdraw its troops.")).toEqual([["REQUEST FRA>RUS", "occurred"]]);
    expect(obliged("The French minister said that Russia has to withdraw its troops.")).toEqual([["REQUEST FRA>RUS", "occurred"]]);
  });
  it("negative: no one obliged, or nobody said it", () => {
    expect(obliged("The British minister said it should be done soon.")).toEqual([]);
    expect(obliged("China must drop its trade barriers.")).toEqual([]);
  });
});

describe("a statement about an act that may come, or a denied one, accuses no one of an act done", () => {
  const accused = (text: string) => statements(text).filter((e) => e.t.startsWith("ACCUSE")).map((e) => e.t);
  it("an indefinite subject of 'would', a modifier of what may come, 'would be' before the cue, a denial", () => {
    expect(accused("“Any aggression by China against Taiwan would be a strategic mistake,” the British minister said.")).toEqual([]);
    expect(accused("“China must understand that military aggression towards Taiwan would be a strategic mistake,” the British minister said.")).toEqual([]);
    expect(accused("The British prime minister said Western governments should continue to support Ukraine to deter any future aggression by Russia.")).toEqual([]);
    expect(accused("He added: “We have an opportunity and it would be irresponsible if we, the Israelis, or the world allow it to slip away,” the Palestinian president said.")).toEqual([]);
    expect(accused("The US president said he believed Putin's denial of Russian interference in the election.")).toEqual([]);
  });
  it("negative: an actor's or a definite act, or a cue the modal does not govern, still accuses", () => {
    expect(accused("“Russian aggression would not be tolerated,” the Polish president said.")).toEqual(["ACCUSE POL>RUS"]);
    expect(accused("“Russia's exercises are provocative,” the Finnish minister said.")).toEqual(["ACCUSE FIN>RUS"]);
    expect(accused("The Polish president said Russia's propaganda would not work.")).toEqual(["ACCUSE POL>RUS"]);
  });
});

describe("speech acts: a party said to be a threat or to intend an attack is accused", () => {
  it("the subject of 'is the greatest threat to', 'poses a threat to', 'remains a direct threat to' is accused", () => {
    expect(statements('"North Korea remains a direct threat to peace in the region," the Japanese defence minister said.').map((e) => e.t)).toEqual(["ACCUSE JPN>PRK"]);
    expect(statements("The Chinese foreign ministry said the United States was the greatest threat to world peace.").map((e) => e.t)).toEqual(["ACCUSE CHN>USA"]);
    const ev = statements('"Iran\'s nuclear programme poses a grave threat to the region," the German foreign minister said.');
    expect(ev.map((e) => [e.t, e.rule])).toEqual([["ACCUSE DEU>IRN", "events/statement:accuse-threat+subject"]]);
  });

  it("'dangerous countries', 'a danger to', 'plans to invade': every state named as the doer is accused", () => {
    expect(statements('"Russia and Belarus are now dangerous countries that want to attack their neighbours," the Latvian foreign minister said.').map((e) => e.t)).toEqual(["ACCUSE LVA>RUS+BLR"]);
    expect(statements("The German chancellor said Russia was a danger to European peace.").map((e) => e.t)).toEqual(["ACCUSE DEU>RUS"]);
    expect(statements("Polish President Andrzej Duda said Moscow plans to attack NATO countries within five years.").map((e) => e.t)).toEqual(["ACCUSE POL>RUS"]);
  });

  it("no accusation: a threat denied, hypothetical, not a party's, or the speaker's own side", () => {
    expect(statements('"Russia is not a threat to Finland," Russian President Vladimir Putin said.')).toEqual([]);
    expect(statements('"We pose no threat to anyone," the Chinese defence minister said.')).toEqual([]);
    expect(statements('"If Iran gets the bomb, it could become a danger to the whole world," Israeli Prime Minister Benjamin Netanyahu said.')).toEqual([]);
    expect(statements('"A nuclear-armed Iran would pose a threat to Europe," French President Emmanuel Macron said.')).toEqual([]);
    expect(statements('"The threat of climate change is real," US President Joe Biden said.')).toEqual([]);
    expect(statements('"Climate change is the biggest threat to our security," the Australian defence minister said.')).toEqual([]);
    expect(statements('"We have no plans to attack anyone," Russian President Vladimir Putin said.')).toEqual([]);
    expect(statements('"Israel plans to strike back at the right moment," the Israeli defence minister said.')).toEqual([]);
  });

  it("'a threat' alone: the subject is accused, unless it faces the threat or the threat is to do something", () => {
    expect(statements('"China is a threat," the Australian defence minister said.').map((e) => e.t)).toEqual(["ACCUSE AUS>CHN"]);
    expect(statements('"Russia remains a threat," NATO Secretary General Jens Stoltenberg said.').map((e) => e.t)).toEqual(["ACCUSE NATO>RUS"]);
    expect(statements('"Ukraine faces a grave threat to its sovereignty," the British foreign secretary said.')).toEqual([]);
    expect(statements('"Taiwan is facing the biggest threat in decades," the US defence secretary said.')).toEqual([]);
    expect(statements("Trump said on Friday he would decide soon whether to carry out his threat to hit Beijing with new tariffs.")).toEqual([]);
    expect(statements('"There is a threat of terrorist attacks," the French interior minister said.')).toEqual([]);
    // an infinitive after another cue keeps it: the propaganda is still Moscow's
    expect(statements('"Moscow is using its propaganda to stir up anger against the government," the Moldovan president said.').map((e) => e.t)).toEqual(["ACCUSE MDA>RUS"]);
  });
});
