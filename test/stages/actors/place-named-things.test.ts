import { describe, expect, it } from "vitest";
import { eventKeys, extract } from "../../helpers.js";

const states = (text: string) => extract(text).actors.filter((a) => a.kind === "country").map((a) => a.id);

describe("actors: a capital that names an agreement, a body or a meeting is no state (not-names.json placeNamedThings)", () => {
  it("'the Paris Club', 'the Minsk agreements', 'the Vienna Convention', 'the Vilnius summit' name no state", () => {
    expect(states("The Paris Club had agreed to reschedule the debts of Peru.")).toEqual(["PER"]);
    expect(states("Kyiv and Moscow had both signed the Minsk agreements in 2015.")).toEqual(["UKR", "RUS"]);
    expect(states("The Vienna Convention protects diplomats.")).toEqual([]);
    expect(states("Leaders at the Vilnius summit discussed air defence.")).toEqual([]);
  });

  it("no party: the agreement's city is not a signatory ('signed the Minsk agreements' gives no AGREE with Belarus)", () => {
    expect(eventKeys("Ukraine and Russia signed the Minsk agreements in 2015.").some((k) => k.includes("BLR"))).toBe(false);
    expect(eventKeys("The Paris Club agreed to reschedule Peru's debts.").some((k) => k.includes("FRA"))).toBe(false);
  });

  it("negative: a capital as the government, or with a verb after it, stays its state ('Paris agreed', 'Minsk accused Warsaw', 'Moscow talks tough')", () => {
    expect(states("Paris agreed to send more troops.")).toEqual(["FRA"]);
    expect(states("Minsk accused Warsaw of provocations.")).toEqual(["BLR", "POL"]);
    expect(states("Moscow talks tough on Ukraine.")).toContain("RUS");
  });
});
