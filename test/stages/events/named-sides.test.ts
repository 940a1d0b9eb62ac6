import { describe, expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// src/stages/events/named-sides.ts (sentence-env.ts partiesBefore): "the two sides", "both
// countries" with no event before that has that many parties refer back to the pair the text last
// named side by side, a few sentences back at most; a pair of places or of one state is no two
// sides, and with no pair named there is no event.
const keys = (text: string) => eventKeys(text, "2024-05-01");

senseTable(
  "the two sides: the pair the text last named",
  [
    ["Russia and Ukraine have fought since 2014. The two sides held talks in Istanbul on Tuesday.", "CONSULT RUS+UKR>"],
    ["Moscow and Kyiv exchanged accusations on Monday. The United States urged restraint. The two sides agreed to a prisoner swap.", "AGREE RUS+UKR>"],
    ["India and Pakistan fought three wars over Kashmir. Both countries agreed to a ceasefire in 2003.", "AGREE IND+PAK>"],
    // an event before with that many parties still comes first
    ["Putin met Erdogan in Sochi. Later, Biden spoke to Zelensky. The two sides discussed air defence.", "CONSULT USA+UKR>"],
  ],
  [
    ["The two sides have been negotiating for months.", "CONSULT"],
    ["Flights between Paris and Berlin were cancelled. The two sides agreed to a new schedule.", "AGREE"],
    ["Tourists in Greece and Turkey were stranded. The two sides held talks on Monday.", "CONSULT"],
    // named too far back: four sentences between
    ["Russia and Ukraine have fought since 2014. Prices rose. Markets fell. Farmers protested. Rain fell. The two sides held talks in Istanbul.", "CONSULT"],
  ],
  keys,
);

describe("named sides: a pair named after the last event is the newer antecedent", () => {
  it("'... said Finland and Sweden would be welcome. ... the two countries had agreed' are Finland and Sweden, not the war's parties", () => {
    const k = eventKeys("As Russia's assault on Ukraine continues, Nato's secretary general said non-aligned Finland and Sweden would be welcome in the alliance. Nordic media said this week the two countries had agreed to submit simultaneous applications.", "2022-04-28");
    expect(k.some((x) => x.startsWith("AGREE FIN+SWE"))).toBe(true);
    expect(k.some((x) => x.startsWith("AGREE RUS+UKR"))).toBe(false);
  });

  it("negative: a pair named before the last event's trigger leaves that event's parties", () => {
    expect(eventKeys("Russia and Ukraine have fought since 2014. The two sides held talks in Istanbul.", "2022-04-28")).toContain("CONSULT RUS+UKR>");
  });
});
