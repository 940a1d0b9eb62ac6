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
