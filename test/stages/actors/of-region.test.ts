import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14 (persons49): US and other federal news names a legislator by the state they sit for, with no country next to
// them: "Senators X of West Virginia and Y of North Dakota", "the senators – X of Wisconsin, Y of Oregon". A person
// "of" a state's first-level part (countries.json regions) belongs to that state (actors/state:of-region).
describe("actors: a person of a state's first-level part", () => {
  it("'X of Wisconsin, Y of New Mexico' are American; 'X of Alberta' Canadian", () => {
    const rec = extract("The letter was signed by three lawmakers – Carla Wendt of Wisconsin, Peter Amsel of New Mexico and Joan Ruddock of Alberta.", "2021-03-01");
    expect(person(rec, "Wendt")).toMatchObject({ country: "USA", stateRule: "actors/state:of-region" });
    expect(person(rec, "Amsel")).toMatchObject({ country: "USA" });
    expect(person(rec, "Ruddock")).toMatchObject({ country: "CAN" });
  });

  it("negative: a region's name that opens a body's name, or owns something, gives no state", () => {
    const rec = extract("Dana Ferris of Ohio State University said the data were weak. Tom Hallam of Texas's oil lobby disagreed.", "2021-03-01");
    expect(person(rec, "Ferris")?.country ?? null).toBeNull();
    expect(person(rec, "Hallam")?.country ?? null).toBeNull();
  });

  it("negative: a name that is also a state's stays that state's ('X of Georgia' in a Georgian story)", () => {
    const rec = extract("Prime Minister Irakli Garibashvili of Georgia said Tbilisi would apply to join the EU.", "2021-03-01");
    expect(person(rec, "Garibashvili")?.country).toBe("GEO");
  });
});
