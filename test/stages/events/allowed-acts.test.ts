import { expect, it } from "vitest";
import { extract, senseTable, stateCode } from "../../helpers.js";

// allowed-acts.ts: an act a named party let the object do took place, in the permission's status
const keys = (text: string) => {
  const rec = extract(text, "2023-03-01");
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
};

senseTable(
  "acts a party allowed in the past took place",
  [
    ["Minsk allowed Russian troops to invade Ukraine from its territory.", "ASSAULT RUS>UKR occurred"],
    ["Ankara permitted American jets to strike Iraq from Incirlik.", "ASSAULT USA>IRQ occurred"],
    ["Tehran has enabled Moscow to attack Ukrainian cities with drones.", "ASSAULT RUS>UKR occurred"],
    // in someone's words, the permission and the act it let be done are that speaker's claim
    ["Kyiv said Belarus had allowed Russian forces to attack Ukraine from its soil.", "ASSAULT RUS>UKR claimed"],
  ],
  [
    // a permission still to come, or one that may come, lets nothing be done yet
    ["Belarus will allow Russian troops to invade Ukraine from its territory.", "ASSAULT RUS>UKR occurred"],
    ["Belarus could allow Russian troops to attack Ukraine from its territory.", "ASSAULT RUS>UKR occurred"],
    // a document's permission names no act done
    ["The treaty allowed Russian troops to attack Ukraine from Belarus.", "ASSAULT RUS>UKR occurred"],
    // a refused permission: no act
    ["Belarus did not allow Russian troops to invade Ukraine from its territory.", "ASSAULT RUS>UKR"],
    // a request is no permission: the act asked for has not happened
    ["Poland urged Germany to send tanks to Ukraine.", "AID DEU>UKR occurred"],
  ],
  keys,
);

it("lets the permission keep its own status when it is still to come", () => {
  expect(keys("Belarus will allow Russian troops to invade Ukraine from its territory.")).toContain("ASSAULT RUS>UKR planned");
});
