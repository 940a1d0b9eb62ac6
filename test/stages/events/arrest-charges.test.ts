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

it("keeps the arrest itself beside the accusation", () => {
  expect(keys("Russian police arrested two Ukrainian citizens on charges of sabotage.")).toContain("COERCE RUS>UKR");
});

it("gives no accusation when the arrest is refused or denied ('refused to arrest X on charges')", () => {
  expect(accuses("Serbia refused to arrest the Bosnian general on charges of war crimes.")).toEqual([]);
});
