import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

const keys = (text: string) => eventKeys(text, "2022-02-24");

// speech-acts.ts clauseAfter: a clause of time or cause ends the clause a warning reports
describe("events: a warning's clause ends at a clause of time or cause", () => {
  it("'warned that Ukraine could face a battle ... as more countries joined in sanctions against Russia' threatens no one", () => {
    const k = keys("Ukraine's president warned that Ukraine could face a battle for its very existence as more countries joined in sanctions against Russia.");
    expect(k.filter((x) => x.startsWith("THREATEN"))).toEqual([]);
    expect(keys("Iran warned that it would respond firmly when Israel attacked its ships.").some((x) => x.startsWith("THREATEN IRN>ISR"))).toBe(false);
  });

  it("negative: the party acted on inside the clause still counts; 'as well as' is no clause", () => {
    expect(keys("Iran warned that it would retaliate against Israel.")).toContain("THREATEN IRN>ISR");
    expect(keys("Iran warned that it would retaliate against Israel as well as the United States.")).toContain("THREATEN IRN>ISR");
  });
});
