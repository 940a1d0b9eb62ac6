import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// displaced-people.ts: people taken in or brought to safety, named by where they come from, make
// humanitarian aid to that place's state
const keys = (text: string) => eventKeys(text, "2024-01-01");

senseTable(
  "displaced people: aid to the state they come from",
  [
    ["Germany took in 5,000 refugees fleeing Syria last year.", "AID DEU>SYR"],
    ["Lebanon hosts more than a million refugees from Syria.", "AID LBN>SYR"],
    ["Turkey has sheltered millions of people fleeing the war in Syria.", "AID TUR>SYR"],
    ["UN helicopters evacuated the wounded from a besieged town in Somalia.", "AID UN>SOM"],
    ["Italian navy ships evacuated the wounded from the besieged port of Misrata.", "AID ITA>LBY"],
    // a border opened to people driven out is refuge
    ["Poland opened its borders to refugees from Ukraine.", "AID POL>UKR"],
    ["Chad opened its border to thousands of people driven out of Sudan by the fighting.", "AID TCD>SDN"],
    ["Moldova opened its border to Ukrainian refugees.", "AID MDA>UKR"],
  ],
  [
    // a border opened to goods, trade or visitors shelters no one
    ["China opened its border to goods from Russia.", "AID"],
    ["Finland opened its border crossing for trade with Russia.", "AID"],
    ["Hungary opened its border to tourists from Serbia.", "AID"],
    // a state's own people taken home are no aid to the place they leave
    ["The United States evacuated its citizens from Sudan.", "AID"],
    ["Britain evacuated 300 nationals from Libya.", "AID"],
    ["France evacuated embassy staff from Niger on Tuesday.", "AID"],
    // people of the doer's own state
    ["Ukraine evacuated civilians from Mariupol.", "AID"],
    // no one acts for the refugees
    ["Refugees from Ukraine arrived in Poland.", "AID"],
    ["Aid workers were killed in Gaza.", "AID"],
  ],
  keys,
);

it("gives refuge the code of asylum and evacuation the code of humanitarian aid", () => {
  const rec = (text: string) => eventKeys(text, "2024-01-01");
  expect(rec("Poland opened its borders to refugees from Ukraine.")).not.toContain("CONCEDE POL>UKR");
});
