import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14 (session 35): a state's body named inside a person's title before the name (body-in-title.ts)
describe("actors: 'Kenyan Interior Ministry official X', 'Treasury official X'", () => {
  it("a state's word opening its own body's name gives the body's state to the official or spokesperson", () => {
    const rec = extract(
      "Kenyan Interior Ministry official Peter Otieno confirmed the arrests. Peruvian Foreign Affairs Ministry spokesman Luis Quispe said the envoy was recalled. The Nigerian Defence Ministry official Musa Bello denied the report.",
      "2023-03-01",
    );
    expect(person(rec, "Peter Otieno")).toMatchObject({ country: "KEN", role: "official", stateRule: "actors/state:body-title" });
    expect(stateOf(rec, "Luis Quispe")).toBe("PER");
    expect(stateOf(rec, "Musa Bello")).toBe("NGA");
  });

  it("a state's body with no state word takes the article's frame, as a bare office does", () => {
    const rec = extract(
      "President Barack Obama said on Tuesday that the United States would widen sanctions on Russia's banks. Treasury official Adam Szubin told reporters the list would grow. Washington has imposed several rounds of sanctions.",
      "2015-03-01",
    );
    expect(person(rec, "Adam Szubin")).toMatchObject({ country: "USA", role: "official" });
  });

  it("negative: a body that is no state's own, a state's word inside a longer name, a staff noun after a firm", () => {
    const rec = extract(
      "Norwegian Refugee Council official Jan Egeland warned of famine. Free Libyan Army official Omar Haddad said the town had fallen. Apple Treasury manager Kevin Lo declined to comment. Swedish Match official Lars Dahl said sales rose.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Jan Egeland")).not.toBe("NOR");
    expect(stateOf(rec, "Omar Haddad")).toBeNull();
    expect(stateOf(rec, "Kevin Lo")).toBeNull();
    expect(stateOf(rec, "Lars Dahl")).toBeNull();
  });

  it("negative: no frame for a body with no state word where the story has no one state", () => {
    const rec = extract("Interior Ministry official Ahmed Saleh said the curfew would be lifted. Officials in Cairo and Baghdad and Amman met on Sunday.", "2023-03-01");
    expect(person(rec, "Ahmed Saleh")).toMatchObject({ country: null, role: "official" });
  });
});
