import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 item 4 (statuses a reader would accept): an act on a condition is hypothetical whatever its
// modal: a condition after a "will" or a plan (later-conditions.ts), and alternatives joined by "or"
// under one modal (alternative-acts.ts). The threat a condition makes stays a threat made.
const events = (text: string) => extract(text, "2023-05-10").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: a stated future on a condition", () => {
  it("'will' or 'going to' with a later 'if', 'unless', 'in the event of' is hypothetical", () => {
    expect(statusOf("Turkey will veto Sweden's bid unless Stockholm extradites the suspects.", "REJECT")).toBe("hypothetical");
    expect(statusOf("Japan will send humanitarian aid to Ukraine next week if the roads are open.", "AID")).toBe("hypothetical");
    expect(statusOf("Iran is going to attack Israel if Israel strikes its nuclear sites.", "ASSAULT")).toBe("hypothetical");
    expect(statusOf("Canada will impose sanctions on Iran in the event of a nuclear test.", "SANCTION")).toBe("hypothetical");
    expect(statusOf("Russia threatened to cut off gas to Poland unless Warsaw pays in roubles.", "THREATEN")).toBe("occurred");
  });

  it("the threat the condition makes is still made", () => {
    const evs = events("Turkey will veto Sweden's bid unless Stockholm extradites the suspects.");
    expect(evs.find((e) => e.type === "THREATEN")?.status).toBe("occurred");
  });

  it("no condition, 'even if', a duration, a question's 'if' keep the plan", () => {
    expect(statusOf("Japan will send humanitarian aid to Ukraine next week.", "AID")).toBe("planned");
    expect(statusOf("Turkey will veto Sweden's bid even if Stockholm extradites the suspects.", "REJECT")).toBe("planned");
    expect(statusOf("The United States will support Ukraine as long as it takes.", "SUPPORT")).toBe("planned");
    expect(statusOf("The United States will support Ukraine for as long as the war lasts.", "SUPPORT")).toBe("planned");
    expect(statusOf("France will meet Iranian diplomats in Vienna to decide if the talks should go on.", "CONSULT")).toBe("planned");
  });
});

describe("event status: alternatives under one modal", () => {
  it("acts joined by 'or' under 'will', 'could' are each hypothetical", () => {
    const evs = events("Russia will sign the deal with Ukraine or impose new sanctions on Kyiv.");
    expect(evs.find((e) => e.type === "AGREE")?.status).toBe("hypothetical");
    expect(evs.find((e) => e.type === "SANCTION")?.status).toBe("hypothetical");
    expect(statusOf("Russia could sign the deal with Ukraine or impose new sanctions on Kyiv.", "SANCTION")).toBe("hypothetical");
  });

  it("'and', an 'or' between objects, and a negated modal are not alternatives", () => {
    const evs = events("Russia will sign the deal with Ukraine and impose new sanctions on Kyiv.");
    expect(evs.find((e) => e.type === "AGREE")?.status).toBe("planned");
    expect(statusOf("The European Union will impose sanctions on Russia or Belarus next week.", "SANCTION")).toBe("planned");
  });
});
