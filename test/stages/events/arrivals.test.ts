import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// arrivals.ts: what arrives says what the arrival is; only people arriving make a visit
const keys = (text: string) => eventKeys(text, "2022-05-01");

senseTable(
  "arrivals: peacekeepers, relief and arms arriving are aid",
  [
    ["UN peacekeepers arrived in Haiti on Tuesday.", "AID UN>HTI"],
    ["German anti-aircraft systems arrived in Ukraine last week.", "AID DEU>UKR"],
    // people arriving still visit
    ["The Chinese foreign minister arrived in Moscow on Monday.", "CONSULT CHN>RUS"],
    ["Guterres has arrived in Ukraine.", "CONSULT UN>UKR"],
  ],
  [
    // forces arriving: no visit, and the verb does not say why they came
    ["Russian troops arrived in Belarus for joint exercises.", "CONSULT"],
    ["U.S. Army paratroopers are arriving in Poland on Wednesday.", "CONSULT"],
    ["UN peacekeepers arrived in Haiti on Tuesday.", "CONSULT"],
    // people who travel on their own business
    ["Thousands of migrants are arriving at the US border.", "CONSULT"],
  ],
  keys,
);

it("keeps no event for forces whose arrival the verb does not explain", () => {
  expect(keys("Russian troops arrived in Belarus for joint exercises.").filter((k) => k.startsWith("AID"))).toEqual([]);
});

senseTable(
  "arrivals: the doer named after the head of the phrase that arrives",
  [
    ["The first contingent of Dutch peacekeepers has arrived in Haiti.", "AID NLD>HTI"],
    ["Peacekeepers from Kenya arrived in Haiti on Tuesday.", "AID KEN>HTI"],
    ["A battalion of Indian peacekeeping troops arrived in South Sudan.", "AID IND>SSD"],
    // people from a state still visit
    ["A delegation from Kenya arrived in Haiti on Tuesday.", "CONSULT KEN>HTI"],
  ],
  [
    // forces and refugees from a state arriving: no visit, and no aid
    ["Troops from Kenya arrived in Haiti.", "CONSULT"],
    ["Refugees from Ukraine arrived in Poland.", "CONSULT"],
    ["A contingent of Russian troops arrived in Belarus.", "AID"],
  ],
  keys,
);
