import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13 item 4: a time gone by ('last year'; status.pastTimes) in the clause of an act that is the
// purpose of another infinitive dates the act: it happened, not planned.
const statusOf = (text: string, type: string) => extract(text, "2023-05-10").events.find((e) => e.type === type)?.status;

describe("event status: a past time dates a purpose act", () => {
  it("a purpose under a past permission, dated last year, happened", () => {
    expect(statusOf("Belarus allowed Russian troops to use its territory to invade Ukraine last year.", "ASSAULT")).toBe("occurred");
  });

  it("a time still to come, no time, or a time after a finite governor keep the plan", () => {
    expect(statusOf("Russia plans to use Belarus to invade Ukraine next month.", "ASSAULT")).toBe("planned");
    expect(statusOf("Russia plans to use Belarus to invade Ukraine.", "ASSAULT")).toBe("planned");
    expect(statusOf("Germany agreed to send tanks to Ukraine last week.", "AID")).toBe("planned");
  });
});
