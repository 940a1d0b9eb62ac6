import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

const persons = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("actors: a title's portfolio after 'for', 'to (the)' or 'of' does not swallow its holder's name", () => {
  it("'Minister for Europe X', 'Chief Secretary to the Treasury X', 'Minister of State for Trade X'", () => {
    expect(persons("Minister for Europe Douglas Alexander said the talks had been useful.")).toEqual(["Douglas Alexander"]);
    expect(persons("But Chief Secretary to the Treasury Paul Boateng attacked the opposition's plans.")).toEqual(["Paul Boateng"]);
    expect(persons("Minister of State for Trade Mike O'Brien opened the fair in Leeds.")).toEqual(["Mike O'Brien"]);
  });

  it("the holder speaks: a quote after the sentence goes to the holder, not an earlier speaker", () => {
    const rec = extract("The opposition leader Michael Howard said the plans would save money. But Chief Secretary to the Treasury Paul Boateng attacked the plans. \"These sums do not add up,\" he said.");
    const q = rec.quotes.find((x) => x.text.startsWith("These sums"));
    expect(q?.speakerName).toBe("Paul Boateng");
  });

  it("negative: a portfolio with no name after it makes no person ('The Minister for Europe said', 'the Secretary of State for Health's plan')", () => {
    expect(persons("The Minister for Europe said the talks had been useful.")).toEqual([]);
    expect(persons("The Secretary of State for Health's plan was published on Monday.")).toEqual([]);
  });

  it("negative: no title before the preposition, no split ('a fund for Europe Julius Baer manages')", () => {
    expect(persons("Investors bought into a fund for Europe Julius Baer manages.")).not.toContain("Julius Baer");
  });
});

describe("actors: the title before a portfolio is the holder's office, so the story's state reaches it", () => {
  const story = (s: string) => extract(`UK budget\n\nLabour and the Conservatives clashed over the budget in the Commons. ${s}`, "2005-03-01");

  it("'Chief Secretary to the Treasury X', 'Minister for Europe X' in a British story are Britain's", () => {
    expect(person(story("But Chief Secretary to the Treasury Paul Boateng attacked the Tory plans."), "Boateng")).toMatchObject({ country: "GBR", role: "Chief Secretary to the Treasury" });
    expect(person(story("Minister for Europe Douglas Alexander said the talks had been useful."), "Alexander")).toMatchObject({ country: "GBR", role: "Minister for Europe" });
  });

  it("negative: a portfolio named by a dictionary state is read as before ('President of France X')", () => {
    const rec = extract("President of France Jean Dupont arrived on Monday.", "2005-03-01");
    expect(person(rec, "Dupont")?.role ?? null).not.toBe("President of France");
  });
});
