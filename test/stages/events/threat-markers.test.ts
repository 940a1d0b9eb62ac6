import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2022-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

const types = (text: string) => coded(text).map((k) => k.split(" ")[0]);

// find-events.ts (statedPossibility): a hostile act its doer says it may do on a condition is a threat
describe("a possibility on a condition in the doer's own words is a threat", () => {
  it("a reported 'it could' or 'it may' with 'if' or 'unless'", () => {
    expect(coded("Russia said it could cut off gas to Germany if sanctions continue.")).toContain("THREATEN RUS>DEU occurred");
    expect(coded("The EU said it may impose sanctions on Russia if it invades Ukraine.")).toContain("THREATEN EU>RUS occurred");
  });

  it("in a quote of the doer's side", () => {
    expect(coded('"We could halt aid to Serbia if cooperation fails," the EU said.')).toContain("THREATEN EU>SRB occurred");
  });

  it("the act threatened is not coded as done or planned beside the threat", () => {
    expect(types("Russia said it could cut off gas to Germany if sanctions continue.")).not.toContain("SANCTION");
  });

  it("another's forecast, a negated modal or no condition is no threat", () => {
    expect(types("Russia could cut off gas to Germany if sanctions continue, analysts said.")).not.toContain("THREATEN");
    expect(types("Russia said it could not cut off gas to Germany if sanctions continue.")).not.toContain("THREATEN");
    expect(types("Russia said it could cut off gas to Germany.")).not.toContain("THREATEN");
  });

  it("a conditional offer of help is no threat", () => {
    expect(types("Germany said it could send more tanks to Ukraine if the allies agree.")).not.toContain("THREATEN");
  });
});

// find-events.ts (committed): every form of a verb of commitment commits, not only the past
describe("a sworn or vowed hostile act is a threat", () => {
  it("'has sworn to', 'swore to'", () => {
    expect(coded("Iran has sworn to destroy Israel.")).toContain("THREATEN IRN>ISR occurred");
    expect(types("Iran swore to strike Israel.")).toContain("THREATEN");
  });

  it("a sworn act of cooperation is no threat", () => {
    expect(types("Iran swore to talk with Israel.")).not.toContain("THREATEN");
  });
});

// speech-acts.ts (ownPossessedSubject): "its army", "their forces" is the speaker's own side
describe("a warning whose clause has the speaker's own forces as its subject", () => {
  it("threatens the one they would act on", () => {
    expect(coded("Russia has warned that its army will no longer tolerate Ukrainian provocations.")).toContain("THREATEN RUS>UKR occurred");
    expect(coded("Russia warned that its forces would respond to any attack by Ukraine.")).toContain("THREATEN RUS>UKR occurred");
  });

  it("a place the clause names is no party threatened", () => {
    expect(types("Russia warned that their economy will suffer from the war in Ukraine.")).not.toContain("THREATEN");
  });
});

// rejected-proposals.ts with senses.proposalNouns: pressure put on a party is a proposal it may turn down
describe("pressure rebuffed", () => {
  it("is a rejection, and the act pressed for is no event", () => {
    const got = coded("Russia rebuffed pressure from the EU to help end the war.");
    expect(got).toContain("REJECT RUS>EU occurred");
    expect(got.filter((k) => k.startsWith("AID"))).toEqual([]);
  });
});

// find-events.ts (intentEvent, senses.threatVerbs): an act a verb of threatening governs is threatened
describe("a threatened act of any kind", () => {
  it("is a threat, neither the act planned nor a pledge", () => {
    const got = types("The US threatened to pull out of NATO.");
    expect(coded("The US threatened to pull out of NATO.")).toContain("THREATEN USA>NATO occurred");
    expect(got).not.toContain("AGREE");
    expect(got).not.toContain("RETREAT");
    expect(types("The US threatened to withdraw its troops from Germany.")).toEqual(["THREATEN"]);
  });

  it("a vow to withdraw stays a pledge", () => {
    expect(types("The US has vowed to withdraw its troops from Germany.")).toEqual(expect.arrayContaining(["AGREE", "RETREAT"]));
    expect(types("The US has vowed to withdraw its troops from Germany.")).not.toContain("THREATEN");
  });
});

// data/events.json demand-ceasefire, demand-talks: the party after "with" is the one the demand concerns
describe("a demand for a truce or for talks with a party", () => {
  it("is a request to that party", () => {
    expect(coded("Russia demanded a truce with Ukraine.")).toContain("REQUEST RUS>UKR occurred");
    expect(coded("Russia demanded talks with Ukraine.")).toContain("REQUEST RUS>UKR occurred");
    expect(coded("The UN demanded a ceasefire from Israel.")).toContain("REQUEST UN>ISR occurred");
  });

  it("talks on a topic name no party", () => {
    expect(types("Russia demanded talks on gas prices.")).not.toContain("REQUEST");
  });
});

// speech-acts.ts (refusedAct): a refusal cue whose statement names no doer rejects the party of the act turned down
describe("an act of cooperation ruled out in a statement", () => {
  it("rejects the party the act would be done with", () => {
    expect(coded("The US said that lifting sanctions on Burma is out of the question.")).toContain("REJECT USA>MMR occurred");
    expect(coded('"Talks with Iran are out of the question," the Israeli prime minister said.')).toContain("REJECT ISR>IRN occurred");
    expect(coded('"We will never accept talks with Russia," Zelensky said.')).toContain("REJECT UKR>RUS occurred");
  });

  it("the act ruled out is no event of its own", () => {
    expect(types("The US said that lifting sanctions on Burma is out of the question.")).not.toContain("CONCEDE");
  });

  it("a hostile act ruled out rejects no one", () => {
    expect(types('"An attack on Russia is out of the question," Biden said.')).not.toContain("REJECT");
  });
});

// find-parties.ts (subjectBefore): "praised ... but warned": a verb coordinated by "but" shares the subject
describe("a warning coordinated with praise by 'but'", () => {
  it("is the first verb's subject's, toward the condition's party", () => {
    expect(coded("The US praised South Korea's policies but warned of possible retaliation if Seoul's efforts fail.")).toContain("THREATEN USA>KOR occurred");
  });

  it("a clause with its own subject after 'but' keeps it", () => {
    expect(coded("Russia praised the deal, but Ukraine warned Moscow of retaliation.")).toContain("THREATEN UKR>RUS occurred");
  });
});

// speech-acts.ts (conditionGroup): a warning of one's own act with no party acted on threatens the condition's party
describe("a warning of one's own act on a condition", () => {
  it("threatens the party the condition names", () => {
    expect(coded("Turkey warned that it could still block the process if Sweden fails to meet its demands.")).toContain("THREATEN TUR>SWE occurred");
  });

  it("a forecast of what others do names no one threatened", () => {
    expect(types("Russia warned that prices would rise if Europe stops buying gas.")).not.toContain("THREATEN");
  });
});

// find-events.ts (intentEvent): a deployment planned goes to a place, most often a host or an ally
describe("a deployment announced", () => {
  it("is the deployment planned, no threat to the host", () => {
    const got = coded("The Pentagon announced that the U.S. will deploy 3,000 more troops to Romania and Poland.");
    expect(got.filter((k) => k.startsWith("THREATEN"))).toEqual([]);
    expect(got.some((k) => k.startsWith("MOBILIZE USA>") && k.endsWith("planned"))).toBe(true);
  });

  it("under a verb of threatening, or on a condition, it is a threat", () => {
    expect(types("Russia threatened to deploy nuclear weapons to Belarus.")).toContain("THREATEN");
    expect(coded("Moscow has warned it could deploy nuclear weapons in Kaliningrad if Sweden and Finland become Nato members.")).toContain("THREATEN RUS>SWE+FIN occurred");
  });
});

// find-events.ts (refusalOfWill): a negated act of cooperation is a refusal (REJECT) only under a negated modal of will
describe("a negated act of cooperation", () => {
  it("under 'will not', 'would not', 'won't' is a rejection", () => {
    expect(coded("Russia would not meet the demands of Ukraine.")).toContain("REJECT RUS>UKR occurred");
    expect(coded("Iran won't talk with the United States.")).toContain("REJECT IRN>USA occurred");
  });

  it("an inability, an infinitive, a past negation or a prohibition refuses nothing, and is no act", () => {
    for (const text of [
      "Ukraine was not able to join Nato.",
      "Mr Putin's primary goal is for Ukraine never to join Nato.",
      "Mr Trump is not the first US president to send troops to the border with Mexico.",
      "Trump has never met Putin.",
      "Erdogan says the U.S. should not partner with the Syrian Kurds.",
    ])
      expect(types(text).filter((t) => ["REJECT", "COOPERATE", "CONSULT", "AID", "RETREAT"].includes(t))).toEqual([]);
  });
});

// speech-acts.ts (modalAfterNounPhrase): "warned a catastrophe at X would ..." reports a clause, no object
describe("a warning whose clause opens with a noun phrase and a modal", () => {
  it("about what a thing would do threatens no party the phrase names", () => {
    expect(types("Zelensky warned a catastrophe at the Russian-controlled facility would threaten the whole of Europe.")).not.toContain("THREATEN");
  });

  it("a party warned of a price it would pay is still threatened", () => {
    expect(coded("Biden warned the Russian government would pay a heavy price.")).toContain("THREATEN USA>RUS occurred");
  });
});
