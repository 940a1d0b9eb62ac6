import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("actors: the head noun of a place, a storm, a body, a document, an event or a firm is evidence against a person", () => {
  it("storms, sites and bodies named by two capitalised words are no persons", () => {
    expect(persons("Typhoon Haiyan flattened the coastal towns last week.")).toEqual([]);
    expect(persons("The ships were anchored off Vostok Harbor for a month.")).toEqual([]);
    expect(persons("Officials said the Helsinki Tribunal would sit in the spring.")).toEqual([]);
    expect(persons("The figures appear in the Treasury's Spending Report, published on Tuesday.")).toEqual([]);
    expect(persons("Shares in Malvern Pharmaceuticals fell 4 percent on Friday.")).toEqual([]);
    expect(persons("She won the Westland Championship for the third time.")).toEqual([]);
    expect(persons("He was diagnosed with Batten Disease in 2019.")).toEqual([]);
    expect(persons("Ukraine asked for more Stormcloud Missiles on Monday.")).toEqual([]);
  });

  it("negative: a name whose words are no such head noun stays a person ('Storm' and 'Review' are not surnames)", () => {
    expect(persons("Helen Marsh said the storm had flattened the coastal towns.")).toEqual(["Helen Marsh"]);
    expect(persons("The report was written by Daniel Okafor and published on Tuesday.")).toEqual(["Daniel Okafor"]);
  });
});

describe("actors: words glued together, brands and plural acronyms are no name's words", () => {
  it("a brand written in one word with a capital inside, a plural acronym, a link's title run into a name", () => {
    expect(persons("StarJet said it had resumed flights after a three day suspension.")).toEqual([]);
    expect(persons("The plan drew fire from Conservative MPs on Tuesday.")).toEqual([]);
    expect(persons("Related stories: Martin GrovesOvernight Energy: prices rise again.")).toEqual([]);
  });

  it("a letter's signature run into its town ends where the town begins, when a given name opens it", () => {
    const rec = extract("We should talk to Moscow before it is too late.Helen ProctorHalesworth, Suffolk");
    const p = rec.actors.find((a) => a.kind === "person");
    expect(p?.name).toBe("Helen Proctor");
    expect(p?.mentions[0]).toMatchObject({ text: "Helen Proctor" });
    expect(persons("Read more: Quick GuideHow do I sign up for alerts?")).toEqual([]);
    // a signature's shape (name, town, county) without a known given name; a glue inside the run closes it there
    expect(persons("Talks must go on.Brenna HollisTadcaster, North Yorkshire")).toEqual(["Brenna Hollis"]);
    expect(persons("He is wrong.Nick PorterLondon Andy Lester's argument is full of holes.")).toEqual(["Nick Porter", "Andy Lester"]);
  });

  it("negative: names with a short prefix before an inner capital ('McAllister', 'DeLuca', 'MacLeod', 'FitzGerald')", () => {
    expect(persons("Rory McAllister and Anna DeLuca met Fiona MacLeod and Edward FitzGerald in Dublin.")).toEqual(["Rory McAllister", "Anna DeLuca", "Fiona MacLeod", "Edward FitzGerald"]);
  });
});

describe("actors: a modifier, a party member's word or a role noun opening a run is no part of the name", () => {
  it("'Veteran Conservative X', 'Fellow Democrat X'", () => {
    expect(persons("Veteran Conservative Peter Ashdown said the plan was wrong.")).toEqual(["Peter Ashdown"]);
    expect(persons("Fellow Democrat Laura Whitfield said the plan was wrong.")).toEqual(["Laura Whitfield"]);
  });

  it("a party member's word before a surname alone ('Conservative Ashdown said')", () => {
    expect(persons("Conservative Ashdown said the plan was wrong.")).toEqual(["Ashdown"]);
  });

  it("negative: a two-word name keeps both words ('Senior' and 'Junior' may be given names)", () => {
    expect(persons("Junior Asante said the plan was wrong.")).toEqual(["Junior Asante"]);
    expect(persons("Laura Whitfield said the plan was wrong.")).toEqual(["Laura Whitfield"]);
  });
});

describe("actors: where a person's name cannot stand", () => {
  it("after an article as a speech verb's subject ('the Observatory said', 'the Sentinel reported')", () => {
    expect(persons("The Sentinel reported that the talks had failed.")).toEqual([]);
  });

  it("after 'of' or 'for' and an institution's word, or after '&' ('the Office of Budget Review', 'Marks & Spencer')", () => {
    expect(persons("An opinion from the Office of Legal Counsel allows it.")).toEqual([]);
    expect(persons("The Institute for Regional Studies said the plan would fail.")).toEqual([]);
    expect(persons("A spokesman for Harland & Wolff declined to comment.")).toEqual([]);
  });

  it("after a role noun and 'at': the role's workplace ('analysts at X said', 'an economist at X')", () => {
    expect(persons("Analysts at Brackley Hume said the market would fall.")).toEqual([]);
    expect(persons("Greg Tan, an economist at Ferris Lowe, said the rate would rise.")).toEqual(["Greg Tan"]);
  });

  it("after 'in', 'at' or 'near', a run known by its shape alone is a place ('at Old Trafford', 'in Sin Tet Maw')", () => {
    expect(persons("The second test will be played at Kensal Rise on Thursday.")).toEqual([]);
    expect(persons("Fighting was reported near Tal Afar and in Sin Tet Maw.")).toEqual([]);
  });

  it("negative: a given name opens it, or a possessive closes it ('shouted at Helen Marsh', 'in Robert Peston's book')", () => {
    expect(persons("Protesters shouted at Helen Marsh outside the court.")).toEqual(["Helen Marsh"]);
    expect(persons("The claim was repeated in Tobias Brandt's book.")).toEqual(["Tobias Brandt"]);
  });

  it("after a noun that presents a brokerage or a consultancy ('of brokers James Capel', 'consultants X said')", () => {
    expect(persons("Tom Hale, of brokers Pryor Linton, said rates would rise.")).toEqual(["Tom Hale"]);
    expect(persons("The study by consultants Mercer Dalby found the costs too high.")).toEqual([]);
    // (the singular is a person's role)
    expect(persons("Prices fell sharply, said broker Imran Qadir.")).toEqual(["Imran Qadir"]);
  });

  it("'X and Co' is a company", () => {
    expect(persons("Brokers at Hoare Govett and Co expect a cut.")).toEqual([]);
    expect(persons("Peter Lang, of Samuel Montagu and Co, said rates would rise.")).toEqual(["Peter Lang"]);
  });

  it("negative: a person after 'at', 'of', 'for' or an article where the words say so", () => {
    expect(persons("Protesters shouted at Daniel Okafor's convoy.")).toEqual(["Daniel Okafor"]);
    expect(persons("He looked at Helen Marsh and left.")).toEqual(["Helen Marsh"]);
    expect(persons("It was a victory for Helen Marsh, who had campaigned for years.")).toEqual(["Helen Marsh"]);
    expect(persons("The deal was the work of Daniel Okafor, the trade minister.")).toEqual(["Daniel Okafor"]);
  });
});

describe("actors: a plural group noun before a comma is no person named after it", () => {
  it("'In a letter to lawmakers, Hale said' keeps 'lawmakers' off Hale", () => {
    const rec = extract("In a letter to lawmakers, Dorothy Hale said the case was weak.");
    const p = rec.actors.find((a) => a.kind === "person");
    expect(p?.mentions.map((m) => m.text)).toEqual(["Dorothy Hale"]);
  });

  it("negative: a singular role in apposition is the person ('The ministry spokesman, Ivan Orlov, said')", () => {
    const rec = extract("The ministry spokesman, Ivan Orlov, said the talks had failed.");
    const p = rec.actors.find((a) => a.kind === "person");
    expect(p?.mentions.map((m) => m.text)).toContain("The ministry spokesman");
  });
});

describe("not persons: a run joined to a place after a preposition of place is a place", () => {
  it("'in Bethnal Green and Stepney Green': the second run is no person", () => {
    const rec = extract("Voters in Bethnal Green and Stepney Green will choose a new MP, said George Galloway.", "2005-01-01");
    expect(rec.actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["George Galloway"]);
  });

  it("negative: a person after a place's 'and' outside a place phrase, or with a given name, stays a person", () => {
    const rec = extract("He met officials in London and Ian Blackford said the talks were good.", "2005-01-01");
    expect(rec.actors.some((a) => a.kind === "person" && a.name === "Ian Blackford")).toBe(true);
  });
});
