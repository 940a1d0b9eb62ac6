import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14: where a person lives or works, in apposition after the name, gives the place's state
describe("actors: an appositive of home or work after a name (actors/state:residence)", () => {
  it("takes the state of a place after an age and 'of' or 'from', or after ', of'", () => {
    const rec = extract("Shelling went on overnight. \"We hid in the cellar,\" said Natalia Hrytsenko, 52, of Zaporizhzhia. Gareth Pryce, 61, from Cardiff, said prices rose. Helen Moss, of Manchester, said the buses were late.", "2022-04-02");
    expect(person(rec, "Hrytsenko")).toMatchObject({ country: "UKR", stateRule: "actors/state:residence" });
    expect(person(rec, "Gareth Pryce")).toMatchObject({ country: "GBR", stateRule: "actors/state:residence" });
    expect(person(rec, "Helen Moss")).toMatchObject({ country: "GBR" });
  });

  it("takes the state of where the person lives or works in a description", () => {
    const rec = extract("Oksana Melnyk, a nurse in Lviv, said the sirens sounded twice. Daniel Ortiz, a high school teacher in Chicago, said classes were cancelled. Iryna Savchuk, a mother of two from Odesa, said she would stay.", "2022-04-02");
    expect(person(rec, "Oksana Melnyk")).toMatchObject({ country: "UKR", stateRule: "actors/state:residence" });
    expect(person(rec, "Daniel Ortiz")).toMatchObject({ country: "USA" });
    expect(person(rec, "Iryna Savchuk")).toMatchObject({ country: "UKR" });
  });

  it("takes the wider place that qualifies a town after a comma", () => {
    const rec = extract("Paul Kearney, a lawyer in Springfield, Illinois, said the verdict was fair.", "2019-03-02");
    expect(person(rec, "Paul Kearney")).toMatchObject({ country: "USA" });
  });

  it("takes the state of a town a local works near or outside, never a state's", () => {
    const rec = extract("Shelling hit the region again. Petro Koval, a shop owner near Kharkiv, said the windows broke. Halyna Tkach, a dairy farmer outside Lviv, said milk prices fell. Ihor Lysak, a truck driver near Belarus, said nothing. Ruth Okafor, a nurse outside Nigeria, said little.", "2022-04-02");
    expect(person(rec, "Petro Koval")).toMatchObject({ country: "UKR", stateRule: "actors/state:residence" });
    expect(person(rec, "Halyna Tkach")).toMatchObject({ country: "UKR", stateRule: "actors/state:residence" });
    expect(person(rec, "Ihor Lysak")?.stateRule ?? null).not.toBe("actors/state:residence");
    expect(person(rec, "Ruth Okafor")?.stateRule ?? null).not.toBe("actors/state:residence");
    const away = extract("Nina Roth, a correspondent near Kharkiv, said the shelling went on. Sam Dale, a volunteer outside Kyiv, said food ran out.", "2022-04-02");
    for (const n of ["Nina Roth", "Sam Dale"]) expect(person(away, n)?.stateRule ?? null, n).not.toBe("actors/state:residence");
  });

  it("negative: a trip, a body, a nationality, a state where many go to fight, a qualifier it does not know", () => {
    const rec = extract("Pavel Sokolov, who was in Kyiv for talks, said nothing. Mark Dwyer, of the Industry Department, said exports rose. Dan Reeve, a veteran in Iraq, said the war was long. Oleh Marchuk, an envoy in Warsaw, said aid would come. Lou Baines, a lawyer in Northampton, Mass., said the ruling was odd. Kemal Arslan, from Ankara University, spoke.", "2019-03-02");
    expect(person(rec, "Sokolov")?.country ?? null).toBeNull();
    expect(person(rec, "Mark Dwyer")?.country ?? null).toBeNull();
    expect(person(rec, "Dan Reeve")?.country ?? null).toBeNull();
    expect(person(rec, "Oleh Marchuk")?.country ?? null).toBeNull();
    expect(person(rec, "Lou Baines")?.country ?? null).toBeNull();
    expect(person(rec, "Kemal Arslan")?.country ?? null).toBeNull();
  });

  it("negative: where one lives, a post or plight away from home, a state's name that is also another state's part", () => {
    const rec = extract("Ivan Petrov, who lives in London, said the Kremlin had lied. Anna Weiss, a correspondent in Cairo, said the crowds grew. Omar Haddad, a refugee in Berlin, said he would stay. Tom Price, a soldier in Kabul, wrote home. Lena Fox, an aid worker in Goma, said food ran out.", "2022-03-02");
    for (const n of ["Ivan Petrov", "Anna Weiss", "Omar Haddad", "Tom Price", "Lena Fox"]) expect(person(rec, n)?.country ?? null, n).toBeNull();
    const us = extract("The United States will hold primaries in March. Mary Jones, of Georgia, said she would vote early.", "2020-01-02");
    expect(person(us, "Mary Jones")?.country ?? null).not.toBe("GEO");
  });

  it("negative: an explicit nationality of a person living abroad keeps its state", () => {
    const rec = extract("Sofia Bondarenko, a Ukrainian who lives in London, said she sends money home.", "2022-03-02");
    expect(person(rec, "Sofia Bondarenko")).toMatchObject({ country: "UKR" });
  });
});

describe("actors: a demonym appositive closed by the sentence's stop, and plural initialisms", () => {
  it("gives the demonym's state to a name that ends the sentence", () => {
    const rec = extract("The kidnappers freed another French journalist, Luc Morel. Police detained a Turkish soldier, Emre Kaya.", "2015-03-02");
    expect(person(rec, "Luc Morel")).toMatchObject({ country: "FRA" });
    expect(person(rec, "Emre Kaya")).toMatchObject({ country: "TUR", stateRule: "actors/state:demonym-person-appositive" });
  });

  it("reads a plural initialism as the group noun of a list", () => {
    const rec = extract("Three Irish TDs, Mary Lynch, Sean Walsh and Aidan Kerr, signed the letter. Two British MPs, Ann Pratt and Tom Healey, visited the camp.", "2015-03-02");
    expect(person(rec, "Mary Lynch")).toMatchObject({ country: "IRL" });
    expect(person(rec, "Aidan Kerr")).toMatchObject({ country: "IRL" });
    expect(person(rec, "Ann Pratt")).toMatchObject({ country: "GBR" });
  });

  it("negative: no apposition where the name goes on, or with no determiner", () => {
    const rec = extract("After meeting a French engineer, Luc Morel said the plan was sound. Talks with British MPs, Ann Pratt said, went well.", "2015-03-02");
    expect(person(rec, "Luc Morel")?.country ?? null).toBeNull();
    expect(person(rec, "Ann Pratt")?.country ?? null).toBeNull();
  });
});
