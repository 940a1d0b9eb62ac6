import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2022-06-01").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: a participle takes the tense of what governs it", () => {
  it("a gerund after a preposition takes its governing verb's tense", () => {
    expect(statusOf("China hit back by accusing Japan of lying about the islands.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Bill Clinton was praised for launching an airstrike on Iraq.", "ASSAULT")).toBe("occurred");
    // (an act one is accused of is the accusers' claim: event-status-conditions.test.ts)
    expect(statusOf("Bill Clinton was accused of launching an airstrike on Iraq to distract voters.", "ASSAULT")).toBe("claimed");
    expect(statusOf("Israel responded by launching airstrikes on Syria.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Israel will respond by launching airstrikes on Syria.", "ASSAULT")).toBe("planned");
  });

  it("a progressive stays ongoing", () => {
    expect(statusOf("China is accusing Japan of lying about the islands.", "ACCUSE")).toBe("ongoing");
  });

  it("a participial phrase that opens the sentence takes the main clause's tense", () => {
    expect(statusOf("Speaking after new phone talks between Mr Putin and Mr Biden, Ushakov told reporters the call was useful.", "CONSULT")).toBe("occurred");
  });

  it("a participle after the comma of a clause with its own verb takes that verb's tense", () => {
    expect(statusOf("Biden said, announcing sanctions on two Russian banks.", "SANCTION")).toBe("occurred");
    expect(statusOf("Johnson made a surprise trip to Kyiv, pledging new military aid to Ukraine.", "AGREE")).toBe("occurred");
    expect(statusOf("The ICC opened an evidence portal last month, inviting Ukrainians to testify.", "AGREE")).toBe("occurred");
    expect(statusOf("Johnson will travel to Kyiv next week, pledging new military aid to Ukraine.", "AGREE")).toBe("planned");
    expect(statusOf("Biden is speaking in Warsaw, announcing sanctions on Russian banks.", "SANCTION")).toBe("ongoing");
  });

  it("a participle after its noun is as hypothetical as its clause", () => {
    expect(statusOf("More U.S. Special Forces fighting side by side with Iraqi forces would certainly help.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Russian troops fighting Ukrainian forces in the Donbas have suffered heavy losses.", "ASSAULT")).toBe("ongoing");
  });
});

describe("event status: a nominal act carries its own status", () => {
  it("a modifier says whether it is still to come, possible or alleged", () => {
    expect(statusOf("Ukraine's possible accession to the European Union was discussed.", "COOPERATE")).toBe("hypothetical");
  });

  it("a nominal subject of 'is scheduled' or 'will' is planned; one that ended occurred", () => {
    expect(statusOf("Talks between the US and Iran are scheduled for Friday.", "CONSULT")).toBe("planned");
    expect(statusOf("Talks between the US and Iran will take place on Friday.", "CONSULT")).toBe("planned");
    expect(statusOf("Qatar says meetings between the US and Iran are planned.", "CONSULT")).toBe("planned");
    expect(statusOf("The talks between the US and Iran ended on Friday.", "CONSULT")).toBe("occurred");
  });

  it("a definite act with a modal after it still happened", () => {
    expect(statusOf("Putin's invasion of Ukraine would not have happened without the weak response in 2014.", "ASSAULT")).toBe("occurred");
  });

  it("an act dated in a past year occurred, whatever the decision or question around it", () => {
    expect(statusOf("George W. Bush's decision to invade Iraq in 2003 was a mistake.", "ASSAULT")).toBe("occurred");
    expect(statusOf("China's plan to invade Taiwan in 2027 worries Japan.", "ASSAULT")).toBe("planned");
  });
});

describe("event status: conditions", () => {
  it("an act in an 'until' clause still to be met is hypothetical", () => {
    expect(statusOf("Turkey will not be welcome until it withdraws its troops from Cyprus.", "RETREAT")).toBe("hypothetical");
  });

  it("'until' in the past tells what happened", () => {
    expect(statusOf("The talks continued until Russia withdrew its troops from Kyiv.", "RETREAT")).toBe("occurred");
  });
});

describe("event status: performatives and negation", () => {
  it("a first-person present verb in a direct quote is the act itself, done", () => {
    const found = events("“We condemn Russia's attack on Kyiv,” Emmanuel Macron said.");
    expect(found.find((e) => e.type === "ACCUSE")?.status).toBe("occurred");
  });

  it("a past verb in a quote stays the speaker's claim", () => {
    const found = events("“We condemned Russia's attack on Kyiv,” Emmanuel Macron said.");
    expect(found.find((e) => e.type === "ACCUSE")?.status).toBe("claimed");
  });

  it("'did not attack' is no attack; 'did not meet with' is no meeting, 'would not meet with' a rejection", () => {
    expect(events("Russia did not attack Ukraine, Lavrov said.").some((e) => e.type === "ASSAULT")).toBe(false);
    // (a past negation reports what did not happen; a refusal is a negated modal of will: find-events refusalOfWill)
    expect(events("Iran did not meet with the US envoy.").map((e) => e.type)).toEqual([]);
    expect(events("Iran would not meet with the US envoy.").map((e) => e.type)).toEqual(["REJECT"]);
  });
});

describe("event status: regressions", () => {
  it("a possessive 's is not 'is': 'Russia's military has reported destroying' occurred", () => {
    expect(statusOf("Meanwhile, Russia's military has reported destroying key pieces of Ukraine's infrastructure.", "ASSAULT")).toBe("occurred");
  });

  it("'were to reach an agreement' is an arrangement: planned", () => {
    expect(statusOf("The US, Canada and Mexico were to reach an agreement on the pact by 1 July.", "AGREE")).toBe("planned");
  });

  it("a gerund under a modal's verb is as hypothetical as the modal", () => {
    expect(statusOf("The Netherlands should take a firmer stance in supporting Ukraine.", "SUPPORT")).toBe("hypothetical");
    expect(statusOf("The Netherlands took a firmer stance in supporting Ukraine.", "SUPPORT")).toBe("occurred");
  });
});

describe("event status: aspect is no plan", () => {
  it("'continues to urge' is ongoing, 'began to withdraw' occurred, 'will continue to provide' planned", () => {
    expect(statusOf("France continues to urge Russia to withdraw its forces.", "REQUEST")).toBe("ongoing");
    expect(statusOf("Russia began to withdraw its troops from Kyiv.", "RETREAT")).toBe("occurred");
    expect(statusOf("The US will continue to provide military aid to Ukraine.", "AID")).toBe("planned");
  });

  it("a verb of planning still makes a plan", () => {
    expect(statusOf("Russia plans to withdraw its troops from Kyiv.", "RETREAT")).toBe("planned");
  });
});

describe("event status: calendar words and tense", () => {
  it("a present-tense act with a time still to come in its clause is planned", () => {
    expect(statusOf("U.S. and Japanese officials meet tomorrow to try to settle a dispute over semiconductor trade.", "CONSULT")).toBe("planned");
    expect(statusOf("Iranian and Iraqi negotiators meet in Geneva next week.", "CONSULT")).toBe("planned");
    expect(statusOf("On Friday, Iranian and Iraqi negotiators are meeting in Geneva.", "CONSULT")).toBe("planned");
  });

  it("a habit, a past form, or a time that dates another verb is not", () => {
    expect(statusOf("U.S. and Japanese officials meet regularly to settle disputes over trade.", "CONSULT")).toBe("ongoing");
    expect(statusOf("Iranian and Iraqi negotiators met in Geneva on Monday.", "CONSULT")).toBe("occurred");
    // ("said on Monday": the time dates the saying)
    expect(statusOf("Officials said on Monday that Iranian and Iraqi negotiators are meeting in Geneva.", "CONSULT")).not.toBe("planned");
  });

  it("a participle that qualifies a record takes the tense of the act that made it", () => {
    expect(statusOf("The US Senate passed a resolution blaming Saudi Arabia for the murder.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Egypt voted against Russia last year in a UN General Assembly resolution condemning Moscow's invasion.", "ACCUSE")).toBe("occurred");
    expect(statusOf("The UN General Assembly is debating a resolution condemning Russia.", "ACCUSE")).toBe("ongoing");
    expect(statusOf("The UN General Assembly will vote on a resolution condemning Russia.", "ACCUSE")).toBe("planned");
  });

  it("a participle after a noun that is no record keeps its own reading", () => {
    expect(statusOf("Russian troops fighting Ukrainian forces in the Donbas have suffered heavy losses.", "ASSAULT")).toBe("ongoing");
  });
});

describe("event status: what reported words assert and what they take as given", () => {
  it("one's own praise or demand reported in the present is made by saying it", () => {
    expect(statusOf("The UK foreign secretary, Liz Truss, said on Monday that she strongly supports Finland.", "SUPPORT")).toBe("occurred");
    // someone else's act in the speaker's words stays a claim
    expect(statusOf("The UK foreign secretary, Liz Truss, said on Monday that Germany strongly supports Finland.", "SUPPORT")).toBe("claimed");
  });

  it("a definite act the words take as given is no claim; one they assert is", () => {
    expect(statusOf("Erdogan said the delegations came to Ankara in the wake of Russia's invasion of Ukraine.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Erdogan said Russia invaded Ukraine to stop Nato.", "ASSAULT")).toBe("claimed");
    // a prospect is not taken as given
    expect(statusOf("Ukraine said it had intercepted a plan for the destruction of Moldova by Russian intelligence.", "ASSAULT")).not.toBe("occurred");
    // an act the words mark as alleged keeps its mark
    expect(statusOf("Erdogan said the alleged attack on Turkey was staged.", "ASSAULT")).not.toBe("occurred");
  });
});

describe("event status: 'would' in a report is the report's future", () => {
  it("a named subject under a reporting verb, then 'would': planned", () => {
    expect(statusOf("The Swedish foreign ministry said the Swedish and Finnish foreign ministers, Ann Linde and Pekka Haavisto, would travel soon to Turkey for talks.", "CONSULT")).toBe("planned");
  });
  it("'would' with no report before it, or under a condition, stays hypothetical", () => {
    expect(statusOf("The ministers of Sweden would meet Turkey, analysts believe.", "CONSULT")).toBe("hypothetical");
    expect(statusOf("Sweden and Finland would travel to Turkey for talks if Ankara agreed.", "CONSULT")).toBe("hypothetical");
  });
});

describe("event status: a task given is still to be done", () => {
  it("an act after 'with' under a verb of tasking is planned", () => {
    expect(statusOf("Russia's military leadership has tasked its troops with capturing the city of Chasiv Yar by May 9.", "ASSAULT")).toBe("planned");
  });
  it("an act after 'with' under another verb keeps the verb's tense", () => {
    expect(statusOf("Russia's military leadership has credited its troops with capturing the city of Chasiv Yar.", "ASSAULT")).not.toBe("planned");
  });
});

describe("event status: a that-clause its governor does not assert", () => {
  it("under a negated verb of belief or noun of evidence, the act is only entertained", () => {
    expect(statusOf("We do not see any indication that Russia intends to use nuclear weapons in Ukraine.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("There is no evidence that Iran attacked Saudi Arabia.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Blinken said he did not believe that China was arming Russia.", "AID")).toBe("hypothetical");
    expect(statusOf("We have seen no sign that China is arming Russia.", "AID")).toBe("hypothetical");
  });
  it("the same clause asserted, reported or with the negation elsewhere keeps its tense", () => {
    expect(statusOf("There is evidence that Iran attacked Saudi Arabia.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Blinken said that China was arming Russia.", "AID")).toBe("claimed");
    expect(statusOf("Officials who did not attend said that Iran attacked Saudi Arabia.", "ASSAULT")).not.toBe("hypothetical");
    // a dash opens a clause of its own
    expect(statusOf("There is no indication that the talks helped – even when Macron tried to negotiate with Russia.", "CONSULT")).not.toBe("hypothetical");
  });
  it("under a verb of denial the act is denied, and no refusal of the party it names", () => {
    expect(events("The Kremlin denied reports that Russian troops attacked Ukraine.").filter((e) => e.type === "ASSAULT")).toEqual([]);
    expect(events("Russia denied that it supplied weapons to Iran.")).toEqual([]);
    expect(events("Russia said that it supplied weapons to Iran.").map((e) => e.type)).toContain("AID");
    // the denial falls on the degree, not on the act
    expect(statusOf("Andersson rejected claims that Sweden had conceded too much to Turkey.", "CONCEDE")).toBe("occurred");
  });
  it("a gerund under a verb of denying a fact is denied: 'denies aiding the rebels'", () => {
    expect(events("Russia denies aiding rebels in eastern Ukraine.").filter((e) => e.type === "AID")).toEqual([]);
    expect(events("Iran has denied supplying drones to Russia.").filter((e) => e.type === "AID")).toEqual([]);
    expect(events("Iran denied ever having supplied drones to Russia.").filter((e) => e.type === "AID")).toEqual([]);
  });
  it("negative: a gerund under a verb of admitting, or a denial of another verb, stays", () => {
    expect(statusOf("Iran admitted supplying drones to Russia.", "AID")).toBe("occurred");
    expect(statusOf("Iran, which denies wrongdoing, began supplying drones to Russia in 2022.", "AID")).toBe("occurred");
  });
});

describe("event status: an attempt that failed", () => {
  it("an infinitive after a word of failing or inability is no act", () => {
    expect(events("The US and China have struggled to agree on much else.").filter((e) => e.type === "AGREE")).toEqual([]);
    expect(events("Israel and Hamas were unable to agree on a ceasefire.").filter((e) => e.type === "AGREE")).toEqual([]);
    expect(events("The US and Iran struggled to reach a deal.").filter((e) => e.type === "AGREE")).toEqual([]);
    expect(statusOf("Israel and Hamas agreed to a ceasefire.", "AGREE")).toBe("occurred");
    expect(statusOf("Israel and Hamas are able to agree on a ceasefire.", "AGREE")).toBeDefined();
  });
  it("force attempted is force used, in the attempt's tense", () => {
    expect(statusOf("Russian forces failed to capture Kyiv.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Russian forces struggled to capture Kyiv.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Russia plans to capture Kyiv.", "ASSAULT")).toBe("planned");
  });
});

describe("event status: the act a demand puts in the subjunctive", () => {
  it("a bare verb in a that-clause under a verb or noun of demanding is still to be done", () => {
    expect(statusOf("The inquiry focused on Trump's request of Ukrainian President Volodymyr Zelensky on the call that he investigate Joe Biden.", "ACCUSE")).toBe("hypothetical");
    expect(statusOf("He said it was wrong to demand that a foreign government investigate a U.S. citizen.", "ACCUSE")).toBe("hypothetical");
  });
  it("a finite verb there is reported, and a that-clause under another verb keeps its tense", () => {
    expect(statusOf("The inquiry focused on the request, which showed that Zelensky investigated Joe Biden.", "ACCUSE")).not.toBe("hypothetical");
    expect(statusOf("The inquiry found that Zelensky investigated Joe Biden.", "ACCUSE")).toBe("occurred");
  });
});

describe("event status: 'May' the month or the name is no modal", () => {
  it("capitalised inside a sentence", () => {
    expect(statusOf("Since May, when the U.S. began to press Iran to stop enriching uranium, exports have dropped.", "REQUEST")).not.toBe("hypothetical");
    expect(statusOf("British Prime Minister Theresa May spoke on Tuesday. Speaking on Wednesday, May pointed the finger at the Assad government.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Russia may attack Ukraine.", "ASSAULT")).toBe("hypothetical");
  });
});

describe("event status: an absolute phrase after 'with' takes the main clause's tense", () => {
  it("past main clause: occurred; future main clause: planned", () => {
    expect(statusOf("Pakistan hit back at the accusations, with the country's army chief rejecting assistance from the United States.", "REJECT")).toBe("occurred");
    expect(statusOf("Pakistan will hit back at the accusations, with the country's army chief rejecting assistance from the United States.", "REJECT")).toBe("planned");
  });
  it("a participle after 'with' and no comma is not absolute", () => {
    expect(statusOf("The army chief of Pakistan is rejecting assistance from the United States.", "REJECT") ?? "ongoing").toBe("ongoing");
  });
});

describe("event status: an unasserted clause without 'that'", () => {
  it("the governor right before the clause's subject", () => {
    expect(statusOf("There is no evidence Iran attacked Saudi Arabia.", "ASSAULT")).toBe("hypothetical");
    expect(events("The Kremlin denied Russian troops had attacked Ukraine.").filter((e) => e.type === "ASSAULT")).toEqual([]);
  });
  it("negative: an asserting governor, or 'No 10' (Downing Street)", () => {
    expect(statusOf("Officials said Iran attacked Saudi Arabia.", "ASSAULT")).not.toBe("hypothetical");
    expect(statusOf("No 10 said Britain would send 120 armoured vehicles and missiles to Ukraine.", "AID")).toBe("planned");
  });
});

describe("event status: a course weighed is not taken", () => {
  it("a gerund after a verb of weighing is hypothetical", () => {
    expect(statusOf("Biden has been considering scrapping tariffs on Chinese goods.", "CONCEDE")).toBe("hypothetical");
    expect(statusOf("The row led Washington to consider cancelling a scheduled meeting with Russian President Vladimir Putin.", "SANCTION")).toBe("hypothetical");
  });

  it("the same act without the weighing, or a definite act weighed, keeps its tense", () => {
    expect(statusOf("Biden scrapped tariffs on Chinese goods.", "CONCEDE")).toBe("occurred");
    expect(statusOf("Ukraine considered the Russian invasion of Crimea a crime.", "ASSAULT")).toBe("occurred");
  });
});

describe("event status: an act a relative clause identifies is taken as given", () => {
  it("'the sanctions Washington imposed ..., officials said' is no claim about the sanctions", () => {
    expect(statusOf("The sanctions Washington imposed on Iran have hurt its economy, U.S. officials said.", "SANCTION")).toBe("occurred");
    expect(statusOf("The sanctions that Washington imposed on Iran have hurt its economy, officials said.", "SANCTION")).toBe("occurred");
  });

  it("an act the reported words assert stays claimed", () => {
    expect(statusOf("Washington imposed sanctions on Iran, officials said.", "SANCTION")).toBe("claimed");
    expect(statusOf("The sanctions were imposed on Iran by Washington, officials said.", "SANCTION")).toBe("claimed");
  });
});

describe("event status: an act a possessive pronoun owns says when by its own words, not its clause's", () => {
  const owned = (text: string, type: string) => events(text).find((e) => e.type === type && e.rule.includes("+background:possessive"))?.status;

  it("a condition, an obligation or a plan of the clause does not reach the owned act", () => {
    expect(owned("Officials warned that the Kremlin might use nuclear weapons if its invasion of Ukraine continues to flounder.", "ASSAULT")).toBe("occurred");
    expect(owned("Russia should not win its war against Ukraine, the Austrian general said.", "ASSAULT")).toBe("occurred");
    expect(owned("The NATO chief said the alliance must sustain its support for Ukraine.", "SUPPORT")).toBe("occurred");
    expect(owned("Russia tends to raise the nuclear specter when its invasion of Ukraine hits obstacles.", "ASSAULT")).toBe("occurred");
  });

  it("in someone's words the owned act is given, not claimed", () => {
    expect(owned("Australian Defence Minister Richard Marles said his meeting with Ukrainian Prime Minister Denys Shmyhal was productive.", "CONSULT")).toBe("occurred");
  });

  it("a modifier, a time to come or a modal whose subject is the act makes it planned", () => {
    expect(owned("Indian Prime Minister Narendra Modi said his trip to Moscow next week would deepen ties with Russia.", "CONSULT")).toBe("planned");
    expect(owned("German Foreign Minister Annalena Baerbock said her upcoming visit to China would go ahead.", "CONSULT")).toBe("planned");
    // (a participle of status after a possessor is a modifier of the act, not a verb)
    expect(events("German Foreign Minister Annalena Baerbock defended her planned visit to China.").find((e) => e.type === "CONSULT")?.status).toBe("planned");
    expect(events("Analysts said Japanese Prime Minister Yasuhiro Nakasone's scheduled visit to Washington would ease tensions.").find((e) => e.type === "CONSULT")?.status).toBe("planned");
    expect(owned("Japanese Prime Minister Yasuhiro Nakasone leaves on his official visit to the United States on Wednesday.", "CONSULT")).toBe("planned");
    expect(owned("“My visit to the United States will be the most important visit of all,” Japanese Prime Minister Yasuhiro Nakasone said.", "CONSULT")).toBe("planned");
    expect(owned("German Foreign Minister Annalena Baerbock said her visit to China would go ahead.", "CONSULT")).toBe("planned");
    expect(owned("Russian President Vladimir Putin said his possible visit to India was under discussion.", "CONSULT")).toBe("hypothetical");
  });

  it("a weekday after a past verb dates a visit that happened; a past time keeps it occurred", () => {
    expect(owned("On Wednesday, Ukrainian President Volodymyr Zelensky cut short his visit to Ireland on Wednesday after new intelligence emerged.", "CONSULT")).toBe("occurred");
    expect(owned("Indian Prime Minister Narendra Modi said his trip to Moscow last year had deepened ties with Russia.", "CONSULT")).toBe("occurred");
  });

  it("an act a light verb carries is the clause's own and keeps the clause's status", () => {
    expect(events("Officials fear the Kremlin might launch its invasion of Ukraine next month.").find((e) => e.type === "ASSAULT")?.status).not.toBe("occurred");
  });
});

describe("event status: a purpose done on a journey, a participle after its noun, a passive infinitive", () => {
  it("an infinitive of purpose after a past verb of going was done there", () => {
    expect(statusOf("The Polish president travelled to Kyiv to meet Zelensky.", "CONSULT")).toBe("occurred");
    expect(statusOf("The German foreign minister flew to Beijing to urge China to condemn Russia.", "REQUEST")).toBe("occurred");
  });

  it("'provided' as the verb of giving sets no condition; 'provided' before a clause does", () => {
    expect(statusOf("The newspaper provided officials with a report on alleged Russian interference in U.S. elections.", "COERCE")).toBe("claimed");
    expect(statusOf("Russia will withdraw its troops provided Ukraine agrees to talks with Moscow.", "CONSULT")).toBe("hypothetical");
  });

  it("an infinitive of purpose after a past verb of using means was done with them", () => {
    expect(statusOf("Russia used its veto to block the resolution on Syria.", "REJECT")).toBe("occurred");
    expect(statusOf("Russia has employed its veto to block the resolution on Syria.", "REJECT")).toBe("occurred");
    expect(statusOf("Russia will use its veto to block the resolution on Syria.", "REJECT")).toBe("planned");
  });

  it("a purpose still to come stays planned: a future, a wish, a time ahead in its clause", () => {
    expect(statusOf("The Polish president will go to Kyiv to meet Zelensky.", "CONSULT")).toBe("planned");
    expect(statusOf("The Polish president is expected to go to Kyiv to meet Zelensky.", "CONSULT")).toBe("planned");
    expect(statusOf("The Polish president wants to travel to Kyiv to meet Zelensky.", "CONSULT")).toBe("planned");
    expect(statusOf("The Polish president travelled to Kyiv to meet Zelensky next week.", "CONSULT")).toBe("planned");
  });

  it("the month of a purpose done on a journey is the last such month, of one to come the next", () => {
    const consult = (text: string, published: string) => extract(text, published).events.find((e) => e.type === "CONSULT");
    expect(consult("Bulgarian prime minister Kiril Petkov led a delegation to Kyiv to meet the Ukrainian president, Volodymyr Zelenskiy, in late April.", "2022-06-23")).toMatchObject({ status: "occurred", date: "2022-04" });
    expect(consult("Bulgarian prime minister Kiril Petkov will go to Kyiv to meet the Ukrainian president, Volodymyr Zelenskiy, in April.", "2022-06-23")).toMatchObject({ status: "planned", date: "2023-04" });
  });

  it("what one sends is for the thing sent to do, still to come", () => {
    expect(statusOf("The US sent missiles for Ukrainian aircraft to target Russian radars.", "ASSAULT")).toBe("planned");
  });

  it("a past participle that qualifies its noun tells of an act done", () => {
    expect(statusOf("Finland was invited to join a deal agreed between Sweden and Turkey.", "AGREE")).toBe("occurred");
  });

  it("a passive infinitive names an act still to come", () => {
    expect(statusOf("Turkey wants a deal to be agreed between Finland, Sweden and Turkey.", "AGREE")).toBe("planned");
    expect(statusOf("A deal to be agreed between Finland, Sweden and Turkey would clear the way.", "AGREE")).toBe("planned");
    // (a progressive infinitive is no passive: the working goes on)
    expect(statusOf("Australia is proud to be working with Poland to support Ukraine.", "COOPERATE")).toBe("ongoing");
  });
});
