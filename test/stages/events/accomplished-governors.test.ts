import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 item 4: a governor that reports its infinitive done ("moved to", "went on to", "proceeded
// to", "took steps to"; status.accomplishedGovernors) gives the act its own tense, not a plan.
const statusOf = (text: string, type: string) => extract(text, "2023-05-10").events.find((e) => e.type === type)?.status;

describe("event status: accomplished governors", () => {
  it("a past governor of doing makes the act occurred", () => {
    expect(statusOf("Turkey moved to demand the extradition of the suspects from Sweden.", "REQUEST")).toBe("occurred");
    expect(statusOf("The EU has moved to sanction Iran over drone deliveries to Russia.", "SANCTION")).toBe("occurred");
    expect(statusOf("Russia went on to accuse Ukraine of shelling the plant.", "ACCUSE")).toBe("occurred");
    expect(statusOf("Poland proceeded to expel Russian diplomats.", "SANCTION")).toBe("occurred");
    expect(statusOf("The EU took steps to sanction Iran.", "SANCTION")).toBe("occurred");
  });

  it("a governor of meaning or trying, or a future one, keeps the plan", () => {
    expect(statusOf("Turkey sought to demand the extradition of the suspects from Sweden.", "REQUEST")).toBe("planned");
    expect(statusOf("Poland planned to expel Russian diplomats.", "SANCTION")).toBe("planned");
    expect(statusOf("The EU hoped to sanction Iran.", "SANCTION")).toBe("planned");
    expect(statusOf("The EU will move to sanction Iran next week.", "SANCTION")).toBe("planned");
  });
});
