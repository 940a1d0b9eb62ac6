import { describe, expect, it } from "vitest";
import { eventKeys, extract, person } from "../../helpers.js";

// Issue 13/14: "leader" is the noun for whoever leads a state (titles.json anyHead, GOV); a party's
// leader leads the party. The person's own record at the article's date says which side they were on
// (data/persons.json roles), else the party's sector (PTY): then what they say of the government is
// an act between two parts of one state.
describe("actors: a party's leader takes the party's side, not the state's", () => {
  it("a party leader the dictionary does not know takes the party's sector", () => {
    const rec = extract("Liberal Democrat leader Alan Pressley said the budget was a gamble. Voters in Britain go to the polls in May.", "2005-03-01");
    expect(person(rec, "Pressley")).toMatchObject({ country: "GBR", sector: "PTY" });
  });

  it("a known party leader takes his role at the date: opposition (Howard 2005), government (Blair 2005)", () => {
    const rec = extract("Tory leader Michael Howard spoke in Bristol. Labour leader Tony Blair spoke in Leeds. Britain votes in May.", "2005-03-01");
    expect(person(rec, "Michael Howard")).toMatchObject({ sector: "OPP" });
    expect(person(rec, "Tony Blair")).toMatchObject({ sector: "GOV" });
  });

  it("the title in apposition alike ('The Conservative leader, David Cameron,' in 2008)", () => {
    const rec = extract("The Conservative leader, David Cameron, visited a school in Britain.", "2008-03-01");
    expect(person(rec, "David Cameron")).toMatchObject({ sector: "OPP" });
  });

  it("an opposition leader who accuses the prime minister makes an event inside one state", () => {
    expect(eventKeys("Tory leader Michael Howard accused Tony Blair of misleading voters over taxes.", "2005-03-01")).toEqual(["ACCUSE GBR>GBR"]);
  });
});

describe("actors: party leader, negative cases", () => {
  it("a state's leader stays the government ('Russian leader X', 'the Chinese leader, X')", () => {
    const rec = extract("Russian leader Pavel Orlov met the Chinese leader, Wen Tao, in Beijing.", "2005-03-01");
    expect(person(rec, "Orlov")).toMatchObject({ country: "RUS", sector: "GOV" });
  });

  it("a leader of a body that is no party takes no party's side ('rail union leader X')", () => {
    const rec = extract("Rail union leader Bob Walsh said the strike would go ahead. Voters in Britain go to the polls in May.", "2005-03-01");
    expect(person(rec, "Bob Walsh")?.sector).not.toBe("PTY");
  });

  it("a party's other offices keep their own sector ('Labour MP X' stays a legislator)", () => {
    const rec = extract("Labour MP Alan Pressley said the budget was a gamble. Voters in Britain go to the polls in May.", "2005-03-01");
    expect(person(rec, "Pressley")?.sector).not.toBe("GOV");
  });
});
