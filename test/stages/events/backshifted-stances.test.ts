import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

function coded(text: string, published = "2024-05-01") {
  const rec = extract(text, published);
  return rec.events.map((e) => `${e.type} ${e.source.map((x) => stateCode(rec, x)).join("+")}>${e.target.map((x) => stateCode(rec, x)).join("+")} ${e.status}`);
}

// backshifted-stances.ts: one's own stance in a simple past after "said he" is made by saying it.
describe("the speaker's own stance shifted back into the past is made by saying it", () => {
  it.each([
    ["Chancellor Olaf Scholz said he condemned the Russian attack.", "ACCUSE DEU>RUS occurred"],
    ["President Joe Biden told reporters he strongly supported Israel.", "SUPPORT USA>ISR occurred"],
    ["Russia said it rejected the proposal from Ukraine.", "REJECT RUS>UKR occurred"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});

describe("negative: another's act, a perfect, a past time or an act not done by saying stays a claim", () => {
  it.each([
    ["President Emmanuel Macron said Russia had rejected the offer from France.", "REJECT RUS>FRA claimed"],
    ["President Joe Biden said he had rejected the Russian proposal.", "REJECT USA>RUS claimed"],
    ["President Joe Biden said he rejected the Russian proposal last week.", "REJECT USA>RUS claimed"],
    ["President Recep Tayyip Erdogan said he met Vladimir Putin in Sochi.", "CONSULT TUR>RUS claimed"],
  ])("%s", (text, key) => {
    expect(coded(text)).toContain(key);
  });
});

describe("an act at the very start of the text has no pronoun before it to read", () => {
  it.each([
    "Condemned the attack on Kyiv, Chancellor Olaf Scholz said on Monday.",
    "Rejected: Russia's proposal, which Ukraine called a trap.",
    // (threw before: the look-back for "said he" read the token before the text)
    "Rejected the Russian proposal, President Zelensky said.",
  ])("%s", (text) => {
    expect(() => coded(text)).not.toThrow();
  });
});
