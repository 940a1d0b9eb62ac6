import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// own-people.ts: martial law and curfews with no place fall on the imposing state's own people
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "martial law and curfews on the state's own people",
  [
    ["Thailand's army declared martial law on Tuesday.", "COERCE THA>THA"],
    ["Egypt imposed a night-time curfew.", "COERCE EGY>EGY"],
    // a place named keeps its own target
    ["Myanmar's junta imposed a curfew in Yangon.", "COERCE MMR>MMR"],
  ],
  [
    // a place of another state: not the imposing state's people
    ["Russia declared martial law in four annexed regions of Ukraine.", "COERCE RUS>RUS"],
    // emergencies and lockdowns follow storms and epidemics as often as unrest
    ["Japan declared a state of emergency ahead of the typhoon.", "COERCE"],
    ["China imposed a lockdown.", "COERCE"],
  ],
  keys,
);

it("gives the threat of martial law its own state as target ('is prepared to impose martial law')", () => {
  expect(keys("Iraq's interim government announced that it is prepared to impose martial law.")).toContain("THREATEN IRQ>IRQ");
});
