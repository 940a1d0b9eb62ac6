import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const quotes = (text: string) => extract(text).quotes;

describe("quotes: negative cases", () => {
  it("scare quotes with no speaker are not quotes", () => {
    expect(quotes("The so-called “peace” plan was dropped.")).toEqual([]);
  });

  it("a verb of speech used as a noun is no cue", () => {
    expect(quotes("The report was published on Friday and the statement was long.")).toEqual([]);
  });

  it("cues that take plain objects need 'that' for reported speech", () => {
    expect(quotes("The White House announced new sanctions against Russia on Friday.")).toEqual([]);
  });

  it("apostrophes are not single quotes", () => {
    const qs = quotes("Russia’s army and the Kims’ rule don’t change, Lavrov said.");
    expect(qs.every((q) => q.kind === "indirect")).toBe(true);
  });

  it("no quote from a linked-story headline", () => {
    expect(quotes("PUTIN SAYS ‘HEROIC PEOPLE’ OF NORTH KOREA WILL ‘CONFRONT’ WEST WITH RUSSIA\nThe talks ended.")).toEqual([]);
  });
});

describe("quotes: what was not said", () => {
  it("'have not yet said why' reports nothing", () => {
    expect(quotes("His staff have not yet said why he was admitted.")).toEqual([]);
  });
  it("adverbs and days before 'that' still lead to the clause", () => {
    const [q] = extract("Egyptian President Hosni Mubarak said here Wednesday that the US must be ready to mediate.", "2000-06-15").quotes;
    expect(q).toMatchObject({ kind: "indirect", text: "the US must be ready to mediate" });
  });
});

describe("quotes: CLAUSE, said X (the speaker after the verb)", () => {
  it("the speaker follows the cue; the actor nearest before the comma belongs to the clause", () => {
    const q = quotes("But that doesn't mean that the war necessarily ends with a clear Russian defeat, said Liana Fix at the Council on Foreign Relations, another US think tank.");
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speakerName: "Liana Fix", kind: "indirect", text: "But that doesn't mean that the war necessarily ends with a clear Russian defeat" });
    expect(q[0].rule).toMatch(/^quotes\/indirect:clause-cue-speaker/);
    expect(quotes("The sanctions will hurt Moscow, said Foreign Minister Sergei Lavrov.")).toMatchObject([{ speakerName: "Sergei Lavrov", text: "The sanctions will hurt Moscow" }]);
  });

  it("not after a hearer, an accused, a participle, or before a clause of the speaker's own", () => {
    const none = (text: string) => quotes(text).filter((q) => q.rule.startsWith("quotes/indirect:clause-cue-speaker"));
    expect(none("The committee should act, a former prosecutor told Fox News on Monday.")).toEqual([]);
    expect(none("The movement that called the protests, Tamarod, accused Mohamed Morsi of betraying the revolution.")).toEqual([]);
    expect(none("The president lashed out at Pakistan in a tweet, accusing Islamabad of giving nothing in return.")).toEqual([]);
    expect(none("The talks failed, said Sergei Lavrov, who then left for Moscow.")).toEqual([]);
  });
});

describe("quotes: reports joined by 'and said' / ', saying'", () => {
  it("a second report has the first one's speaker, not the nearest actor", () => {
    const q = quotes("In addition to issuing pointed warnings aimed at Israel, Bashar al-Assad said his regime had received Russian weapons and suggested that Moscow was following through with the delivery of air-defense missiles.");
    expect(q.map((x) => [x.speakerName, x.text])).toEqual([
      ["Bashar al-Assad", "his regime had received Russian weapons"],
      ["Bashar al-Assad", "Moscow was following through with the delivery of air-defense missiles"],
    ]);
  });

  it("what comes before ', saying' is no report when it has no verb of its own", () => {
    const q = quotes("While Russia was achieving gains in eastern Ukraine, British Prime Minister Boris Johnson stressed the depletion of Russian forces, saying that Russia would need years to replace the equipment.");
    expect(q.map((x) => [x.speakerName, x.text])).toEqual([["Boris Johnson", "Russia would need years to replace the equipment"]]);
  });
});

describe("quotes: a date is no speaker", () => {
  it("the phrase before 'in December' speaks, not the month", () => {
    const q = quotes('US intelligence findings in December estimated that Russia could begin a military offensive in Ukraine "as soon as early 2022."');
    expect(q.length).toBeGreaterThan(0);
    expect(q.map((x) => x.speakerName)).not.toContain("December");
    expect(q[0]).toMatchObject({ speakerName: "US intelligence findings", speaker: "USA" });
  });

  it("a straight mark after a full stop but before lower case closes the quote as usual", () => {
    const qs = quotes('Mr Smith said: "We will not leave. " and then he left the hall.');
    expect(qs.filter((q) => q.kind === "direct").map((q) => q.text)).toEqual(["We will not leave."]);
  });

  it("a quoted word inside a quote does not split it", () => {
    const qs = quotes('Mr Smith said: "This so-called "peace" plan is a trap for all of us."').filter((q) => q.kind === "direct");
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toContain("This so-called");
  });

  it("an appositive with a clause and no closing comma is not skipped to a later cue", () => {
    const [q] = quotes("“We will win,” Mr Smith, who met the ministers of Kyiv and then said nothing.");
    expect(q?.speakerName ?? null).toBeNull();
  });

  it("'as' opening a time clause, or comparing an outcome with a forecast, attributes nothing", () => {
    expect(quotes("The army pushed into the town, as Russia announced a new offensive in the east.")).toEqual([]);
    expect(quotes("Prices rose sharply in the spring, as analysts had predicted.")).toEqual([]);
  });

  it("a direct quote and its speaker's description are no indirect clause", () => {
    const qs = quotes("“The Russian army is approaching from different directions,” Luhansk’s regional governor, Serhiy Haidai said, adding that Russian forces remained on the outskirts.");
    expect(qs.filter((q) => q.kind === "indirect").map((q) => q.text)).toEqual(["Russian forces remained on the outskirts"]);
  });

  it("'he' after a report with a person speaker is not resolved to 'it' (a person does not say 'it said')", () => {
    const qs = quotes("Putin said the talks had failed completely. It said nothing about the sanctions on Friday.");
    expect(qs.filter((q) => q.speakerName === "Vladimir Putin" && q.text.startsWith("nothing"))).toEqual([]);
  });

  it("an outlet that reports at the end relays the speaker before it", () => {
    const qs = quotes("German police said they expect to receive 10,000 migrants from Hungary on Saturday, Reuters reported.");
    expect(qs).toHaveLength(1);
    expect(qs[0].speakerName).toBe("German police");
  });

  it("a fronted adverbial with no verb is not a reported clause", () => {
    const qs = quotes("Later on Friday, the White House announced similar measures against Putin, saying that the move had been made with European allies.");
    expect(qs.map((q) => q.text)).toEqual(["the move had been made with European allies"]);
  });

  it("'they said' with no plural reporter before is no one person", () => {
    const qs = quotes("Vladimir Putin visited the plant on Monday. The plant would close next year, they said.");
    expect(qs.every((q) => q.speakerName !== "Vladimir Putin")).toBe(true);
  });

  it("a passive 'would be reported' ends no sentence's attribution", () => {
    const qs = quotes("Asked about a new initiative, the official said the issue would be reported to the summit in June.");
    expect(qs.map((q) => q.speakerName)).toEqual(["official"]);
  });

  it("a description whose head is an office or a body is no stand-in for the person before", () => {
    const qs = quotes('Mr Bannatyne said the party was divided. "We will respond to this," the ministry said.');
    expect(qs.find((q) => q.kind === "direct")?.speakerName).toBe("ministry");
  });

  it("a description with no person before it names no one", () => {
    const qs = quotes('"We are not going to be part of their petty games," said the Nevada Democrat.');
    expect(qs.every((q) => q.speaker === null || !q.speaker.startsWith("person:"))).toBe(true);
  });

  it("a long adverbial after the cue that ends in a comma, not 'that', leads to no clause", () => {
    const qs = quotes("The West understands the futility of the war, President Aleksandr Lukashenko said in an interview with the VGTRK journalist, radio and TV host Vladimir Soloviev, BelTA has learned.");
    expect(qs.some((q) => q.text.startsWith("radio and TV host"))).toBe(false);
  });

  it("the object of a verb that quotes or hears someone, and the noun of 'with X saying', is the participle's subject", () => {
    expect(quotes('Reporters quoted Blinken saying: "The talks were useful and we will meet again."')[0].speakerName).toBe("Antony Blinken");
    const qs = quotes('Downing Street defended the decision, with a spokesperson saying: "You have to look at their whole career."');
    expect(qs[0].speakerName).toBe("spokesperson");
  });
});
