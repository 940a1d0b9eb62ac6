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

// a curfew or martial law extended is one kept in force: the same coercion as imposing it (COERCE 1723/1724)
senseTable(
  "curfews and martial law extended",
  [
    ["Kenya extended the curfew in Mombasa by two weeks.", "COERCE KEN>KEN"],
    ["Sri Lanka extended the nationwide curfew on Friday.", "COERCE LKA>LKA"],
    ["The Philippines extended martial law in Mindanao until December.", "COERCE PHL>PHL"],
  ],
  [
    // deadlines, aid and emergencies after a disaster are extended too: no coercion
    ["Kenya extended the deadline for voter registration.", "COERCE"],
    ["Sri Lanka extended emergency aid to the flood victims.", "COERCE"],
    ["Chile extended the state of emergency after the earthquake.", "COERCE"],
    // a lockdown against a disease is no coercion of a people (review fix)
    ["China extended the lockdown in Shanghai.", "COERCE"],
    ["New Zealand extended the lockdown in Auckland by a week.", "COERCE"],
  ],
  keys,
);
