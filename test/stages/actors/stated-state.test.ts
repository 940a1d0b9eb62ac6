import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14 (persons47): persons whose own sentence gives their state, read from how English reports it.
describe("actors: titles in title case joined by 'and' share the state word before the first", () => {
  it("'Kenyan Deputy President and Interior Minister X', 'Kuwait's Crown Prince and Prime Minister X'", () => {
    const rec = extract(
      "Officials met Kenyan Deputy President and Interior Minister Abel Mutuma at the summit. " +
        "A Senate team was due to meet Qatar's Deputy Emir and Prime Minister Sheikh Hamad Thaniyah on Sunday. " +
        "The talks were chaired by Chilean Vice President and Foreign Minister Rosa Valdivieso.",
      "2015-03-01",
    );
    expect(person(rec, "Abel Mutuma")).toMatchObject({ country: "KEN" });
    expect(person(rec, "Thaniyah")).toMatchObject({ country: "QAT" });
    expect(person(rec, "Valdivieso")).toMatchObject({ country: "CHL" });
  });

  it("negative: a lower-case role before the title, an article opening the phrase, a name between the titles", () => {
    const rec = extract(
      "The visit was planned by Amnesty researcher and Foreign Minister Jon Tallaksen. " +
        "The talks drew the Nigerian Ambassador and Trade Minister Ade Okonkwe.",
      "2015-03-01",
    );
    expect(person(rec, "Tallaksen")).toBeDefined();
    expect(person(rec, "Tallaksen")!.country ?? null).toBeNull();
    expect(person(rec, "Okonkwe")).toBeDefined();
    expect(person(rec, "Okonkwe")!.country ?? null).toBeNull();
    // (a name between the titles makes two persons, not one with two titles; the second office holder takes the first
    // title's state by the coordination rule of coordinated-office.ts, not by this one)
    // (its own text: two Polish holders would frame a story of three sentences as Poland's)
    const two = extract("They met Polish President Anna Nowacka and Prime Minister Piotr Zielak on Friday.", "2015-03-01");
    expect(person(two, "Zielak")).toMatchObject({ country: "POL", stateRule: "actors/state:title-coordinated" });
    expect(person(two, "Anna Nowacka")?.name).toBe("Anna Nowacka");
  });
});

describe("actors: a bare spokesperson speaks for the one state's ministry the sentence names before", () => {
  it("'Ukraine's foreign ministry stressed ..., spokesperson X told Reuters', 'The Peruvian interior ministry said ..., spokesman X added'", () => {
    const rec = extract(
      "Ghana's foreign ministry on Tuesday stressed the role of mediators in the talks, spokesperson Ama Boatenga told Reuters. " +
        "The Peruvian interior ministry said the curfew would be lifted, spokesman Luis Quispeno added.",
      "2022-07-01",
    );
    expect(person(rec, "Boatenga")).toMatchObject({ country: "GHA", stateRule: "actors/state:ministry-spokesperson" });
    expect(person(rec, "Quispeno")).toMatchObject({ country: "PER" });
  });

  it("negative: another state in the sentence, a body's spokesperson, no state's ministry, the ministry after the name", () => {
    const rec = extract(
      "Ghana's foreign ministry condemned Togo's decision, spokesperson Kofi Mensahy said. " +
        "The health ministry said cases rose, spokesperson Jane Okwuosa said. " +
        "Ghana's foreign ministry said the talks would go on, company spokesperson Efua Sarpongi said. " +
        "Spokesperson Kwame Addoy said on Monday that Ghana's foreign ministry would reply.",
      "2022-07-01",
    );
    for (const name of ["Mensahy", "Okwuosa", "Sarpongi", "Addoy"]) {
      expect(person(rec, name)).toBeDefined();
      expect(person(rec, name)!.country ?? null).toBeNull();
    }
  });
});

describe("actors: membership of a state's presidency or assembly", () => {
  it("'X, a member of Peru's national assembly', 'Y, the Croat member of Bosnia's presidency'", () => {
    const rec = extract("Ana Reyesa, a member of Peru's national assembly, spoke. Ivo Maricic, the Croat member of Bosnia's presidency, warned of meddling. Kim Soo-ra, a member of the South Korean legislature, objected.", "2021-01-01");
    expect(person(rec, "Reyesa")).toMatchObject({ country: "PER" });
    expect(person(rec, "Maricic")).toMatchObject({ country: "BIH" });
    expect(person(rec, "Kim Soo-ra")).toMatchObject({ country: "KOR" });
  });

  it("negative: a member of a body no state owns", () => {
    const rec = extract("Ana Reyesa, a member of the assembly of the Red Cross, spoke. Ivo Maricic, a member of the board, objected.", "2021-01-01");
    expect(person(rec, "Reyesa")).toBeDefined();
    expect(person(rec, "Reyesa")!.country ?? null).toBeNull();
    expect(person(rec, "Maricic")).toBeDefined();
    expect(person(rec, "Maricic")!.country ?? null).toBeNull();
  });
});

describe("actors: a speech verb's subject after a preposition of place is the place", () => {
  it("'a trader in Peking said', 'diplomats at Lausanne said': no person", () => {
    const rec = extract("A Japanese trader in Peking said grain imports would rise. Officials in Bedar said the route was closed. Diplomats at Ouchy said talks stalled.", "1987-03-01");
    const persons = rec.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(persons).not.toContain("Peking");
    expect(persons).not.toContain("Bedar");
    expect(persons).not.toContain("Ouchy");
  });

  it("negative: the speaker after the place, a given name after the preposition, a speaker with no preposition", () => {
    const rec = extract("In Lagos, Tunde Bakare said the strike would go on. The letter was handed in. Helen Marsh said nothing. Hamid Karzai, speaking in Kabul, said so.", "2010-03-01");
    const persons = rec.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(persons).toContain("Tunde Bakare");
    expect(persons).toContain("Helen Marsh");
  });
});

describe("actors: a calling capitalised at the sentence's start is no part of the name after it", () => {
  it("'Actor Sean Pennant is in Kyiv', 'Poet Mohammad Rasoul said': the name without the calling", () => {
    const rec = extract("Actor Sean Pennant is on the ground in Ukraine making a documentary. Poet Mohammad Rasoul said the crowd was angry. Sean Pennant later left.", "2022-02-25");
    const persons = rec.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(persons).toContain("Sean Pennant");
    expect(persons).not.toContain("Actor Sean Pennant");
    expect(persons).toContain("Mohammad Rasoul");
  });

  it("negative: a calling word that is a two-word run's first word stays as it was", () => {
    const rec = extract("Doctor Foster said the ward was full. Gary Singer said the deal was off.", "2022-02-25");
    const persons = rec.actors.filter((a) => a.kind === "person").map((a) => a.name);
    expect(persons).toContain("Gary Singer");
  });
});

describe("actors: a communications director or press officer serves the known person whose possessive opens the appositive", () => {
  it("'X, Boehner's communications director,', 'Y, Johnson's press officer,'", () => {
    const rec = extract("Kevin Smithers, Boehner's communications director, declined to comment. Lena Hartwell, Merkel's press officer, said the chancellor was resting.", "2013-05-09");
    expect(person(rec, "Smithers")).toMatchObject({ country: "USA", stateRule: "actors/state:aide-of" });
    expect(person(rec, "Hartwell")).toMatchObject({ country: "DEU", stateRule: "actors/state:aide-of" });
  });

  it("negative: a firm's communications director, a known person's lawyer or critic", () => {
    const rec = extract("Kevin Smithers, the firm's communications director, declined to comment. Lena Hartwell, Merkel's lawyer, said nothing. Ivo Brandt, Merkel's fiercest critic, objected.", "2013-05-09");
    for (const name of ["Smithers", "Hartwell", "Ivo Brandt"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
