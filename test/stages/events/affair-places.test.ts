import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// affair-places.ts: a bare town after a reproach's "over" names the affair, no party
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "affair places: 'complained over Kaliningrad' is aimed at no one the place names",
  [
    // a party named elsewhere stays
    ["Lithuania criticised Russia over Kaliningrad on Monday.", "ACCUSE LTU>RUS"],
    ["Moscow threatened Vilnius over Kaliningrad on Monday.", "THREATEN RUS>LTU"],
  ],
  [
    ["Warsaw complained over Kaliningrad on Monday.", "ACCUSE POL>RUS"],
    ["Warsaw complained bitterly over Kaliningrad on Monday.", "ACCUSE POL>RUS"],
  ],
  keys,
);

it("the one reproached stays the target ('criticised Clinton over Benghazi')", () => {
  const k = keys("Senate Republicans criticised Hillary Clinton over Benghazi for months.");
  expect(k.some((x) => x.startsWith("ACCUSE") && !x.endsWith(">"))).toBe(true);
  expect(k.some((x) => /^ACCUSE .*>LBY/.test(x))).toBe(false);
});
