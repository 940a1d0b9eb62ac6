import { describe, expect, it } from "vitest";
import { eventKeys } from "../../helpers.js";

// first-person.ts: an act noun in a quote is the speaker's side's when "our"/"my" owns it or the
// speaker's "we" is in it ("we are in talks with"); a "we" that is the subject of another verb
// ("if we saw an invasion") makes the act no one's.
const keys = (text: string) => eventKeys(text, "2022-03-06");

describe("an act noun in a quote", () => {
  it("a witness or an opinion holder is no doer", () => {
    expect(keys("Liz Truss said: \"If we saw an invasion into Ukraine, there would be severe costs.\"")).not.toContain("ASSAULT GBR>UKR");
    expect(keys("Boris Johnson said: \"I think for any Nato member to get involved in a conflict with Russia is a huge step.\"")).not.toContain("ASSAULT GBR>RUS");
    expect(keys("Joe Biden said: \"I do not believe you want a bloody war against Ukraine.\"")).not.toContain("ASSAULT USA>UKR");
  });
  it("'our' owns it, or 'we' are in it", () => {
    expect(keys("Boris Johnson said: \"Our sanctions on Russia will bite.\"")).toContain("SANCTION GBR>RUS");
    expect(keys("\"We are in conversations with Ukraine about its needs,\" the White House press secretary, Jen Psaki, said.")).toContain("CONSULT USA>UKR");
  });
  it("a verb act after the speaker's 'we' stays the speaker's", () => {
    expect(keys("Boris Johnson said: \"We have imposed sanctions on Russia.\"")).toContain("SANCTION GBR>RUS");
  });
});
