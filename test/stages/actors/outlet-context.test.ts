import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("actors: an outlet's name before a noun of its work is no person (outlet-works.ts)", () => {
  it("a run known by its shape alone before a newsletter, a video, a podcast or a website names the outlet", () => {
    expect(persons("Readers can subscribe to Harbor Lights' newsletters for updates.")).toEqual([]);
    expect(persons("For sharp reporting on the war, subscribe to Mother Jones' newsletters")).toEqual([]);
    expect(persons("Watch this Liberty Ledger video clip of the hearing.")).toEqual([]);
    expect(persons("The claim first appeared on the Copper Valley website last week.")).toEqual([]);
    expect(persons("He told Granite Hill podcast listeners that the plan had failed.")).toEqual([]);
  });

  it("negative: a known given name opening the run keeps the person, where the outlet's noun follows too", () => {
    expect(persons("Helen Marsh's newsletter drew thousands of new readers.")).toEqual(["Helen Marsh"]);
    expect(persons("Daniel Okafor's video of the raid was shared widely.")).toEqual(["Daniel Okafor"]);
    expect(persons("Grace Kiplagat podcast guests included two ministers.")).toEqual(["Grace Kiplagat"]);
  });
});

describe("actors: a photo credit's agency after its slash is no person (outlet-works.ts)", () => {
  it("the words after a slash glued to the next word are the agency's, the photographer's name before it stays", () => {
    expect(persons("Senators arrive for the vote. Tom Wills/CQ Roll Call via Getty Images, FILE")).toEqual(["Tom Wills"]);
    expect(persons("Marchers fill the square. Peter Strand/Capitol Wire via Getty Images")).toEqual(["Peter Strand"]);
    // a caption's credit run into the next caption: the agency is cut, the photographer named twice is one person
    expect(persons("Crowds gather in Cairo. Hossam Fathy Rahman /Reuters/Landov Hossam Fathy Rahman is the new minister.")).toEqual(["Hossam Fathy Rahman"]);
  });

  it("negative: a given name after the agency opens the photographer's name again; a slash with spaces is no credit", () => {
    expect(persons("Protesters march in Lagos. Helen Marsh/AP Helen Marsh/AP")).toEqual(["Helen Marsh"]);
    expect(persons("The vote split Labour / Conservative lines, said Daniel Okafor.")).toEqual(["Daniel Okafor"]);
  });

  it("negative: after an agency in capitals the photographer comes after the slash", () => {
    expect(persons("Troops patrol the city. REUTERS/Aly Tran")).toEqual(["Aly Tran"]);
    expect(persons("Troops patrol the city. REUTERS/Brendan Kell/File Photo")).toEqual(["Brendan Kell"]);
  });
});

describe("actors: a numbered part's noun and a Roman numeral are no person (numbered-part.ts)", () => {
  it("a part of a law, a stage of a trial or a class named by a noun and a Roman numeral", () => {
    expect(persons("The rule repeals Title IV of the 1962 Trade Expansion Act, officials said.")).toEqual([]);
    expect(persons("Phase III trials of the vaccine begin in May.")).toEqual([]);
    expect(persons("The court struck down Article VI of the decree on Friday.")).toEqual([]);
  });

  it("negative: a monarch's regnal number after a given name or a title keeps the person", () => {
    expect(persons("Henry VIII broke with Rome in 1534.")).toEqual(["Henry VIII"]);
    expect(persons("King Abdullah II met the envoy in Amman on Sunday.")).toHaveLength(1);
  });
});

describe("actors: a calling capitalised at a sentence's start is no part of the name after it", () => {
  it("a moderator, a panelist or an interviewer presents the person (speech.json callings)", () => {
    expect(persons("Moderator Carla Benton asked the candidates about taxes.")).toEqual(["Carla Benton"]);
    expect(persons("Interviewer Tom Haskell pressed the minister on the budget.")).toEqual(["Tom Haskell"]);
  });

  it("negative: names of people that look like places or firms stay whole", () => {
    expect(persons("Georgia Brown said the vote would be close.")).toEqual(["Georgia Brown"]);
    expect(persons("Jordan Henderson scored twice in the second half.")).toEqual(["Jordan Henderson"]);
  });
});
