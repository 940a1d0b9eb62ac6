// Armed groups of no one state (Islamic State, al-Qaeda) are parties of the acts done to them and by
// them: stateless-groups.ts. Keyed by state code, else by the group's actor id.
import { describe, expect, it } from "vitest";
import { eventKeys, extract, senseTable } from "../../helpers.js";

senseTable(
  "events: a stateless armed group as a party",
  [
    ["The United States launched a new wave of airstrikes against Islamic State in eastern Syria.", "ASSAULT USA>org:islamic-state"],
    ["Iraqi troops battled Islamic State fighters in the old city.", "ASSAULT IRQ>org:islamic-state"],
    ["Islamic State gunmen killed twelve Egyptian soldiers in Sinai.", "ASSAULT org:islamic-state>EGY"],
    ["Jordan blamed Islamic State for the hotel bombings.", "ACCUSE JOR>org:islamic-state"],
  ],
  [
    // a member's past, a coalition's name, a loss told of the group: no act between it and a state
    ["A former Islamic State recruit came back to France last year.", "ASSAULT"],
    ["The coalition against Islamic State gathered in Rome on Monday.", "ASSAULT"],
    ["Analysts say Islamic State has lost most of its land in Syria.", "ASSAULT"],
    ["Germany will not hold talks with al-Qaeda.", "CONSULT"],
  ],
  eventKeys,
);

describe("events: only a group with no state passes without a code", () => {
  it("the event keeps the group's actor, which carries no code", () => {
    const rec = extract("The United States attacked Islamic State on Friday.");
    const ev = rec.events.find((e) => e.type === "ASSAULT");
    expect(ev?.target).toEqual(["org:islamic-state"]);
    expect(rec.actors.find((a) => a.id === "org:islamic-state")?.code ?? null).toBeNull();
  });

  it("an outlet, a company or a party with no code stays out", () => {
    expect(eventKeys("Hungary attacked a small charity on Friday.").filter((k) => k.startsWith("ASSAULT"))).toEqual([]);
  });
});
