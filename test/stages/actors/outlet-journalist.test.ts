import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14 (persons59): a journalist credited by the outlet they report for is of the outlet's state (organizations.json),
// sector MED and no office (outlet-journalist.ts)
describe("actors: 'Fox News' X asked', 'Contributing: X, USA TODAY'", () => {
  it("the outlet's possessive right before the name", () => {
    const rec = extract(
      "Pressed by Fox News' Marta Kowalczyk on Sunday, the minister declined to answer. At the briefing, CBS News' Duncan Ferrars asked about the tariffs. NBC News’ Olivia Brandt reported the deal first.",
      "2023-03-01",
    );
    expect(person(rec, "Marta Kowalczyk")).toMatchObject({ country: "USA", sector: "MED", role: null, stateRule: "actors/state:outlet-journalist" });
    expect(stateOf(rec, "Duncan Ferrars")).toBe("USA");
    expect(stateOf(rec, "Olivia Brandt")).toBe("USA");
  });

  it("every name of a credit list after the outlet's possessive", () => {
    const rec = extract(
      "The talks resume on Monday. Fox News' Harriet Colley, Dmitri Vance and The Associated Press contributed to this report. Sky News' Peter Lomax and Ann Gisby contributed reporting.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Harriet Colley")).toBe("USA");
    expect(person(rec, "Dmitri Vance")).toMatchObject({ country: "USA", sector: "MED" });
    expect(stateOf(rec, "Peter Lomax")).toBe("GBR");
    expect(stateOf(rec, "Ann Gisby")).toBe("GBR");
  });

  it("a credit or byline that closes with the outlet", () => {
    const byline = extract("Nora Pettigrew\n\nUSA TODAY\n\nWASHINGTON — The Senate passed the bill on Friday.", "2023-03-01");
    expect(person(byline, "Nora Pettigrew")).toMatchObject({ country: "USA", sector: "MED" });
    const credit = extract("The Senate passed the bill on Friday. Contributing: Felix Armitage, USA TODAY.", "2023-03-01");
    expect(stateOf(credit, "Felix Armitage")).toBe("USA");
  });

  it("negative: a guest of the outlet, its show, a firm's possessive, a name the outlet follows in running text, no credit", () => {
    const rec = extract(
      "Senator Gwen Halloway's aide Rick Dunmore told Fox News the vote would pass. Exxon's Warren Bostick met the minister. The ministry spokesman, Karel Novak, told CNN on Sunday. Lena Forsberg, USA Today reported, left the firm. The Pentagon hired Tom Reyes and Fox News' guest list grew.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Rick Dunmore")).not.toBe("USA");
    expect(person(rec, "Warren Bostick")?.sector ?? null).not.toBe("MED");
    expect(person(rec, "Karel Novak")?.sector ?? null).not.toBe("MED");
    expect(person(rec, "Lena Forsberg")?.sector ?? null).not.toBe("MED");
    expect(person(rec, "Tom Reyes")?.sector ?? null).not.toBe("MED");
  });

  it("negative: a sentence that names another state, where the reporter's own is not the outlet's to say", () => {
    const rec = extract("Israeli fire killed Reuters' Issam Haddad in southern Lebanon on Friday. Fox News' Dana Kirby asked about the tariffs.", "2023-10-14");
    expect(stateOf(rec, "Issam Haddad")).toBeNull();
    expect(stateOf(rec, "Dana Kirby")).toBe("USA");
  });
});
