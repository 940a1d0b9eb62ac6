import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// journey-talks.ts: parties who travel together to talks meet each other, not the place
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "journey to talks: the travellers' states meet each other",
  [
    ["U.S. and Russian negotiators return to Geneva this week for talks on missiles.", "CONSULT USA+RUS>"],
    ["Armenian and Azerbaijani ministers flew to Washington for a summit.", "CONSULT ARM+AZE>"],
    ["Iranian and Saudi officials travelled to Baghdad for talks on Monday.", "CONSULT IRN+SAU>"],
    // one traveller still visits the one it goes to
    ["Blinken flew to Beijing for talks with Xi.", "CONSULT USA>CHN"],
  ],
  [
    // the place is only the venue
    ["Iranian and Saudi officials travelled to Baghdad for talks on Monday.", "CONSULT IRN>IRQ"],
    // no purpose of talks
    ["US and Chinese diplomats went to Geneva for a holiday.", "CONSULT USA>CHN"],
    ["The Russian and Ukrainian teams returned home after the talks.", "CONSULT RUS>UKR"],
    // a noun, not a journey
    ["Their return to Geneva for talks was delayed.", "CONSULT"],
  ],
  keys,
);

it("gives one symmetric meeting, no visit of the venue", () => {
  expect(keys("U.S. and Russian negotiators return to Geneva for talks.").filter((k) => k.endsWith(">CHE"))).toEqual([]);
});
