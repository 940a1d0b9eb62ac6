import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2024-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

// history-dates.ts: a past act in someone's words dated well before the article is history, told as done.
describe("history dated by a year or a decade in someone's words occurred", () => {
  it.each([
    ["Putin said Nato bombed Serbia in 1999.", "ASSAULT NATO>SRB occurred"],
    ["The minister said the United States invaded Iraq in 2003.", "ASSAULT USA>IRQ occurred"],
    ["The president said Iraq had invaded Kuwait in the 1990s.", "ASSAULT IRQ>KWT occurred"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});

describe("negative: a recent or undated act in someone's words stays their claim", () => {
  it.each([
    ["Putin said Nato bombed Serbia in 2022.", "ASSAULT NATO>SRB claimed"],
    ["The minister said the United States invaded Iraq.", "ASSAULT USA>IRQ claimed"],
    ["Kyiv said Russian forces attacked Ukraine in 2023.", "ASSAULT RUS>UKR claimed"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});
