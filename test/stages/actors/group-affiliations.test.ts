import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 13, item 2 (groups.json affiliations): a word that says whose a group is beats the place it lives in
const group = (rec: ReturnType<typeof extract>, start: string) => rec.actors.find((a) => a.kind === "group" && a.name.startsWith(start));

describe("actors: a group's own affiliation", () => {
  it("'Jewish settlers' in a West Bank town are Israel's", () => {
    const rec = extract("Jewish settlers set fire to a Palestinian school in Hebron on Tuesday.", "2001-05-15");
    expect(group(rec, "Jewish settlers")).toMatchObject({ country: "ISR", code: "ISR" });
    expect(group(rec, "Jewish settlers")!.mentions[0].rule).toBe("actors/group:head+affiliation");
  });

  it("negative: the word alone, or before another head, names no state", () => {
    const rec = extract("Jewish groups in France condemned the attack. Settlers in the Jordan valley protested against the plan.", "2001-05-15");
    expect(group(rec, "Jewish")?.country ?? "FRA").toBe("FRA");
    expect(group(rec, "Settlers")?.country ?? null).not.toBe("ISR");
  });
});
