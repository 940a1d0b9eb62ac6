// "each other", "one another" as an act's object: every party of the subject acts on the others
// (src/stages/events/reciprocal-acts.ts, data/event-senses.json reciprocals).
import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

describe("reciprocal acts: 'X and Y accused each other'", () => {
  it("a directed act gives one event per party, toward the other", () => {
    expect(eventKeys("Georgia and Russia accused each other of provoking the war.").sort()).toEqual(["ACCUSE GEO>RUS", "ACCUSE RUS>GEO"]);
    expect(eventKeys("Ethiopian and Eritrean troops shelled each other across the border.").sort()).toEqual(["ASSAULT ERI>ETH", "ASSAULT ETH>ERI"]);
    expect(eventKeys("Beijing and Manila have blamed one another for the collision.").sort()).toEqual(["ACCUSE CHN>PHL", "ACCUSE PHL>CHN"]);
  });

  it("after the pattern's preposition: 'fought against each other'", () => {
    expect(eventKeys("Iran and Iraq fought against each other for eight years.").sort()).toEqual(["ASSAULT IRN>IRQ", "ASSAULT IRQ>IRN"]);
  });

  it("a symmetric act keeps the parties together", () => {
    expect(eventKeys("Chile and Peru consulted each other on the border dispute.")).toEqual(["CONSULT CHL+PER>"]);
  });

  it("negative: no pair named in the subject, or a reciprocal that is no object of the act", () => {
    expect(eventKeys("The two sides accused each other of breaking the truce.")).toEqual([]);
    expect(eventKeys("Kenyan rebels and the army accused each other of the killings.").filter((e) => e.includes("+"))).toEqual([]);
    expect(eventKeys("Mistrust of each other grew between Serbia and Kosovo.").filter((e) => e.startsWith("ACCUSE") || e.startsWith("ASSAULT"))).toEqual([]);
    expect(eventKeys("Poland accused Russia of spying on each other's allies.")).toEqual(["ACCUSE POL>RUS"]);
  });
});
