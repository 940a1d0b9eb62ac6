import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14 (persons59): an aide of a known person's campaign or team serves that person and takes the person's state
// (titles.json teamNouns; principal-team.ts)
describe("actors: 'X, a spokesman for the Biden campaign,'", () => {
  it("an aide's 'for'/'to' with a known principal's campaign or team, bare or possessive", () => {
    const rec = extract(
      "\"We will win,\" said Corinne Delacroix, a spokeswoman for Macron's re-election campaign. Tara Quill, a senior adviser to the Biden campaign, disagreed. \"It is false,\" Brett Ansel, a spokesman for the Johnson team, said.",
      "2022-03-01",
    );
    expect(person(rec, "Corinne Delacroix")).toMatchObject({ country: "FRA", stateRule: "actors/state:aide-of" });
    expect(stateOf(rec, "Tara Quill")).toBe("USA");
    expect(stateOf(rec, "Brett Ansel")).toBe("GBR");
  });

  it("negative: a campaign of no known person, a body of a known name, a critic of the campaign", () => {
    const rec = extract(
      "Dora Keating, a spokeswoman for the Yes campaign, spoke. Fiona Rudd, a spokesman for the Smithfield campaign, left. Owen Pardee, a critic of the Biden campaign, wrote a book.",
      "2022-03-01",
    );
    expect(stateOf(rec, "Dora Keating")).toBeNull();
    expect(stateOf(rec, "Fiona Rudd")).toBeNull();
    expect(stateOf(rec, "Owen Pardee")).toBeNull();
  });
});
