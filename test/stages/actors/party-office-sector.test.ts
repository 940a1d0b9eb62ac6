import { describe, expect, it } from "vitest";
import { eventKeys, extract, person } from "../../helpers.js";

// Issue 13/14: a spokesman, a chairman or a general secretary is an office any body has
// (titles.json bodyOffice); the title's own sector (GOV) is for a ministry's spokesman. Held in a
// party ("Tory co-chairman X", "Labour spokesman X"), it is the party's side (PTY), so that what
// the holder says of the government is an act between two parts of one state.
describe("actors: a party's spokesman or chairman takes the party's side", () => {
  it("a party's chairman and spokesman take the party's sector", () => {
    const rec = extract("Tory co-chairman Alan Pressley visited Leeds. Labour spokesman Bob Hill spoke in Hull. Voters in Britain go to the polls in May.", "2005-03-01");
    expect(person(rec, "Pressley")).toMatchObject({ country: "GBR", sector: "PTY" });
    expect(person(rec, "Bob Hill")).toMatchObject({ country: "GBR", sector: "PTY" });
  });

  it("in an undated article a known person's first recorded role does not override the party title", () => {
    const rec = extract("Tory co-chairman Liam Fox spoke in Leeds. Voters in Britain go to the polls in May.");
    expect(person(rec, "Liam Fox")).toMatchObject({ sector: "PTY" });
  });

  it("a party chairman who accuses the prime minister makes an event inside one state", () => {
    expect(eventKeys("Conservative party chairman Alan Pressley accused Tony Blair of misleading voters over taxes.", "2005-03-01")).toEqual(["ACCUSE GBR>GBR"]);
  });
});

describe("actors: party office, negative cases", () => {
  it("a ministry's or a government's spokesman stays the government", () => {
    const rec = extract("Foreign ministry spokesman Li Wen said China would respond. Government spokesman Tom Hale spoke in London.", "2005-03-01");
    expect(person(rec, "Li Wen")?.sector).toBe("GOV");
    expect(person(rec, "Tom Hale")?.sector).not.toBe("PTY");
  });

  it("a party's spokesman and a party's minister are not both the party: 'Labour minister X' keeps the office", () => {
    const rec = extract("Labour minister Bob Hill said the plan would work. Voters in Britain go to the polls in May.", "2005-03-01");
    expect(person(rec, "Bob Hill")?.sector).not.toBe("PTY");
  });

  it("a chairman of a company or union takes no party's side", () => {
    const rec = extract("Unite chairman Bob Walsh said the strike would go ahead. Voters in Britain go to the polls in May.", "2005-03-01");
    expect(person(rec, "Bob Walsh")?.sector).not.toBe("PTY");
  });

  it("a party spokesman praising his own party's leader makes no event", () => {
    expect(eventKeys("Tory spokesman Alan Pressley praised the Conservative Party for its courage.", "2005-03-01")).toEqual([]);
  });
});
