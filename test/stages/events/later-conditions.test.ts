import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 item 4: a condition after the verb ("would" + a later "if"/"unless"/"in case") holds an act
// whose "would" is a reported future: hypothetical, not planned (later-conditions.ts; event-senses
// status.laterConditions).
const events = (text: string) => extract(text, "2022-06-01").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: a condition after a reported 'would'", () => {
  it("'if', 'unless', 'in the event of', 'as long as' after the act make it hypothetical", () => {
    expect(statusOf("Officials said Washington would consult Seoul first if a military option were considered.", "CONSULT")).toBe("hypothetical");
    expect(statusOf("Japan said it would send humanitarian aid to Ukraine unless the fighting stopped.", "AID")).toBe("hypothetical");
    expect(statusOf("The ministry said Canada would impose sanctions on Iran in the event of a nuclear test.", "SANCTION")).toBe("hypothetical");
    expect(statusOf("He said France would meet Iranian diplomats in Vienna as long as the talks stayed secret.", "CONSULT")).toBe("hypothetical");
  });

  it("a plain reported future, 'even if', 'if not' and a question's 'if' keep the plan", () => {
    expect(statusOf("Officials said Washington would consult Seoul next week.", "CONSULT")).toBe("planned");
    expect(statusOf("Japan said it would send humanitarian aid to Ukraine even if Russia objected.", "AID")).toBe("planned");
    expect(statusOf("Japan said it would send humanitarian aid to Ukraine by Friday, if not sooner.", "AID")).toBe("planned");
    expect(statusOf("Officials said Washington would consult Seoul to decide if the drills should go ahead.", "CONSULT")).toBe("planned");
  });

  it("a condition in another stretch of the sentence is not the act's", () => {
    expect(statusOf("The president said Britain would meet Chinese officials in Beijing, but if talks failed he would leave.", "CONSULT")).toBe("planned");
    expect(statusOf("Japan said it would send humanitarian aid to Ukraine, which could use it if the winter was hard.", "AID")).toBe("planned");
  });
});
