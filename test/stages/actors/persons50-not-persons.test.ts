import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const persons = (text: string, date?: string) => extract(text, date).actors.filter((a) => a.kind === "person").map((a) => a.name);

// Issue 14 (persons50): firms and a movement's followers were persons by a name's shape or a speech verb alone.

describe("actors: a firm whose name a firm's word or a legal form closes is no person", () => {
  it("'Staal Bankiers', 'Lehman Brothers', 'Essex Court Chambers', 'Ford Credit' name firms (not-names.json firmLastWords)", () => {
    expect(persons("Shares fell on Monday. Staal Bankiers said the market would recover by June.")).toEqual([]);
    expect(persons("Shares fell on Monday. The bonds were sold through Lehman Brothers in New York.")).toEqual([]);
    expect(persons("The case opened on Monday. She is a barrister at Essex Court Chambers, which took the case.")).toEqual([]);
    expect(persons("Shares fell on Monday. Ford Credit raised 300 mln dlrs in the euromarket.")).toEqual([]);
  });

  it("a legal form after a partner's name or a bracketed part closes the firm's name", () => {
    expect(persons("Shares fell on Monday. Hoare Govett (Far East) Ltd will lead the issue.")).toEqual([]);
    expect(persons("Shares fell on Monday. Morgan Grenfell and Partners Ltd declined to comment.")).toEqual([]);
  });

  it("a stock ticker in angle brackets after the name, or angle brackets round it, mark a company (wire copy)", () => {
    expect(persons("Shares rose on Monday. Gains in NV Verenigde Bezit <VBZ.AS> and Akzo NV <AKZO.AS> led the market.")).toEqual([]);
    expect(persons("Shares rose on Monday. The buyers include <Dillon Read> and a Tokyo bank.")).toEqual([]);
  });

  it("'Banque', 'Banco', 'Banca' open a bank's name, never a person's", () => {
    expect(persons("Shares rose on Monday. Banque Indosuez and Banco Santander led the loan.")).toEqual([]);
  });

  it("negative: a person named beside a firm, with 'and' or in brackets, keeps the name", () => {
    expect(persons("Shares fell on Monday. Klaus Weber and Siemens AG said the deal was weak.")).toContain("Klaus Weber");
    expect(persons("Shares fell on Monday. Rolf Hansen (Nordea AB) said the deal was weak.")).toContain("Rolf Hansen");
  });

  it("negative: a person beside a ticker or a bank keeps the name", () => {
    expect(persons("Shares rose on Monday. Rolf Hansen, a broker at Pierson <PIER.AS>, said demand was strong.")).toEqual(["Rolf Hansen"]);
    expect(persons("Shares rose on Monday. Maria Lopez, an economist at Banco Santander, said demand was strong.")).toEqual(["Maria Lopez"]);
  });

  it("negative: a person whose surname is a firm's word keeps it where a given name opens the name", () => {
    expect(persons("Shares fell on Monday. John Chambers said the market would recover by June.")).toEqual(["John Chambers"]);
    expect(persons("Shares fell on Monday. Sarah Brothers, a lawyer, said the deal was weak.")).toEqual(["Sarah Brothers"]);
    expect(persons("Shares fell on Monday. Mr Chambers said the deal was weak.")).toEqual(["Chambers"]);
  });
});

describe("actors: a movement's followers are no person", () => {
  it("'Blairites', 'Corbynistas', 'Brexiteers', 'Islamists' are groups, even as a speech verb's subject", () => {
    expect(persons("The vote came late on Monday. Loyal Blairites insisted the reforms would go on.")).toEqual([]);
    expect(persons("The vote came late on Monday. Corbynistas said the leader had been betrayed.")).toEqual([]);
    expect(persons("The vote came late on Monday. Brexiteers warned that the deal was a trap.")).toEqual([]);
  });

  it("negative: a surname that ends so, shorter than seven letters, stays a person", () => {
    expect(persons("The vote came late on Monday. Mr Speers said the reforms would go on.")).toEqual(["Speers"]);
    expect(persons("The vote came late on Monday. Ann Stites said the reforms would go on.")).toEqual(["Ann Stites"]);
  });
});

describe("actors: a publication or a group that a noun presents is no writer or speaker", () => {
  it("'Time writes', 'Metro reports': a word the article also writes in lower case, before a verb of writing, names the publication", () => {
    expect(persons("The talks began in spring. Time writes that the time for talks has passed.")).toEqual([]);
    expect(persons("The strike spread on Monday. Metro reported that metro lines were shut.")).toEqual([]);
  });

  it("'rights group Liberty said', 'the news site Sohu explains': a noun of a body or a site presents its name", () => {
    expect(persons("The ruling came on Monday. Civil rights group Liberty said the ruling was wrong.")).toEqual([]);
    expect(persons("The ruling came on Monday. The news site Sohu explains that the post is symbolic.")).toEqual([]);
  });

  it("negative: a writer's surname, a full name, or a plain speech verb keep the person", () => {
    expect(persons("The talks began in spring. Smith writes that the time for talks has passed.")).toEqual(["Smith"]);
    expect(persons("The talks began in spring. Ruth Hope reported that there was little hope left.")).toEqual(["Ruth Hope"]);
    expect(persons("The talks began in spring. Young said that young voters stayed home.")).toEqual(["Young"]);
  });
});
