import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2024-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

// narrator-asides.ts: an aside between dashes or in brackets inside reported words is the narrator's.
describe("a past act in the narrator's aside inside a report occurred", () => {
  it.each([
    ["Pence warned that Iran could end like Libya – where Nato bombed Libyan forces in 2011 – if it did not negotiate.", "ASSAULT NATO>LBY occurred"],
    ["The senator said Syria could share the fate of Iraq (where American troops fought Iraqi forces in 2003).", "ASSAULT USA>IRQ occurred"],
    ["The minister said Poland would help Kyiv – Russian forces attacked Ukraine in February – for as long as it takes.", "ASSAULT RUS>UKR occurred"],
    ["Pence said Iran could end like Libya—where Nato bombed Libyan forces in 2011.", "ASSAULT NATO>LBY occurred"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});

describe("negative: the report going on, the speaker's own words, a modal aside or a hyphen keep the reading", () => {
  it.each([
    ["Zelensky said Russia shelled Kharkiv – and that Moscow must be punished.", "ASSAULT RUS>UKR occurred"],
    ["The minister said Poland would help Kyiv – Russian forces may attack Ukraine again – for as long as it takes.", "ASSAULT RUS>UKR occurred"],
    ["The minister said Russia attacked Ukraine – a claim Moscow denies.", "ASSAULT RUS>UKR occurred"],
    ["Officials said long-range rockets had allowed Ukraine to strike Russian depots in Moscow-held areas.", "ASSAULT UKR>RUS occurred+aside"],
  ])("%s", (text, key) => {
    const rec = extract(text, "2024-05-01");
    const keys = rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}${e.rule.includes("+aside") ? "+aside" : ""}`);
    expect(keys).not.toContain(key);
  });
});
