import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// senses.ts agreedProposition: "agreed" followed by a clause without "that" shares a view, as "agreed
// that" does; "agreed a deal", "agreed new sanctions", "agreed to supply" stay acts.
const keys = (text: string) => eventKeys(text, "2023-05-10");
const agree = (text: string) => keys(text).filter((k) => k.startsWith("AGREE"));

describe("agreeing with a proposition is no pact", () => {
  it("'agreed Georgia needed', 'agreed the talks should resume', 'agreed that' make no AGREE", () => {
    expect(agree("EU ministers agreed Georgia needed more reforms.")).toEqual([]);
    expect(agree("Blinken and Wang agreed the talks should resume.")).toEqual([]);
    expect(agree("The two leaders agreed Iran was the main threat to the region.")).toEqual([]);
    expect(agree("EU ministers agreed that Georgia needed more reforms.")).toEqual([]);
  });
  it("'agreed a deal', 'agreed to supply', 'agreed on a plan' stay agreements", () => {
    expect(agree("Britain and Norway agreed a fisheries deal on Thursday.").length).toBeGreaterThan(0);
    expect(agree("Chad and Sudan agreed a truce brokered by Qatar last week.").length).toBeGreaterThan(0);
    expect(agree("France and Italy agreed on a joint plan for Libya.").length).toBeGreaterThan(0);
    expect(agree("Japan and India agreed to expand defence ties.").length).toBeGreaterThan(0);
  });
});
