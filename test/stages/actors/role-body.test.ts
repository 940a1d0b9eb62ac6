import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14, item 1: a role phrase before a name in apposition whose "of" names a body the dictionary places, or a
// state's possession
describe("actors: 'the head of BODY, X' and 'the head of STATE's BODY, X'", () => {
  it("a body after an article, a state's body after its possessor", () => {
    const rec = extract(
      "The general secretary of the Fire Brigades Union, Kieran Doyle, said members were angry. The leader of the Knesset, Avi Levin, opened the session. The head of Belarus's KGB, Igor Voronov, said a plot had been foiled. The chief of Russia's foreign intelligence service, Pavel Gromov, spoke next.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Kieran Doyle")).toBe("GBR");
    expect(stateOf(rec, "Avi Levin")).toBe("ISR");
    expect(stateOf(rec, "Igor Voronov")).toBe("BLR");
    expect(stateOf(rec, "Pavel Gromov")).toBe("RUS");
  });

  it("negative: no name in apposition, a body the dictionary does not place, a diplomat's host", () => {
    const rec = extract(
      "The head of the Fire Brigades Union said so, and Marta Ruiz agreed. The director of the Harbour Pilots Guild, Lena Fischer, said so. The ambassador to Chile, Hugo Serra, met reporters.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Marta Ruiz")).toBeNull();
    expect(stateOf(rec, "Lena Fischer")).toBeNull();
    expect(stateOf(rec, "Hugo Serra")).not.toBe("CHL");
  });

  it("a state's unit or agency by a name of its own: capitalised words, an ordinal, a name and words after it", () => {
    const rec = extract(
      "The commander of Ukraine's 24th Separate Mechanised Brigade, Col. Andriy Melnyk, said the line held. The head of Russia's Roscosmos space agency, Pavel Orekhov, said the station would stay.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Andriy Melnyk")).toBe("UKR");
    expect(stateOf(rec, "Pavel Orekhov")).toBe("RUS");
  });

  it("'of the <demonym> BODY, X': a body of that state's own (titles.json stateBodies)", () => {
    const rec = extract(
      "The commander of the Russian Northern Fleet, Adm. Oleg Kurbatov, was dismissed. The spokesman of the Ukrainian Air Force, Yuriy Hnatenko, said six drones were downed.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Oleg Kurbatov")).toBe("RUS");
    expect(stateOf(rec, "Yuriy Hnatenko")).toBe("UKR");
  });

  it("negative: a demonym opening another body's name, a body that goes on past its name, no apposition", () => {
    const rec = extract(
      "The president of the German Marshall Fund, Helen Corley, said the alliance held. The head of the American Chamber of Commerce in Russia, Alex Rudin, said firms would stay. The commander of Ukraine's 24th Separate Mechanised Brigade said the line held, and Oleh Marchenko agreed.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Helen Corley")).toBeNull();
    expect(stateOf(rec, "Alex Rudin")).toBeNull();
    expect(stateOf(rec, "Oleh Marchenko")).toBeNull();
  });
});

// Issue 14 (session 34): the abbreviated flag ranks 'Rear Adm.' and 'Vice Adm.' are one rank, so the role phrase before
// them stays in apposition to the name
describe("actors: 'Rear Adm.' and 'Vice Adm.' between a role phrase and the name", () => {
  it("'Iran's navy chief, Rear Adm. X,', 'Russia's naval commander, Vice Adm. X,'", () => {
    const rec = extract(
      "Iran's navy chief, Rear Adm. Hamid Tavassoli, warned the ships. Russia's naval commander, Vice Adm. Boris Orlin, said the drill went well.",
      "2019-06-01",
    );
    expect(stateOf(rec, "Hamid Tavassoli")).toBe("IRN");
    expect(person(rec, "Hamid Tavassoli")?.name).toBe("Hamid Tavassoli");
    expect(stateOf(rec, "Boris Orlin")).toBe("RUS");
  });

  it("negative: the rank alone names no state, and 'Rear' is no given name", () => {
    const rec = extract("Rear Adm. Carl Brandt said the ship was repaired in port.", "2019-06-01");
    expect(person(rec, "Carl Brandt")?.name).toBe("Carl Brandt");
    expect(stateOf(rec, "Carl Brandt")).toBeNull();
  });
});
