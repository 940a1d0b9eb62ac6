import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: "X served as leader of UKIP", "X was named president of the Chilean ...": a sentence that opens with the
// name and puts the person in an office with "served as" or a participle of appointment says the office as "X was the
// ..." does (actors/state:copula; predicate-office.ts)
describe("actors: an office the predicate after the name gives", () => {
  it("serving as a placed body's or a state's officeholder", () => {
    const rec = extract(
      "Britain voted on Thursday. Gareth Pryce served as leader of UKIP until he stepped down last year. " +
        "Malawi's cabinet met. Ruth Chikondi serves as Malawi's health minister. " +
        "Norway named envoys. Solveig Brekke has since served as the Norwegian ambassador to Kenya.",
      "2024-03-01",
    );
    expect(person(rec, "Pryce")).toMatchObject({ country: "GBR", stateRule: "actors/state:copula" });
    expect(person(rec, "Chikondi")).toMatchObject({ country: "MWI", stateRule: "actors/state:copula" });
    expect(person(rec, "Brekke")).toMatchObject({ country: "NOR", stateRule: "actors/state:copula" });
  });

  it("being named, appointed or elected to an office, with or without 'as'", () => {
    const rec = extract(
      "Workers marched in Santiago. Elena Quispe was named president of the Chilean Confederation of Workers on Monday. " +
        "Accra welcomed the news. Kwabena Asante was appointed Ghana's finance minister in 2017. " +
        "Kwame Boateng has been appointed as the Ghanaian ambassador to Japan.",
      "2024-03-01",
    );
    expect(person(rec, "Quispe")).toMatchObject({ country: "CHL", stateRule: "actors/state:copula" });
    expect(person(rec, "Asante")).toMatchObject({ country: "GHA", stateRule: "actors/state:copula" });
    expect(person(rec, "Boateng")).toMatchObject({ country: "GHA", stateRule: "actors/state:copula" });
  });

  it("negative: a private body, a role of no office, no office after the verb, an office in another clause", () => {
    const rec = extract(
      "Miriam Banda was named president of the Harvard alumni club. " +
        "Joseph Kamau served as a consultant to the Kenyan government. " +
        "Peter Njoroge was named in the indictment against the Kenyan army. " +
        "Grace Wanjiru was elected to the Kenyan parliament in 2017. " +
        "Samuel Otieno served as a driver for the Kenyan ambassador. " +
        "Daniel Mwangi said Esther Achieng was named head of the Kenyan army.",
      "2024-03-01",
    );
    for (const name of ["Banda", "Kamau", "Njoroge", "Wanjiru", "Otieno", "Mwangi"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });

  it("a served office is a former one, a named office the present one", () => {
    const rec = extract("Gareth Pryce served as leader of UKIP. Elena Quispe was named president of the Chilean Confederation of Workers.", "2024-03-01");
    expect(person(rec, "Pryce")).toMatchObject({ country: "GBR", formerRole: true });
    expect(person(rec, "Quispe")?.country).toBe("CHL");
    expect(person(rec, "Quispe")?.formerRole).toBeFalsy();
  });

  it("a later mention by the surname that opens its sentence, read as the full name's", () => {
    const rec = extract(
      '"It was hubris," Gareth Pryce told the BBC. Pryce served as leader of UKIP until he stepped down on Friday. ' +
        "Ruth Chikondi arrived on Monday. Chikondi was appointed Malawi's health minister last year. " +
        "Ines Farrow spoke briefly. Farrow was the Kenyan ambassador.",
      "2024-03-01",
    );
    expect(person(rec, "Pryce")).toMatchObject({ country: "GBR", stateRule: "actors/state:copula" });
    expect(person(rec, "Chikondi")).toMatchObject({ country: "MWI", stateRule: "actors/state:copula" });
    expect(person(rec, "Farrow")).toMatchObject({ country: "KEN", stateRule: "actors/state:copula" });
  });

  it("negative: a later mention before another's office, a possessive after it, a denial, a private body", () => {
    const rec = extract(
      "Ines Farrow spoke. Farrow was the Kenyan ambassador's driver. " +
        "Tobias Lind spoke. Lind was not the Swedish ambassador. " +
        "Miriam Banda spoke. Banda was named president of the Harvard alumni club. " +
        "Oren Duval spoke. Duval said Petra Hale was the Danish ambassador.",
      "2024-03-01",
    );
    for (const name of ["Farrow", "Lind", "Banda", "Duval", "Hale"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });

  it("an appositive closed by a comma between the name and the verb", () => {
    const rec = extract(
      "Elena Quispe, a member of the Popular Democratic Movement, was named president of the Chilean Confederation of Workers. " +
        "Rosa Tupac, 45, served as Peru's trade minister.",
      "2024-03-01",
    );
    expect(person(rec, "Quispe")).toMatchObject({ country: "CHL", stateRule: "actors/state:copula" });
    expect(person(rec, "Tupac")).toMatchObject({ country: "PER", stateRule: "actors/state:copula" });
  });

  it("negative: a clause with a verb or a list between the name and the verb", () => {
    const rec = extract(
      "Rosa Tupac, who met Jorge Salas, was named Peru's trade minister. " +
        "Lucia Mamani, Hugo Cusi and Ines Poma were named to the Peruvian cabinet. " +
        "Marta Ilave, a lawyer, was named president of the Harvard alumni club.",
      "2024-03-01",
    );
    for (const name of ["Tupac", "Salas", "Mamani", "Cusi", "Poma", "Ilave"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
