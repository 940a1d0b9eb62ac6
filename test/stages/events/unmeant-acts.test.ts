import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 items 3-4: wording that names no act of one party on another (unmeant-acts.ts; event-senses
// senses.designedThings, senses.evacuees, senses.cancelVerbs), and sanctions announced with no
// condition (find-events.ts intentEvent).
const events = (text: string) => extract(text, "2022-06-01").events;
const types = (text: string) => events(text).map((e) => e.type);
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("a thing's purpose is no act", () => {
  it("acts of a party meant for a purpose are acts done (review fix)", () => {
    expect(types("Washington imposed new sanctions meant to punish Moscow.")).toContain("SANCTION");
    expect(types("Iran supplied missiles designed to strike Israel.")).not.toContain("ASSAULT");
  });

  it("a participle of design after a thing states what it is for", () => {
    expect(types("Tehran gave the rebels drones designed to hit Saudi oil facilities.")).not.toContain("ASSAULT");
    const armed = events("Iran supplied the Houthis with missiles designed to target Saudi cities.");
    expect(armed.map((e) => e.type)).not.toContain("ASSAULT");
    // (the supply itself stays)
    expect(armed.map((e) => e.type)).toContain("AID");
  });

  it("'designed to' says it of things alone, whatever noun stands before it", () => {
    expect(types("Officials believe the rockets fired at the airbase near Erbil last night were designed to kill American soldiers.")).not.toContain("ASSAULT");
  });

  it("people meant to act, or a verb of design with its own object, keep the act", () => {
    expect(statusOf("Russian soldiers were meant to attack Kharkiv from the north.", "ASSAULT")).toBe("planned");
    expect(types("Syrian forces attacked the rebels with missiles designed in Iran.")).toContain("ASSAULT");
    // (help a thing is made to give is aid given through it)
    expect(types("Germany will send Ukraine new tanks, designed to help Ukrainian forces.")).toContain("AID");
  });
});

describe("people leaving a place are no forces withdrawing", () => {
  it("civilians, residents or people told or starting to evacuate", () => {
    expect(types("Israeli troops urged civilians to evacuate the town of Rafah in Gaza.")).not.toContain("RETREAT");
    expect(types("Russian forces ordered civilians to evacuate the town of Kherson.")).not.toContain("RETREAT");
  });

  it("forces ordered out, or forces leaving, still retreat", () => {
    expect(types("Israeli troops ordered their soldiers to evacuate the town of Rafah in Gaza.")).toContain("RETREAT");
    expect(types("Russian troops withdrew from the city of Kherson.")).toContain("RETREAT");
  });
});

describe("a meeting called off is no talks", () => {
  it("the object of a verb of calling off, or its passive subject", () => {
    expect(types("Officials called off a planned meeting between Biden and Xi.")).not.toContain("CONSULT");
    expect(types("A summit between Modi and Xi was called off after the border clash.")).not.toContain("CONSULT");
    expect(types("Talks between Israel and Lebanon have been scrapped.")).not.toContain("CONSULT");
    // (an attributive participle of cancelling: that meeting did not take place either)
    expect(types("The cancelled summit between Putin and Biden was to be held in Geneva.")).not.toContain("CONSULT");
  });

  it("a meeting held after one was cancelled, or one put off, stays", () => {
    expect(types("Modi and Xi held talks in Bali after the cancelled summit.")).toContain("CONSULT");
    expect(types("A summit between Modi and Xi was held in Delhi.")).toContain("CONSULT");
    expect(statusOf("A planned meeting between Biden and Xi will take place in Bali.", "CONSULT")).toBe("planned");
  });
});

describe("a journey made with a purpose was a purpose done (status.journeyVerbs)", () => {
  it("a light verb of a journey in the past is a verb of going", () => {
    expect(statusOf("The Polish president has made an unannounced visit to Vilnius to meet Lithuanian President Gitanas Nauseda.", "CONSULT")).toBe("occurred");
    expect(statusOf("The French foreign minister paid a visit to Algiers to meet Algerian President Abdelmadjid Tebboune.", "CONSULT")).toBe("occurred");
  });

  it("one still to come stays planned", () => {
    expect(statusOf("The Polish president will make a visit to Vilnius to meet Lithuanian President Gitanas Nauseda.", "CONSULT")).toBe("planned");
    expect(statusOf("The Polish president made a visit to Vilnius to meet Lithuanian President Gitanas Nauseda next week.", "CONSULT")).toBe("planned");
  });
});

describe("harm to one's own property is no act on another", () => {
  it("an object the subject's possessive marks", () => {
    expect(types("Iran destroyed the buildings of its Natanz plant.")).not.toContain("ASSAULT");
    expect(types("Syria destroyed its chemical weapons.")).not.toContain("ASSAULT");
    expect(types("North Korea destroyed the cooling tower of its reactor.")).not.toContain("ASSAULT");
  });

  it("another's property stays an attack", () => {
    expect(types("Iraq destroyed the buildings of a Kuwaiti weapons plant.")).toContain("ASSAULT");
    expect(types("Libya destroyed Egyptian missiles.")).toContain("ASSAULT");
    // (a possessive after "of" inside a longer object names the owner's foes, not the owner: review fix)
    expect(types("Israeli forces destroyed the homes of their attackers in Gaza.")).toContain("ASSAULT");
  });
});

describe("an act feared or imagined is no act", () => {
  it("a nominal act as the object of a verb of fearing", () => {
    expect(types("Moscow fears NATO aggression against Belarus.")).not.toContain("ASSAULT");
    expect(types("Taipei fears Chinese aggression against Taiwan.")).not.toContain("ASSAULT");
  });

  it("an act named with no verb of fearing before it stays", () => {
    expect(types("Moscow condemned NATO aggression against Belarus.")).toContain("ASSAULT");
    expect(types("Lithuania condemned the Russian invasion of Ukraine.")).toContain("ASSAULT");
    // (an attributive participle after a determiner: the act feared came; review fix)
    expect(types("The feared Russian offensive against Ukraine began in February.")).toContain("ASSAULT");
    expect(types("Seoul fears a North Korean attack on the South.")).not.toContain("ASSAULT");
  });
});

describe("an act on one side of 'what ... fears' is the thing feared", () => {
  it("a pseudo-cleft with a verb of fearing", () => {
    expect(types("What the Kremlin really fears is NATO aggression against Belarus.")).not.toContain("ASSAULT");
    expect(types("Finland joining Nato is reportedly what Moscow fears most.")).not.toContain("COOPERATE");
  });

  it("a cleft of another verb keeps the act", () => {
    expect(types("What the Kremlin condemned was NATO aggression against Belarus.")).toContain("ASSAULT");
    expect(types("Finland joined Nato in April, and Moscow protested.")).toContain("COOPERATE");
  });
});

describe("sanctions announced are sanctions planned", () => {
  it("'said it would impose sanctions' with no condition is SANCTION, planned", () => {
    const ev = events("Canada said it would impose sanctions on Iranian officials.");
    expect(ev.find((e) => e.type === "SANCTION")?.status).toBe("planned");
    expect(ev.map((e) => e.type)).not.toContain("THREATEN");
  });

  it("a condition or a verb of threatening keeps the threat", () => {
    expect(types("Canada said it would impose sanctions on Iran unless it frees the sailors.")).toContain("THREATEN");
    expect(types("Canada threatened to impose sanctions on Iran.")).toContain("THREATEN");
    // (a hostile act of force announced by its doer stays a threat)
    expect(types("Iran said it will strike Israel.")).toContain("THREATEN");
  });
});
