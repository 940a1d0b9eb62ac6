import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 item 4: an infinitive after a noun ranked by an ordinal, a superlative or "only" reports an
// act done, not one planned (ranked-infinitives.ts; event-senses status.rankedInfinitives).
const events = (text: string) => extract(text, "2022-06-01").events;
const statusOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.status;

describe("event status: the infinitive of a ranked noun", () => {
  it("after 'the first', 'the latest', 'the only' it tells what happened", () => {
    expect(statusOf("Scholz became the first German leader to visit Kyiv since the war began.", "CONSULT")).toBe("occurred");
    expect(statusOf("Poland is the latest country to send tanks to Ukraine.", "AID")).toBe("occurred");
    expect(statusOf("Macron, the first Western leader to meet Putin after the invasion, flew home on Friday.", "CONSULT")).toBe("occurred");
    expect(statusOf("Hungary is the only EU member to veto the sanctions on Russia.", "REJECT")).toBe("occurred");
  });

  it("the ranked phrase's own future, a time to come, or no rank keep the plan", () => {
    expect(statusOf("Scholz will be the first German leader to visit Kyiv since the war began.", "CONSULT")).toBe("planned");
    expect(statusOf("Trudeau is expected to become the first leader to meet Xi.", "CONSULT")).toBe("planned");
    expect(statusOf("Trudeau is the first leader to meet Xi next week.", "CONSULT")).toBe("planned");
    expect(statusOf("Scholz plans to visit Kyiv.", "CONSULT")).toBe("planned");
    // (a negated rank says nothing of the act)
    expect(statusOf("Scholz was not the first German leader to visit Kyiv.", "CONSULT")).not.toBe("occurred");
  });
});
