import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: the state a demonym gives a person, before a plain noun or in a role phrase with a non-state word
describe("actors: a demonym and a noun before a name", () => {
  it("'Turkish striker X', 'Belarusian dissident X' give the demonym's state", () => {
    const rec = extract("The match was level when Turkish striker Nihat Kaya smashed home. Belarusian dissident Ales Petrov said he was followed.", "2005-03-01");
    expect(person(rec, "Nihat Kaya")).toMatchObject({ country: "TUR", stateRule: "actors/state:demonym-noun" });
    expect(person(rec, "Ales Petrov")).toMatchObject({ country: "BLR" });
  });

  it("negative: a state's name before the noun, a plural noun, a possessor before the demonym", () => {
    const rec = extract("A Russia expert, Fiona Hall, said talks would fail. Iran hawk Tom Cotter spoke. Russian soldiers Ivan Petrov and Oleg Sokolov were held. Moscow's Turkish striker Emre Kaya scored.", "2019-03-01");
    expect(person(rec, "Fiona Hall")?.country ?? null).toBeNull();
    expect(person(rec, "Tom Cotter")?.country ?? null).toBeNull();
    expect(person(rec, "Emre Kaya")?.country ?? null).toBeNull();
  });
});

// Issue 14, item 4: only people are persons
describe("actors: a noun that presents a thing before a run", () => {
  it("'French carmaker Renault said', 'anti-virus firm Sophos said', 'British film Vera Drake' name no person (an outlet noun has its own rule: 'told the newspaper John Smith was right')", () => {
    const rec = extract("French carmaker Renault said its plant would not reopen. In a report anti-virus firm Sophos said two messages were fake. British film Vera Drake has 11 nominations.", "2005-02-01");
    expect(rec.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual([]);
  });

  it("negative: a person noun, a title, an appositive or a seed keeps the person", () => {
    const rec = extract("British actor Clive Owen is hoping to win. Firm chairman Tom Bell said profits rose. The band's singer, Amy Lowe, said so. Rival firm Dana Holt, a lawyer, said no.", "2005-02-01");
    expect(person(rec, "Clive Owen")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Tom Bell")).toBeTruthy();
    expect(person(rec, "Amy Lowe")).toBeTruthy();
    expect(person(rec, "Dana Holt")).toBeTruthy();
  });
});

// Issue 14: a demonym in an appositive with no title ("X, a top Israeli counterterrorism expert,")
describe("actors: a demonym in an appositive after the name", () => {
  it("'X, a top Israeli counterterrorism expert,', 'X, a prominent Russian foreign policy thinker who', 'X, a Canadian from Quebec'", () => {
    const rec = extract(
      "Jonathan Spyre, a top Israeli counterterrorism expert, told CBN News. Dmitri Trenen, a prominent Russian foreign policy thinker who has grown hawkish, agreed. Celine Dionne, a Canadian from the province of Quebec, won the contest.",
      "2015-03-01",
    );
    expect(person(rec, "Spyre")).toMatchObject({ country: "ISR", stateRule: "actors/state:demonym-appositive" });
    expect(person(rec, "Trenen")).toMatchObject({ country: "RUS" });
    expect(person(rec, "Dionne")).toMatchObject({ country: "CAN" });
  });

  it("negative: what the person studies or opposes, a cause, a compound: 'an expert on Iranian affairs', 'a critic of Russian policy', 'an Irish republican'", () => {
    const rec = extract(
      "Karim Sadjapour, an expert on Iranian affairs, said talks would fail. Tom Cotter, a critic of Russian policy, said so. Bernadette Devlan, an Irish republican, spoke. Anna Smith, a Russian-speaking teacher, said so.",
      "2015-03-01",
    );
    for (const name of ["Sadjapour", "Tom Cotter", "Devlan", "Anna Smith"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});

// Issue 14 (session 34): the demonym appositive with a workplace after it, a compound or a title as its head, or a
// state's initialism as the demonym
describe("actors: a demonym appositive closed by a workplace, headed by a title or a compound", () => {
  it("'X, a Ukrainian research associate with Harvard,', 'X, a US foreign policy analyst based in Germany,', 'X, an American trade negotiator,', 'X, a Polish engineer at a Berlin plant,'", () => {
    const rec = extract(
      "Olena Marchuk, a Ukrainian research associate with the Belfer Center, said the plants were safe. Tom Hulse, a US foreign policy analyst based in Germany, said so. Carl Benning, an American trade negotiator, agreed. Piotr Zielak, a Polish engineer at a Berlin plant, said the line was idle.",
      "2022-03-01",
    );
    expect(person(rec, "Marchuk")).toMatchObject({ country: "UKR", stateRule: "actors/state:demonym-appositive" });
    expect(person(rec, "Hulse")).toMatchObject({ country: "USA" });
    expect(person(rec, "Benning")).toMatchObject({ country: "USA" });
    expect(person(rec, "Zielak")).toMatchObject({ country: "POL" });
  });

  it("negative: a relation to another party, a state's full name, a verb after the demonym's phrase", () => {
    const rec = extract(
      "Omar Haddad, a close Russian ally, said the vote was fair. Ali Hamdan, a key US partner, agreed. Fiona Hale, a Russia expert at Chatham House, said so. Lavrov spoke with Peter Lang, the Russian foreign ministry said.",
      "2022-03-01",
    );
    for (const name of ["Haddad", "Hamdan", "Fiona Hale", "Peter Lang"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
