import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14: a person's state from the body an appositive names: a state's fleet or military district
// (organizations.json, with a source), a state's broadcaster, and a "state-owned" body the dictionary places
describe("actors: fleets, military districts and state-owned bodies in an appositive", () => {
  it("a fleet or district the dictionary places gives its state, in either case of 'fleet'", () => {
    const rec = extract(
      "Oleg Varlamov, the commander of the Baltic fleet, inspected the ships. Jason Miller, the commander of the U.S. Sixth Fleet, met Greek officers. Pavel Rudenko, head of the Southern Military District, was replaced. Liu Qiang, a commander of the Southern Theater Command, spoke on Monday.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Oleg Varlamov")).toBe("RUS");
    expect(stateOf(rec, "Jason Miller")).toBe("USA");
    expect(stateOf(rec, "Pavel Rudenko")).toBe("RUS");
    expect(stateOf(rec, "Liu Qiang")).toBe("CHN");
  });

  it("negative: a fleet of no state, a commander of pirates, a taxi fleet", () => {
    const rec = extract(
      "Tomas Berger, the commander of a pirate fleet, was caught off the coast. Greta Olsen, who owns a fleet of taxis, said fares would rise. Rui Alves, the manager of the fishing fleet, was worried.",
      "2023-03-01",
    );
    for (const n of ["Tomas Berger", "Greta Olsen", "Rui Alves"]) expect(stateOf(rec, n)).toBeNull();
  });

  it("'state-owned' before a body the dictionary places does not end the appositive", () => {
    const rec = extract(
      "Boris Lemeshev, chair of state-owned VTB bank, told reporters the bank was sound. Anna Sorokina, the director of state-run Rossiya 24, denied the report.",
      "2023-03-01",
    );
    expect(person(rec, "Boris Lemeshev")).toMatchObject({ country: "RUS", role: "chair of state-owned VTB bank" });
    expect(stateOf(rec, "Anna Sorokina")).toBe("RUS");
  });

  it("'head of state-run' is a head of the body, not a head of state", () => {
    const rec = extract(
      "Kirill Danko, the head of state-run Channel One, denied the report. Mirela Stan, the head of state, said the vote would go ahead.",
      "2023-03-01",
    );
    expect(person(rec, "Kirill Danko")).toMatchObject({ country: "RUS", role: "head of state-run Channel One" });
    expect(person(rec, "Mirela Stan")?.role).toBe("head of state");
  });

  it("negative: 'state-owned' before a firm no dictionary places, a presenter on the BBC", () => {
    const rec = extract(
      "Carl Jensen, chair of state-owned Nordavia Holdings, resigned. Emma Hart, a presenter on the BBC, asked the question.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Carl Jensen")).toBeNull();
    expect(stateOf(rec, "Emma Hart")).toBeNull();
  });
});
