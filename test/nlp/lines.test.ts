import { describe, expect, it } from "vitest";
import { classifyLines, isCapitalsText, isHardWrapped, isHeadline } from "../../src/nlp/lines.js";

describe("lines", () => {
  it("recognises linked-story headlines", () => {
    expect(isHeadline("SULLIVAN CLAIMS BIDEN ADMIN LEAVES RUSSIA, CHINA AND IRAN ‘WEAKER,’ AMERICA ‘SAFER’ BEFORE TRUMP HANDOFF")).toBe(true);
    expect(isHeadline("PUTIN TOUCHES DOWN IN PYONGYANG, SAYS ‘HEROIC PEOPLE’ OF NORTH KOREA WILL ‘CONFRONT’ WEST")).toBe(true);
  });

  it("negative: acronyms in a sentence do not make a headline", () => {
    expect(isHeadline("NATO and the EU said the IAEA and OPEC would meet the UN.")).toBe(false);
    expect(isHeadline("USA UK")).toBe(false);
  });

  it("classifies bylines and blank lines", () => {
    const lines = classifyLines("By Jane Smith\n\nRussia said it would talk.");
    expect(lines.map((l) => l.kind)).toEqual(["byline", "blank", "body"]);
  });

  it("negative: a text with short lines that end sentences is not hard-wrapped", () => {
    expect(isHardWrapped("One line.\nAnother line.\nA third one.")).toBe(false);
  });
});

describe("lines: links glued into scraped text", () => {
  it("a related-story link glued to a name, ending in MORE, is a headline", () => {
    const text = "President Trump Donald John TrumpGOP senators balk at lengthy impeachment trial MORE on Sunday said that Putin could come.";
    const lines = classifyLines(text);
    const headline = lines.find((l) => l.kind === "headline")!;
    expect(text.slice(headline.start, headline.end)).toBe("GOP senators balk at lengthy impeachment trial MORE");
  });

  it("negative: a name with an inner capital is no glued link", () => {
    expect(classifyLines("McDonald said the MORE important thing was trade.").every((l) => l.kind === "body")).toBe(true);
  });
});

describe("lines: linked headlines in other shapes", () => {
  const kinds = (text: string) => classifyLines(text).map((l) => [l.kind, text.slice(l.start, l.end)]);

  it("a line that starts with a link label is a headline", () => {
    for (const line of ["Read more: Life After Corbyn? The Politicians Vying to Become Labour Leader", "RELATED: Obama: Witting or Witless?", "SEE ALSO: World religious leaders urge unity", "Read also: Ukraine asks Germany to provide more tanks", "More On This... NSA secrets leaker hints he could seek haven in Iceland"])
      expect(classifyLines(line)[0].kind, line).toBe("headline");
  });

  it("a line that a title-case label of linked stories opens is a headline, teasers and all", () => {
    for (const line of ["Other Topics of Interest Poland’s President: Sanctions Will Stay Until Troops Leave Duda said that the measures would hold.", "You May Also Like Germany Pledges More Air Defence to Kyiv"])
      expect(classifyLines(line)[0].kind, line).toBe("headline");
  });

  it("negative: the label's words in an ordinary sentence are body", () => {
    for (const line of ["Other topics of interest to voters were housing and crime.", "Other Topics of interest included the budget.", "You may also like to know that the minister resigned.", "Related coverage of the summit was thin."])
      expect(classifyLines(line)[0].kind, line).toBe("body");
  });

  it("negative: a sentence that starts with a label word is body", () => {
    for (const line of ["Related companies profit 3.1 mln vs 1.4 mln.", "Read more carefully, the treaty says little.", "See also how the talks went."]) expect(classifyLines(line)[0].kind, line).toBe("body");
  });

  it("a 'Read more here:' link glued to the sentence before it starts at its label", () => {
    const text = "It was based on intelligence that had been received.Read more here:Putin involved in war at level of colonel, say western sourcesRead more Reuters is reporting that soldiers arrived.";
    expect(kinds(text)).toEqual([
      ["body", "It was based on intelligence that had been received."],
      ["headline", "Read more here:Putin involved in war at level of colonel, say western sourcesRead more"],
      ["body", "Reuters is reporting that soldiers arrived."],
    ]);
  });

  it("negative: in a text written all in capitals, its lines of capitals are body", () => {
    const text = "THE GOVERNMENT CUT OIL SUBSIDIES BY 80 PCT AS PART OF ITS PROGRAM.\nOFFICIALS SAID THE NAIRA HAS DEPRECIATED AGAINST THE DOLLAR.";
    expect(isCapitalsText(text)).toBe(true);
    expect(classifyLines(text).every((l) => l.kind === "body")).toBe(true);
  });

  it("an ALL-CAPS line in a mixed-case text stays a headline", () => {
    const text = "Kellogg urged the US to stand with the Iranian people.\nBLINKEN CONFIRMS IRAN SUPPLYING RUSSIA WITH SHORT-RANGE BALLISTIC MISSILES\nLavrov said the pact was not directed against anyone.";
    expect(classifyLines(text).map((l) => l.kind)).toEqual(["body", "headline", "body"]);
  });
});
