import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14, item 1: "X, who heads BODY": the body a verb of leading names gives X's state (titles.json headVerbs)
describe("actors: 'X, who heads Belarus's KGB'", () => {
  it("a state's possession, a body the dictionary places, a state body after its demonym", () => {
    const rec = extract(
      "Igor Voronov, who heads Belarus's KGB, said a plot had been foiled. Kieran Doyle, who led the Fire Brigades Union until May, backed the strike. Pavel Gromov, who chairs the Russian delegation, left early.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Igor Voronov")).toBe("BLR");
    expect(person(rec, "Kieran Doyle")).toMatchObject({ country: "GBR", stateRule: "actors/state:led-body" });
    expect(stateOf(rec, "Pavel Gromov")).toBe("RUS");
  });

  it("negative: a body no dictionary places, a firm, a subject of study, a verb of another kind", () => {
    const rec = extract(
      "Marta Ruiz, who heads a charity in Kent, said so. Hugo Serra, who runs Gazprom Neft's trading arm, spoke. Lena Fischer, who leads Russian studies at Harvard, wrote the report. Elena Vidal, who met Belarus's KGB chief, left.",
      "2023-03-01",
    );
    for (const n of ["Marta Ruiz", "Hugo Serra", "Lena Fischer", "Elena Vidal"]) expect(stateOf(rec, n)).toBeNull();
  });
});
