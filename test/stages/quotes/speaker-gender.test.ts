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
