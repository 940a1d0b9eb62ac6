import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const events = (text: string) => extract(text, "2023-06-17").events;

// src/stages/events/own-word.ts (find-events intentEvent)
describe("a hostile act on the calendar: the doer's word threatens, a third party's report plans", () => {
  it("another state's official reporting the plan: a planned assault, no threat", () => {
    const found = events("A U.S. military official said Thursday that 30,000 Iraqi troops would launch an assault on Islamic State militants in Mosul this spring.");
    expect(found.some((e) => e.type === "ASSAULT" && e.status === "planned")).toBe(true);
    expect(found.some((e) => e.type === "THREATEN")).toBe(false);
  });

  it("the doer's own state saying it: a threat, as before", () => {
    expect(events("Iraq's defence minister said Thursday that Iraqi troops would launch an assault on Islamic State militants in Mosul.").some((e) => e.type === "THREATEN")).toBe(true);
    expect(events("Iraq said it would launch an assault on Islamic State militants in Mosul.").some((e) => e.type === "THREATEN")).toBe(true);
  });
});
