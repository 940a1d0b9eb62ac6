import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2024-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

// questions.ts: a direct question asserts nothing; a wh-question takes its act as done.
describe("an act in a yes/no question or a 'what if' is only entertained", () => {
  it.each([
    ["Has China secretly sent weapons to Russia?", "AID CHN>RUS hypothetical"],
    ["Did Turkey really attack Syria to protect its border?", "ASSAULT TUR>SYR hypothetical"],
    ["Is Iran supplying drones to Russia?", "AID IRN>RUS hypothetical"],
    ["“Did Russia invade Georgia to protect its citizens?” the French minister asked.", "ASSAULT RUS>GEO hypothetical"],
    ["What if Paris has lost its secret war in Mali?", "ASSAULT FRA>MLI hypothetical"],
    ["Is a Russian attack on Poland likely?", "ASSAULT RUS>POL hypothetical"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});

describe("negative: a wh-question, a given act noun, a relative clause or a statement keep the act", () => {
  it.each([
    ["Why did Turkey invade Syria?", "ASSAULT TUR>SYR occurred"],
    ["“Why did China send weapons to Russia?” the Polish minister asked.", "AID CHN>RUS occurred"],
    ["Did the invasion of Ukraine by Russia change Europe?", "ASSAULT RUS>UKR occurred"],
    ["China sent weapons to Russia. Will the West respond?", "AID CHN>RUS occurred"],
    ["Turkey attacked Syria, and Iran supplied drones to Russia.", "AID IRN>RUS occurred"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});
