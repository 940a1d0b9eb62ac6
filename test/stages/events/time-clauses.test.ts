import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const statuses = (text: string, type: string) => extract(text, "2022-06-01").events.filter((e) => e.type === type).map((e) => e.status);

describe("status: an act a clause of time takes as given (time-clauses.ts)", () => {
  it("a past act after 'when', 'since', 'after', 'once' in someone's words is presupposed, told as done", () => {
    expect(statuses("\"When Russia invaded Ukraine, Sweden's security position changed fundamentally,\" the party said in a statement.", "ASSAULT")).toEqual(["occurred"]);
    expect(statuses("\"Since Russia launched its aggression against Ukraine, we have lost trust,\" the minister said.", "ASSAULT")).toEqual(["occurred"]);
    expect(statuses("\"Everything changed for us after Moscow attacked Ukraine,\" Andersson said.", "ASSAULT")).toEqual(["occurred"]);
    expect(statuses("\"Once Russia invaded Ukraine, everything changed for Finland,\" Marin said.", "ASSAULT")).toEqual(["occurred"]);
  });

  it("what the words assert stays their claim", () => {
    expect(statuses("\"Russia shelled Kharkiv overnight,\" the mayor said.", "ASSAULT")).toEqual(["claimed"]);
    // the act is the main clause's, the time clause dates it
    expect(statuses("The Ukrainian ministry said Russian troops shelled Kharkiv when the convoy arrived.", "ASSAULT")).toEqual(["claimed"]);
    // a clause of time about another's saying puts the act in that one's words
    expect(statuses("\"When Kyiv said Russia shelled Kharkiv, nobody believed it,\" Lavrov said.", "ASSAULT")).toEqual(["claimed"]);
  });

  it("an act the words call alleged stays a claim, inside a clause of time too", () => {
    expect(statuses("\"After Russian forces allegedly shelled Kharkiv, the convoy turned back,\" the mayor said.", "ASSAULT")).toEqual(["claimed"]);
  });

  it("a present act after 'when' is a condition, not given", () => {
    expect(statuses("\"When Russia attacks Poland, Nato will defend Poland,\" the minister said.", "ASSAULT")).not.toContain("occurred");
    expect(statuses("\"When Russia attacks Poland, Nato will defend Poland,\" the minister said.", "SUPPORT")).not.toContain("occurred");
  });
});
