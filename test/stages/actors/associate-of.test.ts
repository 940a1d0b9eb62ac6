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
