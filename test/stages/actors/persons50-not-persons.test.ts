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

  it("negative: a surname that ends so stays a person", () => {
    expect(persons("The vote came late on Monday. Mr Speers said the reforms would go on.")).toEqual(["Speers"]);
    expect(persons("The vote came late on Monday. Ann Stites said the reforms would go on.")).toEqual(["Ann Stites"]);
  });
});
