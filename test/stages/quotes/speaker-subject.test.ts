import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// The speaker of a quote is the subject of its reporting verb: not a noun inside a description of
// that subject, not an organisation the speaker belongs to, not a word of the quote.
const quotes = (text: string, date?: string) => extract(text, date).quotes;

describe("speaker: the subject of the reporting verb", () => {
  it("an inverted cue before a lower-case description and a name: the name speaks", () => {
    const [q] = quotes("“We will not accept this,” said the veteran opposition politician Alexei Navalny.");
    expect(q.speakerName).toBe("Alexei Navalny");
    expect(q.speaker).toMatch(/^person:/);
  });

  it("an inverted cue before a description with no name keeps the description", () => {
    const [q] = quotes("“We will not accept this,” said the ministry in Moscow.");
    expect(q.speakerName).toBe("ministry");
  });

  it("an organisation's abbreviation in parentheses before its person's title and name", () => {
    const [q] = quotes("“We will not accept this,” the International Atomic Energy Agency (IAEA) spokesman Fredrik Dahl told reporters.");
    expect(q.speakerName).toBe("Fredrik Dahl");
  });
});

describe("speaker: a plural noun that a prepositional phrase modifies", () => {
  it("'opponents of the deal say': the opponents speak, not the deal", () => {
    const [q] = quotes("But opponents of the deal say it would leave open a lane for Iran.");
    expect(q.speakerName).toBe("opponents of the deal");
  });

  it("'supporters of X said', 'lawyers for X said': not X", () => {
    const [a] = quotes("Supporters of Navalny said the verdict was political revenge.");
    expect(a.speakerName).toBe("Supporters of Navalny");
    expect(a.speaker).toBeNull();
    const [b] = quotes("Lawyers for Mr. Cohen said he would appeal the ruling.");
    expect(b.speakerName).toBe("Lawyers for Mr. Cohen");
  });

  it("'governors in Ukraine say': the place they are in gives their state", () => {
    const [q] = quotes("City mayors and regional governors in Ukraine say they already face funding shortfalls.");
    expect(q.speakerName).toBe("City mayors and regional governors in Ukraine");
    expect(q.speaker).toBe("UKR");
  });

  it("a singular noun or a named person before the cue is left as it was", () => {
    const [a] = quotes("Navalny said the verdict was political revenge.");
    expect(a.speakerName).toMatch(/Navalny/);
    expect(a.speaker).toMatch(/^person:/);
    const [b] = quotes("The supporters of Navalny met on Monday. Navalny said the verdict was political revenge.");
    expect(b.speakerName).toMatch(/Navalny/);
    expect(b.speaker).toMatch(/^person:/);
  });
});
