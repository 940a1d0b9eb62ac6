import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14, item 1: members of a legislature only one state has ("Duma deputy", "Knesset member"), and one-state
// titles in an appositive ("X, a State Duma deputy,", "the Taoiseach, X,")
describe("actors: one state's legislature members and one-state titles in apposition", () => {
  it("before the name and in an appositive on either side", () => {
    const rec = extract(
      "Duma deputy Sergei Lavrenko said the law was needed. Rada deputy Mykola Tkachenko disagreed. Yossi Amar, a Knesset member, walked out. The Taoiseach, Eamon Keane, met Kieran Doyle, a congressman from Ohio.",
      "2023-03-01",
    );
    expect(person(rec, "Sergei Lavrenko")).toMatchObject({ country: "RUS", stateRule: "actors/state:title" });
    expect(stateOf(rec, "Mykola Tkachenko")).toBe("UKR");
    expect(stateOf(rec, "Yossi Amar")).toBe("ISR");
    expect(stateOf(rec, "Eamon Keane")).toBe("IRL");
    expect(stateOf(rec, "Kieran Doyle")).toBe("USA");
  });

  it("negative: a bare 'deputy', a relative clause about someone else, a state the appositive names itself", () => {
    const rec = extract(
      "The Duma passed the law. A deputy, Marta Ruiz, voted against. Hugo Serra, who met a congressman, left. Pierre Blanc, a French congressman, spoke.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Marta Ruiz")).toBeNull();
    expect(stateOf(rec, "Hugo Serra")).toBeNull();
    expect(stateOf(rec, "Pierre Blanc")).toBe("FRA");
  });
});
