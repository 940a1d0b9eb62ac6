import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13, status round 4 (ability-acts.ts, status.abilities, status.announcementNouns,
// status.votes.approvals, speech-acts plotWords): what a party can do or had the chance to do is no
// plan; a judged act, an act voted through and an announced future have their own status.
const statusOf = (text: string, type: string) => extract(text, "2023-03-01").events.find((e) => e.type === type)?.status;
const types = (text: string) => extract(text, "2023-03-01").events.map((e) => `${e.type} ${e.status}`);

describe("event status: ability and opportunity before an infinitive", () => {
  it("an act a party could, could not or had the chance to do is hypothetical", () => {
    expect(statusOf("Ukrainian troops were unable to capture the bridge from Russia.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Germany was in a position to broker a deal between Serbia and Kosovo.", "CONSULT")).toBe("hypothetical");
    expect(statusOf("Britain had the opportunity to warn Iran against further escalation.", "THREATEN")).toBe("hypothetical");
    expect(statusOf("Washington's failure to condemn Israel angered Jordan.", "ACCUSE")).toBe("hypothetical");
    expect(statusOf("Ukraine will be able to strike Russian positions with the new missiles.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Japan has the power to sanction Russian banks.", "SANCTION")).toBe("hypothetical");
    expect(statusOf("Japan has the chance to mediate between China and Taiwan.", "CONSULT")).toBe("hypothetical");
  });

  it("a 'for' phrase of the doer after an adjective of possibility holds the act", () => {
    expect(statusOf("The EU said it was possible for the G7 to ban Russian oil.", "SANCTION")).toBe("hypothetical");
    expect(statusOf("The EU said it was difficult for the G7 to ban Russian oil.", "SANCTION")).toBe("hypothetical");
  });

  it("a 'for' phrase after other words is no ability", () => {
    expect(statusOf("The EU said it was important for the G7 to ban Russian oil.", "SANCTION")).toBe("planned");
    expect(statusOf("Canada said it was time for the G7 to ban Russian oil.", "SANCTION")).toBe("planned");
  });

  it("a past 'able', or an opportunity taken, reports the act done", () => {
    expect(statusOf("Turkey was able to broker a deal between Russia and Ukraine.", "CONSULT")).toBe("occurred");
    expect(statusOf("Qatar has been able to mediate between Israel and Hamas.", "CONSULT")).toBe("occurred");
    expect(statusOf("Britain took the opportunity to criticise China.", "ACCUSE")).toBe("occurred");
    // (a plan or a capability noun after other verbs keeps its own reading)
    expect(statusOf("France plans to sanction Iran.", "SANCTION")).toBe("planned");
    expect(statusOf("Poland agreed to send tanks to Ukraine.", "AID")).toBe("planned");
  });
});

describe("event status: a judgement of the doer presupposes the act", () => {
  it("'was right to', 'is wrong to' after 'be' tell the act done", () => {
    expect(statusOf("France was right to condemn Russia.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Britain is wrong to criticise Brussels.", "ACCUSE")).toBe("occurred");
  });
  it("a modal, a negation or a noun 'right' leaves it", () => {
    expect(statusOf("France would be wise to sanction Iran.", "SANCTION")).toBe("hypothetical");
    expect(statusOf("France would be right to sanction Iran.", "SANCTION")).toBe("hypothetical");
    expect(statusOf("France has the right to sanction Iran.", "SANCTION")).not.toBe("occurred");
  });
});

describe("event status: a noun that reports a future", () => {
  it("its that-clause's 'would' is the announced future, planned", () => {
    expect(statusOf("The announcement that Britain would supply tanks to Ukraine angered Moscow.", "AID")).toBe("planned");
    expect(statusOf("Berlin confirmed the decision that Germany would send tanks to Ukraine.", "AID")).toBe("planned");
  });
  it("other nouns before 'that', and a condition, keep the hypothetical", () => {
    expect(statusOf("The fear that China would invade Taiwan keeps growing.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("The risk that Russia would attack Moldova is real.", "ASSAULT")).toBe("hypothetical");
  });
});

describe("event status: a vote that approves", () => {
  it("'voted to approve', 'voted to ratify' is done by the vote", () => {
    expect(statusOf("The Senate voted to approve aid to Ukraine.", "AID")).toBe("occurred");
  });
  it("a vote to come, or a vote that orders another act, stays planned", () => {
    expect(statusOf("The Senate will vote to approve aid to Ukraine.", "AID")).toBe("planned");
    expect(statusOf("The Senate voted to send weapons to Ukraine.", "AID")).toBe("planned");
  });
});

describe("quoted acts: a plan the speaker lays on another state accuses it", () => {
  it("'plan all along has been to invade', 'aims to attack' in a speaker's words", () => {
    expect(types("“Russia's plan all along has been to invade Ukraine,” Blinken said.")).toContain("ACCUSE occurred");
    expect(types("“Russia intends to attack Moldova,” Zelensky said.")).toContain("ACCUSE occurred");
  });
  it("a mere forecast, or the narrator's own report of a plan, accuses no one", () => {
    expect(types("“Russia will attack Ukraine,” Blinken said.")).not.toContain("ACCUSE occurred");
    expect(types("Russia planned to invade Ukraine.")).not.toContain("ACCUSE occurred");
  });
});

describe("event status: a known act under another verb's modal", () => {
  it("the object of a verb of affecting exists: the modal is the verb's, not the act's", () => {
    expect(statusOf("The bill would undercut US support for the Saudi-led coalition in Yemen.", "SUPPORT")).toBe("occurred");
    expect(statusOf("The dispute could threaten the terms of the agreement between Iran and the IAEA.", "AGREE")).toBe("occurred");
    expect(statusOf("The vote could weaken American aid to Ukraine.", "AID")).toBe("occurred");
    // (in someone's words, the known act is presupposed, no claim)
    expect(statusOf("The White House argued the bill would undercut US support for the Saudi-led coalition in Yemen.", "SUPPORT")).toBe("occurred");
  });
  it("a verb that makes the act, or the act's own modifier, keeps the modal or the plan", () => {
    expect(statusOf("The bill would provide US support for Israel.", "SUPPORT")).toBe("hypothetical");
    expect(statusOf("Washington could launch an attack on Iran.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("The row could derail the planned talks between Iran and the United States.", "CONSULT")).toBe("planned");
  });
});

describe("event status: an unlikely act", () => {
  it("'unlikely to', 'less likely to' make the act hypothetical; 'likely to' stays a plan", () => {
    expect(statusOf("China is less likely to invade Taiwan.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Tehran is now less likely to attack Israel.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Germany is likely to send tanks to Ukraine.", "AID")).toBe("planned");
  });
});
