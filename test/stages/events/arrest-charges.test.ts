import { expect, it } from "vitest";
import { eventKeys, senseTable } from "../../helpers.js";

// arrest-charges.ts: an arrest on a named charge is also an accusation of the arrested
const keys = (text: string) => eventKeys(text, "2022-05-01");
const accuses = (text: string) => keys(text).filter((k) => k.startsWith("ACCUSE"));

senseTable(
  "arrest on charges: the arresting side accuses the arrested",
  [
    ["Russian police arrested two Ukrainian citizens on charges of sabotage.", "ACCUSE RUS>UKR"],
    ["Iran detained a French tourist on suspicion of espionage.", "ACCUSE IRN>FRA"],
    ["Chinese authorities jailed a Canadian businessman on spying charges.", "ACCUSE CHN>CAN"],
    ["Egyptian police arrested dozens of Muslim Brotherhood members on allegations of plotting a coup.", "ACCUSE EGY>EGY"],
  ],
  [
    // no charge phrase: the arrest alone
    ["Russian police arrested two Ukrainian citizens on Monday.", "ACCUSE RUS>UKR"],
    ["Iran detained a French tourist on the border with Iraq.", "ACCUSE IRN>FRA"],
    // the charge in another clause
    ["Russian police arrested two Ukrainians, who deny the charges of sabotage.", "ACCUSE RUS>UKR"],
  ],
  keys,
);

senseTable(
  "the crime named outright after 'for': the arresting side accuses the arrested",
  [
    ["Hamas arrested the Egyptian missionary for collaborating with Israel.", "ACCUSE PSE>EGY"],
    ["Iran arrested two French tourists for spying.", "ACCUSE IRN>FRA"],
    ["Russia detained a US journalist for allegedly spying.", "ACCUSE RUS>USA"],
    ["Russia jailed the Ukrainian activist for discrediting the army.", "ACCUSE RUS>UKR"],
  ],
  [
    // "for" names a purpose, a span or a count, no crime
    ["Russia detained a US journalist for questioning.", "ACCUSE RUS>USA"],
    ["Iran jailed the British woman for five years.", "ACCUSE IRN>GBR"],
    ["Russia arrested the Ukrainian activist for the second time.", "ACCUSE RUS>UKR"],
  ],
  keys,
);

it("keeps the arrest itself beside the accusation", () => {
  expect(keys("Russian police arrested two Ukrainian citizens on charges of sabotage.")).toContain("COERCE RUS>UKR");
});

it("gives no accusation when the arrest is refused or denied ('refused to arrest X on charges')", () => {
  expect(accuses("Serbia refused to arrest the Bosnian general on charges of war crimes.")).toEqual([]);
});
