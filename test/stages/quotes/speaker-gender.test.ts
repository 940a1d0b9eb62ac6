import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";
import { givenNamesFile } from "../../../src/lexicon/schemas.js";

// "She said" never goes to a man, "he said" never to a woman: a given name of one gender
// (given-names.json female/male) or a title before a name ("Mrs", "Sir") tells the person's gender;
// a person of unknown gender may be either.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: he/she agrees with the person's known gender", () => {
  it("'she said' passes over a man named first to the woman after him", () => {
    const [q] = quotes("Daniel Okafor, the trade envoy, met Senator Margaret Hollis on Monday. She said the talks had gone well.");
    expect(q.speakerName).toBe("Margaret Hollis");
  });

  it("a title before a surname gives the gender ('Mr Okafor ... Mrs Hollis')", () => {
    const q = quotes("Daniel Okafor and Margaret Hollis met on Monday. Mr Okafor questioned Mrs Hollis about the plan. She said it would cut costs.").at(-1)!;
    expect(q.speakerName).toBe("Margaret Hollis");
  });

  it("'he said' after a direct quote passes over a woman named first", () => {
    const [q] = quotes("Karen Mills, the minister, spoke after talks with Omar Haddad. “We will sign the accord this week,” he said.");
    expect(q.speakerName).toBe("Omar Haddad");
  });

  it("negative: a person of the same gender named first keeps the pronoun", () => {
    const [q] = quotes("Daniel Okafor, the trade envoy, met Peter Lang on Monday. He said the talks had gone well.");
    expect(q.speakerName).toBe("Daniel Okafor");
  });

  it("negative: names borne by both sexes give no gender, so the first person named stays", () => {
    const [q] = quotes("Kim Lorne, the trade envoy, met Alex Serra on Monday. She said the talks had gone well.");
    expect(q.speakerName).toBe("Kim Lorne");
  });

  it("negative: with no person of the pronoun's gender, the pronoun finds none rather than the other one", () => {
    const [q] = quotes("Daniel Okafor, the trade envoy, met Peter Lang on Monday. She said the talks had gone well.");
    expect(q?.speakerName ?? null).not.toBe("Daniel Okafor");
    expect(q?.speakerName ?? null).not.toBe("Peter Lang");
  });
});

describe("speaker: what gives no gender", () => {
  it("negative: a woman's name ending the sentence before a man's name is no title of his", () => {
    const q = quotes("Hugo Brandt visited the chapel named after Mary. Brandt prayed there for an hour. “I pray for peace,” he said.").at(-1)!;
    expect(q.speakerName).toBe("Hugo Brandt");
  });

  it("negative: a name borne by both sexes ('Lindsey') gives no gender", () => {
    const q = quotes("Lindsey Harlow, the senator, met Daniel Okafor. He said the deal was close.").at(-1)!;
    expect(q.speakerName).toBe("Lindsey Harlow");
  });
});

describe("given-names.json genders", () => {
  it("a name listed as both female and male is refused", () => {
    expect(givenNamesFile().safeParse({ names: ["Anna"], female: ["Anna"], male: ["Anna"] }).success).toBe(false);
    expect(givenNamesFile().safeParse({ names: ["Anna"], female: ["Anna"], male: ["Peter"] }).success).toBe(true);
  });
});

describe("speaker: he/she goes on with an unnamed official who reported", () => {
  it("'A Treasury spokeswoman confirmed ... \"...,\" she said': the spokeswoman, not the man she named", () => {
    const q = quotes("Critics said Mr Smith had already left. A Treasury spokeswoman confirmed Mr Smith was still in post. “No date was ever set for his departure,” she said.").at(-1)!;
    expect(q.speakerName).toMatch(/spokeswoman/);
  });

  it("negative: a definite role ('The Treasury spokeswoman') still looks for the person named", () => {
    const q = quotes("Anna Berg is the Treasury spokeswoman. The Treasury spokeswoman confirmed the plan on Monday. “No date was ever set,” she said.").at(-1)!;
    expect(q.speakerName).not.toMatch(/^spokeswoman$/);
  });
});

describe("speaker: a role's head gives a gender ('spokeswoman', 'spokesman')", () => {
  it("negative: 'he said' never goes on with a spokeswoman", () => {
    const q = quotes("A Labour spokeswoman said the party kept to the rules. “We would never do that,” he said.").at(-1)!;
    expect(q.speakerName ?? "").not.toMatch(/spokeswoman/);
  });

  it("'she said' goes on with a spokeswoman", () => {
    const q = quotes("A Labour spokeswoman said the party kept to the rules. “We would never do that,” she said.").at(-1)!;
    expect(q.speakerName).toMatch(/spokeswoman/);
  });
});

describe("speaker: a quote paragraph with its own he/she does not go on with a speaker of the other gender", () => {
  it("'\"...,\" he said' after a spokeswoman's quote and a spokesman's report is not hers", () => {
    const text = "A Labour spokeswoman said the party kept to the rules. She said: “We do apply the rules in line with the law.” A spokesman for the regulator said calls to voters could count as marketing.\n\n“If a party was doing that then it may be that it would not be marketing,” he said.";
    const q = quotes(text).at(-1)!;
    expect(q.speakerName ?? "").not.toMatch(/spokeswoman/);
  });
});
