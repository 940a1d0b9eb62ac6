import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Status slices of issue 13 (strict precision, event-status.ts, find-events.ts):
// - an act whose owner is named with "'s" ("Russia's invasion") is a known act mentioned in passing, as
//   "its invasion" is: the plan, modal or condition of the clause around it is the clause's
//   (namedOwner, ownedActStatus); a verb that carries the act out ("send Sweden's application") keeps it;
// - a future of a topic predicate ("will dominate the talks") dates the predicate, not its subject act
//   (status.topicPredicates);
// - a verbal act of a state relayed by an institution of that state ("..., the foreign ministry said")
//   is its own record, no claim; another state's act, an act of force and a person's words stay claims.
const events = (text: string) => extract(text, "2023-05-10").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: an act owned by a named party", () => {
  it("the clause's plan, modal or condition does not reach it", () => {
    expect(statusOf("The senator promised he would end Russia's war against Ukraine within a year.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Beijing must stop backing Moscow's invasion of Ukraine if it wants trade with Europe.", "ASSAULT")).toBe("occurred");
    expect(statusOf("Belarus has not formally joined Russia's invasion of Ukraine.", "ASSAULT")).toBe("occurred");
  });

  it("its own words still say when, and a carrier verb or a prospect keeps the clause's status", () => {
    expect(statusOf("Officials prepared for Emmanuel Macron's visit to Beijing next week.", "CONSULT")).toBe("planned");
    expect(statusOf("The cabinet is expected to submit Finland's membership application to NATO on Monday.", "REQUEST")).toBe("planned");
    expect(statusOf("Macron's planned visit to China was discussed.", "CONSULT")).toBe("planned");
  });
});

describe("event status: a topic predicate's future", () => {
  it("'X will dominate the summit' is no plan of X", () => {
    expect(statusOf("Russia's invasion of Ukraine will dominate the summit of G7 leaders.", "ASSAULT")).toBe("occurred");
    expect(statusOf("The Russian war against Ukraine is expected to overshadow the meeting.", "ASSAULT")).toBe("occurred");
  });

  it("a predicate of happening keeps the plan", () => {
    expect(statusOf("Talks between Iran and the United States will take place in Oman.", "CONSULT")).toBe("planned");
    expect(statusOf("Putin's visit to China will last three days.", "CONSULT")).toBe("planned");
  });
});

describe("event status: a verbal act relayed by the doer's own institution", () => {
  it("the state's own ministry or office tells of its official's act", () => {
    expect(statusOf("Foreign Minister Sergei Lavrov accused Ukraine of shelling the plant, the Russian foreign ministry said.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Britain has offered to send troops to Indonesia, Downing Street said.", "AGREE")).toBe("occurred");
  });

  it("an official's words that his state's own ministry relays: the official is the speaker, the ministry the record", () => {
    expect(statusOf("Foreign Minister Sergei Lavrov said Russia had agreed to extend the grain deal with Ukraine, the Russian foreign ministry said.", "AGREE")).toBe("occurred");
  });

  it("negative: the same words relayed by another state's institution stay a claim", () => {
    expect(statusOf("Foreign Minister Sergei Lavrov said Russia had agreed to extend the grain deal with Ukraine, the Ukrainian foreign ministry said.", "AGREE")).toBe("claimed");
  });

  it("another state's act, an act of force or a person's words stay claims", () => {
    expect(statusOf("Russia accused Ukraine of shelling the plant, the Ukrainian foreign ministry said.", "ACCUSE")).toBe("claimed");
    expect(statusOf("Russian forces shelled the Ukrainian town of Izium, the Russian defence ministry said.", "ASSAULT")).toBe("claimed");
    expect(statusOf("Germany condemned Iran over the attacks, Donald Trump said.", "ACCUSE")).toBe("claimed");
  });
});

describe("no event: a gerund after a negated noun of intent", () => {
  it("'had no intention of attacking' is an act no one means to do", () => {
    expect(statusOf("Ukraine and NATO had no intention of attacking Russia.", "ASSAULT")).toBeUndefined();
    expect(statusOf("The president said he has no plans of meeting Vladimir Putin.", "CONSULT")).toBeUndefined();
  });

  it("an intention held is still a plan", () => {
    expect(statusOf("Ukraine has every intention of attacking Russia.", "ASSAULT")).toBe("planned");
    expect(statusOf("Ukraine has no intention to stop and continues attacking Russia.", "ASSAULT")).toBeDefined();
  });
});
