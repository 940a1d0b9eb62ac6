import { describe, expect, it } from "vitest";
import { classifyLines, isHardWrapped, isHeadline } from "../../src/nlp/lines.js";

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
