import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// An office given in apposition after a person's name ("General Anna Berg, chairman of the alliance's
// military committee,") is that person where a later speaker is called by the office alone, its head
// noun varied (head, chairman, chief, leader; speech.json officeHeads) and its body shortened ("the
// military committee", "the committee chairman"); appositive-office.ts. Another body, or an office two
// people were given, names no one.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: an office given in apposition", () => {
  it("'said the head of the military committee' after 'General X, chairman of the alliance's military committee,' is X", () => {
    const q = quotes("General Anna Berg, chairman of the alliance's military committee, visited the base on Monday. The soldiers were well prepared, said the head of the military committee.").at(-1);
    expect(q?.speaker).toBe("person:anna-berg");
  });

  it("after a quote: '\"...,\" the chief of the election commission said' is the commission's chairwoman named before", () => {
    const q = quotes("Voters queued for hours. Judge Mira Solis, chairwoman of the national election commission, opened the count in the capital. \"Every ballot will be counted twice,\" the chief of the election commission said.").at(-1);
    expect(q?.speaker).toBe("person:mira-solis");
  });

  it("'The committee chairman said' takes the head after the body's words", () => {
    const q = quotes("General Anna Berg, chairman of the alliance's military committee, visited the base on Monday. The committee chairman said the troops were ready for winter.").at(-1);
    expect(q?.speaker).toBe("person:anna-berg");
  });
});

describe("speaker: negatives of an office given in apposition", () => {
  it("negative: the head of another body is no one named ('the head of the budget committee')", () => {
    const q = quotes("General Anna Berg, chairman of the military committee, visited the base. \"We must be ready for anything,\" the head of the budget committee said.").at(-1);
    expect(q?.speaker).toBeNull();
    expect(q?.speakerName).toBe("head of the budget committee");
  });

  it("negative: an office two people were given names neither", () => {
    const q = quotes("General Anna Berg, chairman of the military committee, met Admiral Tom Hale, head of the alliance's military committee, at the base. The troops were ready, said the head of the military committee.").at(-1);
    expect(q?.speaker).toBeNull();
  });

  it("negative: an office named before anyone was given it stays the phrase", () => {
    const q = quotes("The troops were ready, said the head of the military committee. General Anna Berg, chairman of the military committee, arrived later.").at(0);
    expect(q?.speaker).toBeNull();
  });
});
