import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13, status round 2: the phrase around an act noun or an infinitive says whether it happened.
// A condition ("in the event of"), a time before it ("ahead of"), a prospect over an owner's "'s" or
// a gerund ("the threat of Russia's invasion", "the chances of reaching a deal"), not wanting
// ("reluctant to"), and being made to act ("was forced to").
const statusOf = (text: string, type: string) => extract(text, "2023-05-10").events.find((e) => e.type === type)?.status;

describe("event status: frames of an act noun", () => {
  it("a conditional phrase makes the act a prospect", () => {
    expect(statusOf("Troops will stay on alert in case of an attack by Russia on Estonia.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Lithuania is building shelters in the event of a Russian invasion of Lithuania.", "ASSAULT")).toBe("hypothetical");
  });

  it("a past attack named without such a phrase happened", () => {
    expect(statusOf("Troops were on alert after an attack by Russia on Estonia.", "ASSAULT")).toBe("occurred");
  });

  it("'ahead of' a meeting in a clause not told in the past puts the meeting still to come", () => {
    expect(statusOf("Markets are nervous ahead of the summit between Biden and Xi.", "CONSULT")).toBe("planned");
    expect(statusOf("Analysts say Seoul is hopeful in the run-up to Kim Jong Un's summit with Moon Jae-in.", "CONSULT")).toBe("planned");
    expect(statusOf("Seoul is hopeful in the lead-up to the summit between Kim Jong Un and Moon Jae-in.", "CONSULT")).toBe("planned");
  });

  it("'ahead of' in a past clause leaves the act its own status", () => {
    expect(statusOf("Oil prices rose sharply ahead of the summit between Biden and Xi.", "CONSULT")).toBe("occurred");
    expect(statusOf("Russia massed troops on the border ahead of its invasion of Ukraine.", "ASSAULT")).toBe("occurred");
  });

  it("a past verb in a relative clause between commas is not the clause's own time", () => {
    expect(statusOf("Markets, which rallied on Monday, are nervous ahead of the summit between Biden and Xi.", "CONSULT")).toBe("planned");
    expect(statusOf("Seoul, whose troops trained in Texas last year, is hopeful ahead of the summit between Kim Jong Un and Moon Jae-in.", "CONSULT")).toBe("planned");
  });
});

describe("event status: prospects over an owner or a gerund", () => {
  it("a noun of what may come over an owner's 's or a gerund's object", () => {
    expect(statusOf("Officials spoke of the likelihood of Russia's offensive against Kharkiv.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("The United States played down the chances of reaching a deal between Israel and Hamas.", "AGREE")).toBe("hypothetical");
    expect(statusOf("Washington's hopes of brokering a peace accord between Israel and the Palestinians faded.", "AGREE")).toBe("planned");
  });

  it("a known act whose course is the prospect, or a known act after a gerund, is no prospect", () => {
    expect(statusOf("The odds of Russia's invasion of Ukraine spreading to Moldova are low.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Officials doubted the chances of ending the Russian invasion of Ukraine.", "ASSAULT")).toBe("occurred");
  });
});

describe("event status: not wanting and being made to act", () => {
  it("an infinitive after a word of not wanting is not meant", () => {
    expect(statusOf("The European Union has been more reluctant than Washington to sanction Russian banks.", "SANCTION")).toBe("hypothetical");
  });

  it("an infinitive after a word of wanting or being ready is a plan", () => {
    expect(statusOf("Berlin is ready to expel Russian diplomats.", "THREATEN")).toBe("planned");
    expect(statusOf("The EU is eager to sanction Russian banks.", "SANCTION")).toBe("planned");
    expect(statusOf("France is keen to condemn Russia over the attack.", "ACCUSE")).toBe("planned");
  });

  it("a word of wanting plans its infinitive, not a known act that is its object", () => {
    expect(statusOf("Countries that have been willing to flout UN sanctions on North Korea face no penalty.", "SANCTION")).toBe("occurred");
  });

  it("being forced or compelled to act, or managing to, reports the act done", () => {
    expect(statusOf("Germany was forced to withdraw its troops from Mali.", "RETREAT")).toBe("occurred");
    expect(statusOf("France felt compelled to condemn Russia over the attack.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Poland managed to expel Russian diplomats within a day.", "SANCTION")).toBe("occurred");
  });

  it("a modal or a future over being forced keeps the act unsure", () => {
    expect(statusOf("Germany could be forced to withdraw its troops from Mali.", "RETREAT")).toBe("hypothetical");
    expect(statusOf("France will feel compelled to condemn Russia if the attacks go on.", "ACCUSE")).toBe("hypothetical");
  });
});
