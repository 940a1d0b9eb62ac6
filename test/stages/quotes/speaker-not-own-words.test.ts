import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakerOf = (text: string, start: string) => extract(text, "2022-03-01").quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

// A role noun that speaks is never a person its own words name ("The minister said he agreed with Boris
// Johnson": the minister is someone else); it then speaks as itself (find-quotes notNamedInOwnWords).
describe("quotes: a role noun is not the person named in its own words", () => {
  it("'The minister said he agreed with Boris Johnson that ...' is not Johnson", () => {
    const text = "Defence Secretary Ben Wallace visited British troops in Estonia on Monday.\n\nThe minister said he agreed with Boris Johnson that more troops were needed on the eastern flank.";
    expect(speakerOf(text, "he agreed with")).not.toBe("Boris Johnson");
  });

  it("negative: a role noun resolved to a person not named in the words keeps that person", () => {
    const text = "Prime Minister Boris Johnson visited British troops in Estonia on Monday.\n\nThe prime minister said more troops were needed on the eastern flank.";
    expect(speakerOf(text, "more troops")).toBe("Boris Johnson");
  });
});
