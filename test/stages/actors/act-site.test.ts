import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issues 13/14: an office holder with no state takes the state of the place the sentence says it acts "in"
describe("actors: an office holder placed by where it acts", () => {
  it("takes the state of a city or region named after 'in'", () => {
    const rec = extract("President Hamid Dorani ordered troops onto the streets in central Kabul on Tuesday.", "2003-04-01");
    expect(person(rec, "Hamid Dorani")).toMatchObject({ country: "AFG", stateRule: "actors/state:act-site" });
    const rec2 = extract("Governor Ayo Benson declared a state of emergency in Lagos after the riots.", "2003-04-01");
    expect(person(rec2, "Ayo Benson")).toMatchObject({ country: "NGA", stateRule: "actors/state:act-site" });
  });

  it("negative: a visit, a destination, another state in the sentence, or no office", () => {
    const visit = extract("President Hamid Dorani said in Cairo during a two-day visit that the talks had failed.", "2003-04-01");
    expect(person(visit, "Hamid Dorani")?.country ?? null).toBeNull();
    const dest = extract("President Hamid Dorani sent police to Kabul on Tuesday.", "2003-04-01");
    expect(person(dest, "Hamid Dorani")?.country ?? null).toBeNull();
    const two = extract("President Hamid Dorani accused Pakistan of arming the rebels in Kandahar.", "2003-04-01");
    expect(person(two, "Hamid Dorani")?.country ?? null).toBeNull();
    const said = extract("Foreign Minister Hamid Dorani said in Kabul on Tuesday that the border would stay closed.", "2003-04-01");
    expect(person(said, "Hamid Dorani")?.country ?? null).toBeNull();
    // (a whole country after "in" is what one acts on from home: "investment in Cuba")
    const country = extract("Senator Hamid Dorani opposed any new investment in Cuba.", "2003-04-01");
    expect(person(country, "Hamid Dorani")?.country ?? null).toBeNull();
    const aid = extract("Governor Ayo Benson praised the relief work in Haiti.", "2003-04-01");
    expect(person(aid, "Ayo Benson")?.country ?? null).toBeNull();
    const exile = extract("Opposition leader Hamid Dorani, exiled in London since 1999, called for new elections.", "2003-04-01");
    expect(person(exile, "Hamid Dorani")?.country ?? null).toBeNull();
  });
});
