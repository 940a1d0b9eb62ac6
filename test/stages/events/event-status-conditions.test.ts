import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 items 3-4: wording that puts an act in a condition, in someone's claim or in a proposal
// reports no act done (event-status.ts invertedCondition, conditionBetween, claimParenthetical;
// event-senses status.invertedConditions, status.claimVerbs, status.deliberationVerbs' verbs of
// proposing, senses.allegingVerbs' "accused").
const events = (text: string) => extract(text, "2022-06-01").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: an inverted auxiliary opens a condition", () => {
  it("were, should and had before their subject make the act hypothetical", () => {
    expect(statusOf("Were China to invade Taiwan, the United States would defend the island.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Should Russia decide to invade Georgia, the European Union will respond.", "ASSAULT")).toBe("hypothetical");
    // (the past year does not make a counterfactual happen)
    expect(statusOf("Had Russia invaded Moldova in 2015, the West would have responded.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("The West would have responded had Russia invaded Moldova in 2015.", "ASSAULT")).toBe("hypothetical");
  });

  it("the same auxiliaries after their subject, or in a question, open none", () => {
    expect(statusOf("Russian troops were sent to attack Kharkiv in 2015.", "ASSAULT")).not.toBe("hypothetical");
    expect(statusOf("Russia had invaded Moldova in 2015.", "ASSAULT")).toBe("occurred");
    expect(statusOf("China invaded Vietnam in 1979, and the United States did nothing.", "ASSAULT")).toBe("occurred");
    // (the main clause after the condition's comma keeps its own modal)
    expect(statusOf("Were Finland to apply, Russia will deploy troops to the Finnish border.", "MOBILIZE")).not.toBe("hypothetical");
  });
});

describe("event status: a condition between the governing verb and the act", () => {
  it("'if ... were to', 'whether to' hold the act, not the verb's clause", () => {
    expect(statusOf("Russia warned it would retaliate if Finland were to join NATO.", "COOPERATE")).toBe("hypothetical");
    expect(statusOf("Moscow said it would respond if Georgia were to join NATO.", "COOPERATE")).toBe("hypothetical");
  });

  it("an infinitive with no condition before it keeps the plan", () => {
    expect(statusOf("Finland said it would apply to join NATO.", "COOPERATE")).not.toBe("hypothetical");
    expect(statusOf("Finland is set to join NATO next week.", "COOPERATE")).toBe("planned");
  });
});

describe("event status: a parenthetical of claiming", () => {
  it("', it alleges,' and ', the report claims.' make the act a claim", () => {
    expect(statusOf("Russia, the report alleges, has supplied drones to Iran.", "AID")).toBe("claimed");
    expect(statusOf("Russia supplied weapons to Syria, the lawsuit alleges.", "AID")).toBe("claimed");
    expect(statusOf("Belarus, it claims, attacked Ukrainian border posts.", "ASSAULT")).toBe("claimed");
  });

  it("a claim about another clause, or no parenthetical, leaves the act alone", () => {
    expect(statusOf("Russia supplied weapons to Syria.", "AID")).toBe("occurred");
    // (a finite verb of its own between the act and the aside)
    expect(statusOf("Russia supplied weapons to Syria and the rebels lost the war, the report claims.", "AID")).toBe("occurred");
    // (a claim verb with its own object is no aside)
    expect(statusOf("Russia supplied weapons to Syria, which claims the right to self-defence.", "AID")).toBe("occurred");
  });
});

describe("event status: what is accused or proposed has not been shown to happen", () => {
  it("the act one is accused of is claimed", () => {
    expect(statusOf("Iran was accused of sending drones to Russia.", "AID")).toBe("claimed");
    expect(statusOf("Russia is accused of attacking Ukraine's power grid.", "ASSAULT")).toBe("claimed");
    expect(statusOf("Iran sent drones to Russia.", "AID")).toBe("occurred");
  });

  it("a course proposed or recommended is hypothetical; one taken is not", () => {
    expect(statusOf("Poland proposed sending fighter jets to Ukraine.", "AID")).toBe("hypothetical");
    expect(statusOf("Germany recommended sending weapons to Ukraine.", "AID")).toBe("hypothetical");
    expect(statusOf("Poland has sent fighter jets to Ukraine.", "AID")).toBe("occurred");
    expect(statusOf("Poland began sending fighter jets to Ukraine.", "AID")).toBe("occurred");
  });
});

describe("parties: a reduced passive of accusing names the accuser after 'by'", () => {
  it("the accuser is never the doer of the act it alleges", () => {
    const keys = (text: string) => extract(text, "2022-06-01").events.map((e) => `${e.type} ${e.source.join("+")}`);
    expect(keys("Teachers accused by Turkey of supporting the US-based preacher were dismissed.").some((k) => k.startsWith("SUPPORT") || k.startsWith("AID"))).toBe(false);
    expect(statusOf("Iran was accused by Ukraine of supplying drones to Russia.", "AID")).toBe("claimed");
  });
});

// Review fixes (session 26): a subject before the auxiliary, a claim aside across a conjunction,
// a journey verb with "it" as its object.
describe("event status: review fixes", () => {
  it("an auxiliary after its subject (over adverbs) opens no condition", () => {
    expect(statusOf("France and Germany were the first states to impose sanctions on Iran.", "SANCTION")).toBe("occurred");
    expect(statusOf("Canada and the United Kingdom were the first countries to impose sanctions on Russia.", "SANCTION")).toBe("occurred");
    expect(statusOf("Were Iran to attack Israel, the United States would respond.", "ASSAULT")).toBe("hypothetical");
  });

  it("a claim aside after 'and' and a new subject is not the first act's", () => {
    const ev = events("Russia shelled Kharkiv on Monday, and Ukraine, the Kremlin alleges, struck Belgorod.");
    expect(ev.find((e) => e.type === "ASSAULT" && e.trigger === "shelled")?.status).toBe("occurred");
    expect(ev.find((e) => e.type === "ASSAULT" && e.trigger === "struck")?.status).toBe("claimed");
    expect(statusOf("Israel bombed Gaza on Sunday, and Hamas, Israel claims, fired rockets at Tel Aviv.", "ASSAULT")).toBe("occurred");
    // (an aside that ends the sentence still comments on it)
    expect(statusOf("Iran sent drones to Russia, Washington claims.", "AID")).toBe("claimed");
  });

  it("'made it his mission to' is no journey made", () => {
    expect(statusOf("Putin has made it his mission to destroy Ukraine.", "ASSAULT")).not.toBe("occurred");
    expect(statusOf("Blinken made a surprise trip to Kyiv to meet Zelensky.", "CONSULT")).toBe("occurred");
  });
});

describe("event status: a durative condition over an act that goes on presupposes it (durativeConditions)", () => {
  it("'as long as Scholz continues to reject energy sanctions' is an ongoing rejection", () => {
    const rej = events("Ukraine's allies have criticised Germany as long as Scholz continues to reject EU-wide energy sanctions on Russia.").find((e) => e.type === "REJECT");
    expect(rej?.status).toBe("ongoing");
  });

  it("negative: 'as long as Russia occupies Crimea' stays a condition", () => {
    const ev = events("The EU will keep its sanctions as long as Russia occupies Crimea.").find((e) => e.type === "COERCE");
    expect(ev?.status).toBe("hypothetical");
  });
});

describe("event status: the speaker's own act named by a noun in the words is done by saying them", () => {
  it("'Stoltenberg said the price of long-term support for Ukraine was justified' is support, occurred", () => {
    const ev = events("Stoltenberg said the price of long-term support for Ukraine was justified.").find((e) => e.type === "SUPPORT");
    expect(ev?.status).toBe("occurred");
  });

  it("negative: support a modifier gives to others is no act of the speaker's ('Western support', otherDoers)", () => {
    expect(events("Lavrov said Western support for Ukraine was prolonging the war.").filter((e) => e.type === "SUPPORT")).toEqual([]);
    expect(events("Lavrov said international condemnation of Russia was hypocritical.").filter((e) => e.type === "ACCUSE" && e.source.includes("person:sergei-lavrov"))).toEqual([]);
  });
});
