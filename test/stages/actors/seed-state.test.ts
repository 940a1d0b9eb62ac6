import { describe, expect, it } from "vitest";
import { extract, person } from "../../helpers.js";

// Issue 14, item 1: a state's bare name run into a seed person's name is no affiliation
describe("actors: a state's bare name right before a seed person", () => {
  it("keeps the seed's state where a headline ending in a state runs into the sentence", () => {
    // (after an "Other Topics of Interest" label the whole line is a linked headline, lines.ts: the
    // headline here runs into the sentence with no label)
    const rec = extract("Estonia's PM: Training Troops in Ukraine Won't Trigger War With Russia Kallas said that training would not escalate.", "2023-06-16");
    expect(person(rec, "Kallas")).toMatchObject({ country: "EST" });
  });

  it("negative: with no seed, a title phrase ending in a state still places the person", () => {
    const rec = extract("Attorney for the US Sean Buckley told the court the sentence was fair. Former Miss Venezuela Gisela Rojas said her mother had died.", "2026-07-02");
    expect(person(rec, "Buckley")).toMatchObject({ country: "USA" });
    expect(person(rec, "Gisela Rojas")).toMatchObject({ country: "VEN" });
  });
});

// Issue 14, item 2: Britain's party leaders and devolved first ministers are known people (data/persons.json, with a source)
describe("actors: Britain's party leaders and first ministers as known people", () => {
  it("places 'Michael Howard', 'Charles Kennedy', 'Sir Menzies Campbell', 'Mark Drakeford' in Britain", () => {
    const rec = extract("Michael Howard has dismissed fears from some Conservatives. Charles Kennedy said his party was the opposition. Sir Menzies Campbell agreed.", "2005-03-01");
    expect(person(rec, "Michael Howard")).toMatchObject({ country: "GBR", stateRule: "actors/state:seed" });
    expect(person(rec, "Charles Kennedy")).toMatchObject({ country: "GBR" });
    expect(person(rec, "Menzies Campbell")).toMatchObject({ country: "GBR" });
    expect(person(extract("Mark Drakeford said Wales would take in refugees.", "2022-02-25"), "Drakeford")).toMatchObject({ country: "GBR" });
  });

  it("negative: a common surname alone is not the known person ('Fox News', 'the Davis Cup', 'Mr Jones'); the article's own words win", () => {
    const rec = extract("Fox News host Sean Hannity said Davis would win the Davis Cup. Mr Jones agreed.", "2011-03-01");
    expect(rec.actors.some((a) => a.id === "person:liam-fox" || a.id === "person:david-davis" || a.id === "person:carwyn-jones")).toBe(false);
    const us = extract("Republican congressman David Davis of Tennessee said the bill would pass. The United States Senate will vote.", "2007-03-01");
    expect(person(us, "David Davis")).toMatchObject({ country: "USA" });
  });

  it("negative: 'the chancellor' is not the shadow chancellor the article named ('Shadow chancellor X ... The chancellor denied')", () => {
    const rec = extract("Shadow chancellor Oliver Letwan said the budget was a fraud. The chancellor denied he was gloating. Gordon Brown spoke in London.", "2005-03-01");
    expect(person(rec, "Letwan")?.mentions.map((m) => m.text)).toEqual(["Oliver Letwan"]);
    const own = extract("Oliver Letwan, the shadow chancellor, spoke in London. The shadow chancellor said taxes would fall.", "2005-03-01");
    expect(person(own, "Letwan")?.mentions.length).toBe(3);
  });
});
