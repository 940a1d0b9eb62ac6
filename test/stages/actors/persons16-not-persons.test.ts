import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);
const actorIds = (text: string, date?: string) => extract(text, date).actors.map((a) => a.id);

describe("actors: a ship named after a person is no person", () => {
  it("a person's name right after a navy's prefix or a ship's noun names the ship", () => {
    expect(persons("The aircraft carrier USS Abraham Lincoln entered the Gulf on Monday.", "2020-01-10")).toEqual([]);
    expect(persons("The carrier Dwight Eisenhower left port at dawn.", "2020-01-10")).toEqual([]);
    expect(persons("The destroyer Harold Fenwick fired warning shots near the strait.")).toEqual([]);
    expect(persons("Sailors aboard HMS Prince Albert were evacuated.")).toEqual([]);
    expect(persons("HMS Queen Elizabeth sailed from Portsmouth on Saturday.")).toEqual([]);
  });

  it("negative: a title before the name, or a ship's noun elsewhere in the sentence, still makes a person", () => {
    expect(persons("The ship's captain, Commander Helen Marsh, said the crew was safe.")).toEqual(["Helen Marsh"]);
    expect(persons("Daniel Okafor said the carrier would sail on Friday.")).toEqual(["Daniel Okafor"]);
    expect(persons("The vessel was boarded, Admiral Peter Quayle said.")).toEqual(["Peter Quayle"]);
  });

  it("negative: 'INS' before a title is as often the Immigration and Naturalization Service: the person stands", () => {
    expect(persons("INS Commissioner Laura Pemberton said the agency would deport them.")).toEqual(["Laura Pemberton"]);
    // (a navy's prefix before a royal title still names the ship)
    expect(persons("HMS Prince Albert left Portsmouth with its escort.")).toEqual([]);
  });
});

describe("actors: page headings, airfields and time words are no persons", () => {
  it("a heading of a web page and a place with a facility word are no persons", () => {
    expect(persons("Key Takeaways\nThe talks in Geneva ended without a deal on Monday.")).toEqual([]);
    expect(persons("Related Topics\nThe talks in Geneva ended without a deal on Monday.")).toEqual([]);
    expect(persons("Troops withdrew from Belbek Airfield on Friday.")).toEqual([]);
    expect(persons("Drones struck the Vasylkiv Airstrip overnight.")).toEqual([]);
  });

  it("an adverb of time opening a sentence before a comma is no person's name", () => {
    expect(persons("Overnight, the prime minister said the talks had failed.")).toEqual([]);
    expect(persons("Separately, the foreign minister said the border would reopen.")).toEqual([]);
  });

  it("negative: a person named after such words is still a person", () => {
    expect(persons("Overnight, Foreign Minister Daniel Okafor said the talks had failed.")).toEqual(["Daniel Okafor"]);
    expect(persons("Key Takeaways\nHelen Marsh said the talks had failed.")).toEqual(["Helen Marsh"]);
  });
});

describe("actors: British bodies and parties of their own name", () => {
  it("the Trades Union Congress is a British body, never the US Congress", () => {
    const ids = actorIds("The Trades Union Congress said workers would strike next month.");
    expect(ids).toContain("org:trades-union-congress");
    expect(ids).not.toContain("org:us-congress");
  });

  it("Plaid Cymru is a Welsh party, and its leader is British", () => {
    const rec = extract("Plaid Cymru leader Rhodri Evans criticised the budget.");
    expect(rec.actors.find((a) => a.id === "org:plaid-cymru")?.country).toBe("GBR");
    expect(rec.actors.find((a) => a.kind === "person")?.name).toBe("Rhodri Evans");
    expect(rec.actors.find((a) => a.kind === "person")?.country).toBe("GBR");
  });

  it("negative: Congress alone in an American story is still the US Congress", () => {
    expect(actorIds("Congress passed the bill on Tuesday.")).toContain("org:us-congress");
  });
});

describe("actors: a surname written without its accents is the person the article named with them", () => {
  it("'Maiziere' after 'Thomas de Maiziere' (the dictionary writes 'Maizière') is one person", () => {
    const rec = extract("German Interior Minister Thomas de Maiziere said the attack was planned. Maiziere said more arrests were likely.", "2016-12-22");
    const ps = rec.actors.filter((a) => a.kind === "person");
    expect(ps.map((a) => a.id)).toEqual(["person:thomas-de-maiziere"]);
    expect(ps[0].mentions.map((m) => m.text)).toEqual(["Thomas de Maiziere", "Maiziere"]);
  });

  it("a name found by its shape with accents, its surname later without them", () => {
    const rec = extract("Opposition leader José Peñalver said the vote was rigged. Penalver said he would appeal.");
    const ps = rec.actors.filter((a) => a.kind === "person");
    expect(ps.length).toBe(1);
    expect(ps[0].mentions.length).toBe(2);
  });

  it("negative: a different surname stays a different person", () => {
    const rec = extract("Opposition leader José Peñalver said the vote was rigged. Interior Minister Carlos Pereira said he would appeal.");
    expect(rec.actors.filter((a) => a.kind === "person").length).toBe(2);
  });
});
