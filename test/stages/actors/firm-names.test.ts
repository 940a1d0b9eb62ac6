import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("actors: a one-word name the article gives a firm is the firm's throughout (firm-names.ts)", () => {
  it("a firm named with its legal form, then by its first word before a speech verb or a possessive", () => {
    expect(persons("Dunmore Textiles Plc said profits rose. Dunmore said margins would hold through the year.")).toEqual([]);
    expect(persons("Carradine Corp. raised its bid on Friday. A spokesman for Carradine said the board would meet.")).toEqual([]);
    expect(persons("Velloso Industria SA cut its dividend. Velloso, the country's biggest shoemaker, said demand fell.")).toEqual([]);
  });

  it("a firm presented by a noun, then named alone", () => {
    expect(persons("Demand slowed, said the consultancy Braxmoor in a note. Braxmoor said prices would fall in April.")).toEqual([]);
    expect(persons("Officials raided the offices of mining company Orvanto last week. Orvanto denied any wrongdoing, saying it had paid its taxes.")).toEqual([]);
  });

  it("negative: a title keeps the person whose surname is the firm's ('Ford Motor Co ... Mr Ford')", () => {
    expect(persons("Dunmore Textiles Plc said profits rose. Mr Dunmore said margins would hold.")).toEqual(["Dunmore"]);
  });

  it("negative: a person's full name stands even where a firm bears the surname", () => {
    expect(persons("Dunmore Textiles Plc said profits rose. Alan Dunmore, its founder, said margins would hold.")).toEqual(["Alan Dunmore"]);
  });

  it("negative: without the firm elsewhere, a bare surname before a speech verb is a person's", () => {
    expect(persons("Prices fell sharply in March. Dunmore said margins would hold, and analysts agreed.")).toEqual(["Dunmore"]);
  });

  it("a legal form after a firm's name or its 'and' is no person's name ('Harwick and Co said')", () => {
    expect(persons("Prices will fall, said Owen Carrick of Harwick, Dell and Co, a broker in London.")).toEqual(["Owen Carrick"]);
    expect(persons("Brannock, Tully and Co said it would underwrite the issue.")).toEqual([]);
    expect(persons("Ashby & Co. said on Monday it had hired two traders.")).toEqual([]);
  });

  it("'& Company' closes a firm's name as a legal form does", () => {
    expect(persons("Shares of Pellham & Company rose. Pellham said sales would grow.")).toEqual([]);
    expect(persons("Tarrant and Company won the contract. Tarrant said work starts in June.")).toEqual([]);
  });

  it("negative: 'and company' in lower case is no firm's legal form", () => {
    expect(persons("Pellham and company arrived late. Pellham said the road was closed.")).toEqual(["Pellham"]);
    expect(persons("Helen Marsh and company arrived late. Helen Marsh said the road was closed.")).toEqual(["Helen Marsh"]);
  });
});
