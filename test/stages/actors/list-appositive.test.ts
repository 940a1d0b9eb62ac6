import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const stateOf = (rec: ReturnType<typeof extract>, name: string) => person(rec, name)?.country ?? null;

// Issue 14, item 1: a demonym and a plural noun set off by a comma from a list of names give each name its state
describe("actors: a list of names with a demonym phrase beside it", () => {
  it("before the list: a number word or 'former' between, the list closed by a comma or counted", () => {
    const rec = extract(
      "Police in Baku detained two Georgian former customs officers, Levan Beridze and Giorgi Kapanadze, on Monday. Four Latvian officials, Arman Seitkali, Daniyar Omarov and Serik Zhunusov, resigned. Two former Syrian generals, Bassam Haddad and Omar Khatib said they would testify.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Levan Beridze")).toBe("GEO");
    expect(stateOf(rec, "Giorgi Kapanadze")).toBe("GEO");
    for (const n of ["Arman Seitkali", "Daniyar Omarov", "Serik Zhunusov"]) expect(stateOf(rec, n)).toBe("LVA");
    expect(stateOf(rec, "Bassam Haddad")).toBe("SYR");
    expect(stateOf(rec, "Omar Khatib")).toBe("SYR");
  });

  it("after the list: 'all' or 'both' and a demonym phrase", () => {
    const rec = extract(
      "The EU froze the assets of Viktor Lazarev, Anton Belov and Yuri Markin, all Russian businessmen. Tomas Novak and Jan Dvorak, both Czech nationals, were freed in Minsk.",
      "2023-03-01",
    );
    for (const n of ["Viktor Lazarev", "Anton Belov", "Yuri Markin"]) expect(stateOf(rec, n)).toBe("RUS");
    expect(stateOf(rec, "Tomas Novak")).toBe("CZE");
    expect(stateOf(rec, "Jan Dvorak")).toBe("CZE");
  });

  it("negative: a demonym phrase the names only follow, a phrase of another noun, a list with its own description", () => {
    const rec = extract(
      "After talks with Chilean ministers, Marta Ruiz and Pablo Soto flew home. Marta Ruiz and Pablo Soto, both critics of Chilean ministers, spoke on Tuesday. Beside the Chilean envoys, Elena Vidal and Hugo Serra, two Peruvian diplomats, sat in silence.",
      "2023-03-01",
    );
    for (const n of ["Marta Ruiz", "Pablo Soto"]) expect(stateOf(rec, n)).not.toBe("CHL");
    expect(stateOf(rec, "Elena Vidal")).not.toBe("CHL");
    expect(stateOf(rec, "Hugo Serra")).not.toBe("CHL");
  });
});

// Issue 14, item 1: offices that one state alone has, and the general secretary of a body the dictionary places
describe("actors: one-state offices and a body's general secretary", () => {
  it("'Taoiseach X', 'Tanaiste X', 'Chancellor of the Exchequer X' in a story that names no state; 'X, general secretary of the RMT'", () => {
    const rec = extract(
      "Taoiseach Eamon Keane met union leaders. Tanaiste Siobhan Walsh said talks would go on. Chancellor of the Exchequer Hugh Barton set out his budget. Kieran Doyle, general secretary of the Fire Brigades Union, said members were angry.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Eamon Keane")).toBe("IRL");
    expect(stateOf(rec, "Siobhan Walsh")).toBe("IRL");
    expect(stateOf(rec, "Hugh Barton")).toBe("GBR");
    expect(person(rec, "Kieran Doyle")).toMatchObject({ country: "GBR", role: "general secretary of the Fire Brigades Union" });
  });

  it("negative: a general secretary of a body the dictionary does not place, a military general", () => {
    const rec = extract("Lena Fischer, general secretary of the Harbour Pilots Guild, said so. General Anton Weber inspected the troops.", "2023-03-01");
    expect(stateOf(rec, "Lena Fischer")).toBeNull();
    expect(stateOf(rec, "Anton Weber")).toBeNull();
  });
});

// Issue 14, item 1: "a Russian man, X," — a demonym and a person noun that is no title, in apposition to one name
describe("actors: 'a Russian man, X,'", () => {
  it("an article, a demonym and a person noun (titles.json personNouns), the name closed by a comma", () => {
    const rec = extract(
      "A Moldovan man, Andrei Rusu, who had fled the draft, was detained at the border. An elderly Georgian farmer, Levan Gelashvili, said the river had flooded.",
      "2023-03-01",
    );
    expect(person(rec, "Andrei Rusu")).toMatchObject({ country: "MDA", stateRule: "actors/state:demonym-person-appositive" });
    expect(stateOf(rec, "Levan Gelashvili")).toBe("GEO");
  });

  it("negative: no closing comma, the name's own description after it, a noun of no person", () => {
    const rec = extract(
      "After meeting a Moldovan soldier, Andrei Rusu said so. Near a Moldovan soldier, Pavel Ciobanu, a Romanian farmer, hid. A Moldovan vineyard, Castel Mimi, opened.",
      "2023-03-01",
    );
    expect(stateOf(rec, "Andrei Rusu")).toBeNull();
    expect(stateOf(rec, "Pavel Ciobanu")).not.toBe("MDA");
    expect(stateOf(rec, "Castel Mimi")).toBeNull();
  });
});

// Issue 14: named nationals after a counted plural demonym ("two Americans, A and B,"): each name takes the state, no role
describe("actors: a counted plural demonym in apposition to a list of names", () => {
  it("a number word before the demonym, a participle clause after it, 'including'", () => {
    const rec = extract(
      "All four Britons held at the base, John Smithers, Peter Jonas, Mark Bellamy and Paul Greening, were released. Three Germans detained in Iran, Klaus Bergmann and Uwe Hahnemann, were freed. " +
        "Two Americans, Paul Whelling and Trevor Reeding, were held in Russia. Five Australians, including Tim Colby and Ann Reidy, were detained. " +
        "Three Iranians, including Reza Karimov, were arrested.",
      "2023-03-01",
    );
    for (const n of ["John Smithers", "Peter Jonas", "Mark Bellamy", "Paul Greening"]) expect(person(rec, n)).toMatchObject({ country: "GBR", stateRule: "actors/state:nationals-list", sector: null });
    for (const n of ["Paul Whelling", "Trevor Reeding"]) expect(stateOf(rec, n)).toBe("USA");
    for (const n of ["Klaus Bergmann", "Uwe Hahnemann"]) expect(stateOf(rec, n)).toBe("DEU");
    for (const n of ["Tim Colby", "Ann Reidy"]) expect(stateOf(rec, n)).toBe("AUS");
    expect(stateOf(rec, "Reza Karimov")).toBe("IRN");
  });

  it("negative: no number word, a verb's object clause, critics or fans, a list with its own description", () => {
    const rec = extract(
      "After talks with Americans, Marta Ruizo and Pablo Sotelo flew home. Critics including Harold Pinson spoke. " +
        "Fans of the Britons, Ellen Marsh and Tom Harker, cheered. Two Americans, Lena Fisk and Jon Wade, both Canadian nationals, spoke. " +
        "Police arrested two men in Paris, Ali Hamidov and Omar Rasulov, on Monday. Two Americans visited the ministers, Ivan Petrovich and Oleg Sidorin, in Moscow.",
      "2023-03-01",
    );
    for (const n of ["Marta Ruizo", "Pablo Sotelo", "Harold Pinson", "Ellen Marsh", "Tom Harker", "Ali Hamidov", "Omar Rasulov", "Ivan Petrovich", "Oleg Sidorin"]) expect(stateOf(rec, n)).toBeNull();
    expect(stateOf(rec, "Lena Fisk")).not.toBe("USA");
  });
});

// Issue 14 (session 34): a name counted among a group of a state's people: "X and three other Americans", "X, one of three
// Britons held", "two other Americans, A and B,"
describe("actors: a name counted among a state's people", () => {
  it("'killed Ambassador X and three other Americans', 'X and two fellow Britons', 'X, one of three Americans held captive,', 'two other Americans, A and B,'", () => {
    const rec = extract(
      "The assault killed Ambassador Glen Harrow and three other Americans. Tom Ashby and two fellow Britons were freed on Friday. Jeffrey Fowke, one of three Americans held captive, flew home. Two other Americans, Marcus Milne and Kevin Baird, are still held.",
      "2014-10-22",
    );
    expect(person(rec, "Glen Harrow")).toMatchObject({ country: "USA", stateRule: "actors/state:nationals-beside" });
    expect(person(rec, "Tom Ashby")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Jeffrey Fowke")).toMatchObject({ country: "USA" });
    expect(person(rec, "Marcus Milne")).toMatchObject({ country: "USA", stateRule: "actors/state:nationals-list" });
    expect(person(rec, "Kevin Baird")).toMatchObject({ country: "USA" });
  });

  it("negative: no 'other' or 'fellow' after 'and', no 'one of', other people than a state's", () => {
    const rec = extract(
      "The minister met Glen Harrow and three Americans at the embassy. Tom Ashby, a friend of two Britons, spoke. Jeffrey Fowke and other officials met in Paris. Kevin Baird and two other Christians were held.",
      "2014-10-22",
    );
    for (const name of ["Glen Harrow", "Tom Ashby", "Jeffrey Fowke", "Kevin Baird"]) expect(person(rec, name)?.country ?? null).toBeNull();
  });
});
