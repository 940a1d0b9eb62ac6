import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: a sub-national office ("Texas Governor X", "Ontario Premier X", "Lower Saxony state premier X") places its
// holder in the state the region belongs to (data/metonyms.json regions: US states, Canadian provinces, Australian
// states, German Länder: countries.json regions, read only beside an office; Ukrainian and Russian oblasts: metonyms.json).
describe("actors: a region's office gives its state", () => {
  it("'Texas Governor X', 'Ontario Premier X', 'Queensland premier X', 'Saxony state premier X', 'Lviv region governor X'", () => {
    const rec = extract(
      "Texas Governor Gil Barrow said the border would stay shut. Ontario Premier Dana Fordham announced new spending. " +
        "Queensland premier Annette Palmerston opened the bridge. Saxony state premier Mikael Kretsch criticised the plan. " +
        "Lviv region governor Maksym Kozyk said a drone was downed.",
      "2023-05-01",
    );
    expect(person(rec, "Barrow")).toMatchObject({ country: "USA" });
    expect(person(rec, "Fordham")).toMatchObject({ country: "CAN" });
    expect(person(rec, "Palmerston")).toMatchObject({ country: "AUS" });
    expect(person(rec, "Kretsch")).toMatchObject({ country: "DEU" });
    expect(person(rec, "Kozyk")).toMatchObject({ country: "UKR" });
    expect(person(rec, "Barrow")).toMatchObject({ stateRule: "actors/state:region-office" });
  });

  it("a state's part whose name holds another state's ('New South Wales Premier X', 'the premier of British Columbia, X')", () => {
    const rec = extract("New South Wales Premier Chris Minnis announced the lockdown. The premier of British Columbia, John Horgen, said the fires were out.", "2021-07-01");
    expect(person(rec, "Minnis")).toMatchObject({ country: "AUS" });
    expect(person(rec, "Horgen")).toMatchObject({ country: "CAN" });
  });

  it("negative: a state's part names no actor, and 'the California Democrat' still stands for the senator named before", () => {
    const rec = extract(
      'Sen. Diane Fenwick, the chairwoman of the committee, said the law was needed. "I think it is very serious," the California Democrat told Politico.',
      "2013-05-01",
    );
    expect(rec.actors.some((a) => a.name === "California" || a.name === "Democrat")).toBe(false);
    expect(rec.quotes.find((q) => q.text.startsWith("I think"))?.speakerName).toBe("Diane Fenwick");
  });

  it("'the mayor of Kharkiv, X', 'the governor of the Odesa region, X', 'the governor of Texas, X' (actors/state:office-of-place)", () => {
    const rec = extract(
      "The mayor of Kharkiv, Ivan Terenko, said three people were killed. The governor of the Odesa region, Oleg Kipenko, said the port was hit. " +
        "The governor of Texas, Gil Barrow, signed the bill.",
      "2023-05-01",
    );
    expect(person(rec, "Terenko")).toMatchObject({ country: "UKR", stateRule: "actors/state:office-of-place" });
    expect(person(rec, "Kipenko")).toMatchObject({ country: "UKR" });
    expect(person(rec, "Barrow")).toMatchObject({ country: "USA" });
  });

  it("negative: the place must close the appositive ('the mayor of a town near Kharkiv, X' is not Kharkiv's)", () => {
    const rec = extract("The mayor of a town near Kharkiv, Petro Ivanenko, said three people were killed.", "2023-05-01");
    expect(person(rec, "Ivanenko")?.country ?? null).toBeNull();
  });

  it("negative: a region names no actor of its own, and a name that only shares a region's word is not placed", () => {
    const rec = extract("Florida reported record heat on Monday. Ohio coach Tim Braddock said his team would win.", "2023-05-01");
    expect(rec.actors.some((a) => a.kind === "country" || a.name === "Florida")).toBe(false);
    expect(person(rec, "Braddock")?.country ?? null).toBeNull();
  });
});

// Issue 14: national offices that are a state's own ("Solicitor General X", "Lord Chancellor X", "chief whip X"): a bare
// one takes the article frame's state; 'Lord Chancellor' is Britain's only (stateInContext).
describe("actors: national law offices", () => {
  const british =
    "Labour will fight the election on the economy, the prime minister told the Commons on Monday. " + "The Conservatives said Britain could not afford the plans, and Britain's Liberal Democrats agreed. ";
  it("'Solicitor General X' in a story of British politics; 'Lord Chancellor X' where Britain is named", () => {
    const rec = extract(british + "Solicitor General Harriet Hammond said the advice was sound. Lord Chancellor Charles Falkner said the courts would be reformed.", "2005-03-01");
    expect(person(rec, "Hammond")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Falkner")).toMatchObject({ country: "GBR" });
  });

  it("negative: a Solicitor General in a story of two states takes neither", () => {
    const rec = extract(
      "Canada and the United States signed a trade pact in Ottawa. Canadian and American officials met again on Tuesday. " + "Solicitor General Marc Lavoie said the pact was lawful.",
      "2005-03-01",
    );
    expect(person(rec, "Lavoie")?.country ?? null).toBeNull();
  });
});
