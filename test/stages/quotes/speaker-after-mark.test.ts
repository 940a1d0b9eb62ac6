import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Attributions the quote's own punctuation or the speaker's description used to hide: a question or
// exclamation mark before the closing quotation mark, a body with the place it sits in, a state's
// body named by its possessor, and a capitalised title with "of" before the name.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: attribution after a question or exclamation quote", () => {
  it("a name and a cue after '?\"' speak the question", () => {
    const [q] = quotes("“Why should our farmers pay for this?” Ms. Jansen said.");
    expect(q.speakerName).toMatch(/Jansen/);
    expect(q.speaker).toMatch(/^person:/);
  });

  it("a lower-case body and a cue after '!\"'", () => {
    const [q] = quotes("“Leave the region while you still can!” the consulate warned on Sunday.");
    expect(q.speakerName).toBe("consulate");
  });

  it("an inverted cue after '?\"'", () => {
    const [q] = quotes("“Who will pay for the reconstruction?” asked Olaf Brenner, a lawmaker.");
    expect(q.speakerName).toBe("Olaf Brenner");
  });

  it("a new sentence with its own reported clause is no attribution of the question", () => {
    const [q] = quotes("“Who will pay for the reconstruction?” The finance minister said the budget would be cut.");
    expect(q.speakerName).toBeNull();
  });

  it("the next paragraph is no attribution", () => {
    const [q] = quotes("“Who will pay for the reconstruction?”\n\nOlaf Brenner said.");
    expect(q.speakerName).toBeNull();
  });

  it("a quote that ends with a full stop inside is as before", () => {
    const [q] = quotes("“We will rebuild the bridge,” Olaf Brenner said.");
    expect(q.speakerName).toBe("Olaf Brenner");
  });
});

describe("speaker: a body with its place or its state before the cue", () => {
  it("'the U.S. Embassy in Moscow warned': the embassy in its place speaks", () => {
    const [q] = quotes("“Citizens should leave the country at once,” the U.S. Embassy in Moscow warned.");
    expect(q.speakerName).toBe("U.S. Embassy in Moscow");
    expect(q.speaker).toBe("USA");
  });

  it("a lower-case body and its city", () => {
    const [q] = quotes("“The talks will resume next week,” the ministry in Kyiv said.");
    expect(q.speakerName).toBe("ministry in Kyiv");
  });

  it("a place after a person is no part of the speaker, and a place with no cue after it finds none", () => {
    const [q] = quotes("“The talks will resume next week,” the embassy in Moscow, which reopened in May.");
    expect(q.speakerName).toBeNull();
  });

  it("'Britain's Cabinet Office said': the body, not the state", () => {
    const [q] = quotes("“The threat level remains substantial,” Britain's Cabinet Office said in a statement.");
    expect(q.speakerName).toBe("Cabinet Office");
  });

  it("a state's body before a spokesman's name: the person speaks", () => {
    const [q] = quotes("“The threat level remains substantial,” Britain's Cabinet Office spokesman John Harlow said.");
    expect(q.speakerName).toBe("John Harlow");
  });
});

describe("speaker: a capitalised title with 'of' before the name", () => {
  it("'Deputy Chairman of the Security Council Dmitry Medvedev said': Medvedev", () => {
    const [q] = quotes("“The West will pay for this,” Deputy Chairman of the Security Council Dmitry Medvedev said.");
    expect(q.speakerName).toBe("Dmitry Medvedev");
  });

  it("'Secretary of State Anna Wolcott said'", () => {
    const [q] = quotes("“We stand with our allies,” Secretary of State Anna Wolcott said.");
    expect(q.speakerName).toBe("Anna Wolcott");
  });

  it("a lower-case noun with 'for' before a name is its own speaker: 'a lawyer for John Roe said'", () => {
    const [q] = quotes("“My client is innocent,” a lawyer for John Roe said.");
    expect(q.speakerName).not.toBe("John Roe");
  });
});

describe("speaker: a definite title after a question or exclamation goes on with the officeholder before", () => {
  const text = (prev: string, title: string) => `“The border will stay open,” ${prev} said.\n\n“Why should we fear anyone? We are ready!” ${title} noted.`;

  it("'the head of state' after the president's quote: the president", () => {
    const qs = quotes(text("President Anton Varga", "the head of state"));
    expect(qs[1].speakerName).toBe("Anton Varga");
  });

  it("not after an analyst: a title of another sector is someone else", () => {
    const qs = quotes(text("analyst John Roe", "the head of state"));
    expect(qs[1].speakerName).not.toBe("John Roe");
  });

  it("a body is no title: 'the ministry' stays the ministry", () => {
    const qs = quotes(text("President Anton Varga", "the ministry"));
    expect(qs[1].speakerName).toBe("ministry");
  });
});
