import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// bracket-gloss.ts: a translation in brackets after a party's name is the same party, no other state's
const orgs = (text: string) => extract(text, "2024-10-28").actors.filter((a) => a.kind === "organization").map((a) => `${a.name}@${a.code ?? a.country ?? "-"}`);

describe("actors: a party's name with its translation in brackets", () => {
  it("'the Homeland Union (Conservatives)' is no UK Conservative Party", () => {
    expect(orgs("Lithuania's ruling Homeland Union (Conservatives) lost the election.").some((o) => o.endsWith("@GBR"))).toBe(false);
    expect(orgs("Voters punished the Patriotic Front (Socialists) and the Civic Union (Liberals).").some((o) => o.endsWith("@GBR"))).toBe(false);
  });

  it("a short name in brackets resolves as the name does: 'Law and Justice (PiS)', 'the Freedom Party (FPÖ)'", () => {
    expect(orgs("Poland's Law and Justice (PiS) lost the vote.")).toContain("Law and Justice@POL");
    expect(orgs("Austria's Freedom Party (FPÖ) won the election.").some((o) => o.endsWith("@AUT"))).toBe(true);
  });

  it("negative: a known party before a bracket with its state, a party standing alone, a person's party", () => {
    expect(orgs("In the poll, the Conservatives (UK) and Labour were level.").filter((o) => o.endsWith("@GBR")).length).toBe(2);
    expect(orgs("The Conservatives condemned the budget on Monday.").some((o) => o.endsWith("@GBR"))).toBe(true);
    expect(orgs("The motion was backed by John Smith (Conservatives) and Mary Jones (Labour).").filter((o) => o.endsWith("@GBR")).length).toBe(2);
  });
});
