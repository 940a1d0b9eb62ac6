import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// Issue 13, item 2: a group phrase that says whose the group is ("Jewish settlers", "Karen guerrillas")
// keeps its state as the subject when a place follows it ("in Hebron", "in a West Bank city"); the
// place is where the group is, not who acts (find-parties.ts subjectBefore).
describe("events: a group with its own state, placed by 'in X', is the subject", () => {
  it("'Jewish settlers in a West Bank town set fire to ...' is Israel's settlers against Palestinians", () => {
    expect(eventKeys("Jewish settlers in a West Bank village set fire to the homes of Palestinian farmers.", "2003-04-10")).toContain("COERCE ISR>PSE");
    expect(eventKeys("Jewish settlers in Nablus torched a Palestinian school on Friday.", "2003-04-10")).not.toContain("COERCE PSE>PSE");
    expect(eventKeys("Jewish settlers near a West Bank town attacked Palestinian olive pickers.", "2003-04-10")).toContain("ASSAULT ISR>PSE");
  });

  it("a state word and a group noun before 'in X' still name the group's own state", () => {
    expect(eventKeys("Turkish troops in northern Iraq shelled Kurdish villages near the border with Iran.", "2003-04-10").some((k) => k.startsWith("ASSAULT TUR>"))).toBe(true);
  });

  it("negative: a bare group noun before 'in X' takes the place's state, as before", () => {
    expect(eventKeys("Settlers in a West Bank village set fire to Palestinian olive groves.", "2003-04-10")).not.toContain("COERCE ISR>PSE");
    expect(eventKeys("Police in a Syrian city fired on protesters.", "2011-04-10")).toContain("ASSAULT SYR>SYR");
  });
});
