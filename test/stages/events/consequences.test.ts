import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2024-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

// consequences.ts: an act noun that a foretold cause would bring about is a prospect.
describe("an act a cause only foretold would bring about is hypothetical", () => {
  it.each([
    ["The closure of the embassy will only lead to tit-for-tat expulsions of Russian diplomats by Britain.", "SANCTION GBR>RUS hypothetical"],
    ["The decision risks provoking a Chinese attack on Taiwan.", "ASSAULT CHN>TWN hypothetical"],
    ["Such a step is likely to trigger sanctions against Russia by the European Union.", "SANCTION EU>RUS hypothetical"],
    ["Diplomats fear the test will inevitably spark a North Korean attack on Japan.", "ASSAULT PRK>JPN hypothetical"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});

describe("negative: a cause told as done leaves the act as it happened", () => {
  it.each([
    ["The poisoning led to expulsions of Russian diplomats by Britain last year.", "SANCTION GBR>RUS occurred"],
    ["The invasion triggered sanctions against Russia by the European Union.", "SANCTION EU>RUS occurred"],
    ["The European Union will impose sanctions on Russia.", "SANCTION EU>RUS planned"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});
