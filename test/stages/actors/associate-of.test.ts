import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14 (persons55): a known person's political ally or close relative is of that person's state, a tie to the state
// with no office (titles.json associateNouns; associate-of.ts)
describe("actors: 'X, a close ally of Putin', 'Xi's wife Peng Liyuan', 'a close ally of Erdogan, X'", () => {
  it("an ally or loyalist after the name, by 'of' or the principal's possessive, with a comma or a spaced dash", () => {
    const rec = extract(
      "Sergei Lavrentiev, a longtime ally of Putin, bought the bank. Bulent Aras, Erdogan's staunch loyalist, lost the vote. The post went to Harold Pike — a key ally of Tony Blair — last week. Then came Eric Mabry - a loyal ally of Tony Blair - in May.",
      "2023-03-01",
    );
    expect(person(rec, "Sergei Lavrentiev")).toMatchObject({ country: "RUS", role: null, stateRule: "actors/state:associate-of" });
    expect(stateOf(rec, "Bulent Aras")).toBe("TUR");
    expect(stateOf(rec, "Harold Pike")).toBe("GBR");
    expect(stateOf(rec, "Eric Mabry")).toBe("GBR");
  });

  it("a relative before the name after the principal's possessive, or in an appositive after it", () => {
    const rec = extract(
      "Xi's wife Peng Liyuan toured the school. Putin's son-in-law Anton Sharov resigned on Friday. Mira Castex, the daughter of President Macron, opened the show.",
      "2023-03-01",
    );
    expect(person(rec, "Peng Liyuan")).toMatchObject({ country: "CHN", stateRule: "actors/state:associate-of" });
    expect(stateOf(rec, "Anton Sharov")).toBe("RUS");
    expect(stateOf(rec, "Mira Castex")).toBe("FRA");
  });

  it("an associate phrase that opens the clause before the name", () => {
    const rec = extract("A close ally of Erdogan, Selim Kaya, said the deal was done. Meanwhile, the brother of Zelensky, Ilya Dovbush, stayed in Kyiv.", "2023-03-01");
    expect(stateOf(rec, "Selim Kaya")).toBe("TUR");
    expect(stateOf(rec, "Ilya Dovbush")).toBe("UKR");
  });

  it("negative: a critic, rival, lawyer, interviewer or victim; an ally of a state; a relative of someone unknown or possessed", () => {
    const rec = extract(
      "Ivan Belov, a critic of Putin, left Russia. Macron's rival Jean Lasalle spoke. Putin's interviewer Tucker Carlson flew home. Pierre Dubois, a victim of Macron, sued. Omar Haddad, a key ally of the United States, visited. Levi Sutton, the brother of Justin Shults, spoke. Karl Weiss, son of Putin's former judo partner, spoke.",
      "2023-03-01",
    );
    for (const n of ["Ivan Belov", "Jean Lasalle", "Tucker Carlson", "Pierre Dubois", "Omar Haddad", "Levi Sutton", "Karl Weiss"]) expect(stateOf(rec, n)).toBeNull();
  });

  it("negative: a hyphen that joins words is no dash ('Putin's ally-turned-critic', 'an ally of Putin-era officials')", () => {
    const rec = extract("Lev Gorin, Putin's ally-turned-critic, left Moscow. Nadia Rusk, an ally of Putin-era officials, spoke.", "2023-03-01");
    for (const n of ["Lev Gorin", "Nadia Rusk"]) expect(stateOf(rec, n)).toBeNull();
  });

  it("negative: a person the dictionary places keeps their own state ('Lukashenko, a close ally of Putin')", () => {
    const rec = extract("Alexander Lukashenko, a close ally of Putin, met him in Sochi.", "2023-03-01");
    expect(stateOf(rec, "Alexander Lukashenko")).toBe("BLR");
  });
});

// Issue 14 (persons67): the relative set off before the name by a comma or "named", or owned by "his|her" right after the
// known person and "and" (associate-of.ts kinNameGap, the pronoun owner)
describe("actors: 'Kim's sister, Kim Yo Jong,', 'Putin's mother, named X,', 'Netanyahu and his wife X'", () => {
  it("a comma or 'named' between the relative's noun and the name", () => {
    const rec = extract(
      "Analysts think Erdogan's eldest daughter, Sumeyye Tanal, will run. Putin's mother, named Maria Shelomova, raised him in Leningrad. Macron's nephew named Louis Brunet joined the firm.",
      "2023-03-01",
    );
    expect(person(rec, "Sumeyye Tanal")).toMatchObject({ country: "TUR", stateRule: "actors/state:associate-of" });
    expect(stateOf(rec, "Maria Shelomova")).toBe("RUS");
    expect(stateOf(rec, "Louis Brunet")).toBe("FRA");
  });

  it("the known person before 'and his|her' owns the relative", () => {
    const rec = extract("Netanyahu and his wife Sara Kessel received the gifts. Police said Xi and his wife, Mara Lin, toured the plant.", "2023-03-01");
    expect(person(rec, "Sara Kessel")).toMatchObject({ country: "ISR", stateRule: "actors/state:associate-of" });
    expect(stateOf(rec, "Mara Lin")).toBe("CHN");
  });

  it("a principal after 'of' with a past holder's word and a title ('the daughter of former President John F. Kennedy')", () => {
    const rec = extract(
      "Clara Dent, the daughter of former President John F. Kennedy, was nominated. Rosa Vidal, the widow of the late President Hugo Chavez, spoke. Tom Rye, the son of a retired Ukrainian village mayor named Pavlo Rye, spoke.",
      "2013-07-24",
    );
    expect(person(rec, "Clara Dent")).toMatchObject({ country: "USA", stateRule: "actors/state:associate-of" });
    expect(stateOf(rec, "Rosa Vidal")).toBe("VEN");
    expect(stateOf(rec, "Tom Rye")).toBeNull();
  });

  it("negative: a comma that closes a fronted clause, a relative of no possessor, a relative of someone unknown", () => {
    const rec = extract(
      "After meeting Xi's wife, Dana Hollis said the talks went well. A mother of three, Lena Ortiz, said she was afraid. Police said Carl Dunmore and his son Ethan Dunmore were held. The mayor's wife, Rita Vance, spoke. Reporters and his son Omar Said waited.",
      "2023-03-01",
    );
    for (const n of ["Dana Hollis", "Lena Ortiz", "Ethan Dunmore", "Rita Vance", "Omar Said"]) expect(stateOf(rec, n)).toBeNull();
  });
});
