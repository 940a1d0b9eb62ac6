import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "Lord X", "Baroness X": forms of address only Britain's peerage gives place a person no other words place
describe("actors: a peer's form of address", () => {
  it("'Lord Falconar', 'Baroness Amoss' give GBR", () => {
    const rec = extract("Lord Falconar said the answer represented his view. Lords Leader Baroness Amoss and Baroness Royale of Blaisdon attended.", "2005-03-01");
    expect(person(rec, "Falconar")).toMatchObject({ country: "GBR", stateRule: "actors/state:title" });
    expect(person(rec, "Amoss")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Royale")).toMatchObject({ country: "GBR" });
  });

  it("negative: 'Sir', 'Lady' give no state; words that name another state win over the peerage", () => {
    const rec = extract("Sir Menzie Campbel said the rules must change. Lady Gagga sang at the inauguration. French diplomat Lord Pierre Dubois spoke in Paris.", "2005-03-01");
    expect(person(rec, "Campbel")?.country ?? null).toBeNull();
    expect(person(rec, "Gagga")?.country ?? null).toBeNull();
    expect(person(rec, "Dubois")).toMatchObject({ country: "FRA" });
  });
});
