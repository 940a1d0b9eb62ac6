import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";
import { nounModifierWords } from "../../../src/stages/actors/modifier-names.js";
import type { Token } from "../../../src/model/types.js";

const persons = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("one capitalised word the article also writes as a common noun's modifier is no person", () => {
  it("a pollster: 'a Survation poll ... Survation asked'", () => {
    expect(persons("A new Survation poll was published on Monday. Survation asked voters whether they trusted the government.")).not.toContain("Survation");
  });
  it("a firm: 'the Vantrex board ... Vantrex said'", () => {
    expect(persons("The Vantrex board met in Oslo on Tuesday. Vantrex said profits would fall this year.")).not.toContain("Vantrex");
  });
  it("a person with a full name stays: 'Keir Starmer said ... the Starmer government'", () => {
    expect(persons("Keir Starmer said taxes would not rise. The Starmer government has promised growth.")).toContain("Keir Starmer");
  });
  it("a lone name never written as a modifier stays: 'Okonkwo said'", () => {
    expect(persons("The talks ended late. Okonkwo said the deal was close.")).toContain("Okonkwo");
  });
  it("a name joined to a particle by a hyphen is no modifier: 'said Qasim al-Rubaie'", () => {
    expect(persons('"We will not leave," said Qasim al-Rubaie, a militia commander. Qasim said more fighters were coming.').some((n) => n.startsWith("Qasim"))).toBe(true);
  });
});

describe("a staff noun after a title is the title's last word, no name", () => {
  it("'said Maria Lopez, General Manager of the port authority' has no person 'Manager'", () => {
    const p = persons('"Traffic is down," said Maria Lopez, General Manager of the port authority.');
    expect(p).not.toContain("Manager");
    expect(p).toContain("Maria Lopez");
  });
  it("'Chief Inspector of Police Ahmad Zaki told reporters' has no person 'Inspector'", () => {
    expect(persons("Chief Inspector of Police Ahmad Zaki told reporters that three men were held.")).not.toContain("Inspector");
  });
});

describe("nounModifierWords: a sentence's first word is no modifier, whatever stands before it", () => {
  const tok = (text: string, pos: string, start: number) =>
    ({ text, norm: text, lower: text.toLowerCase(), pos, kind: /^\p{L}/u.test(text) ? "word" : "punctuation", spaceBefore: true, start, end: start + text.length }) as unknown as Token;
  // "Prices rose (Okonkwo) Vantrex shares fell": tokens 0-5, a second sentence opening at token 4 after a bracket
  const words: [string, string][] = [["Prices", "NOUN"], ["rose", "VERB"], ["(", "PUNCT"], [")", "PUNCT"], ["Okonkwo", "PROPN"], ["supporters", "NOUN"], ["and", "CCONJ"], ["Vantrex", "PROPN"], ["shares", "NOUN"], ["fell", "VERB"]];
  const tokens = words.map(([w, p], i) => tok(w, p, i * 10));
  it("a modifier inside the sentence counts; the word opening a sentence after a bracket does not", () => {
    const out = nounModifierWords(tokens, [{ first: 0 }, { first: 4 }]);
    expect(out.has("vantrex")).toBe(true);
    expect(out.has("okonkwo")).toBe(false);
  });
  it("negative: with no sentence opening there, the same word is a modifier", () => {
    expect(nounModifierWords(tokens, [{ first: 0 }]).has("okonkwo")).toBe(true);
  });
});
