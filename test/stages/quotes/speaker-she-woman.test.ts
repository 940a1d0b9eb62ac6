import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakerOf = (text: string, start: string) => extract(text, "2024-03-01").quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

// Issue 14 (speakers43): "she said" goes back to the woman who spoke, past a person of unknown gender named between
describe("quotes: 'she' takes up the one woman who reported before", () => {
  it("'Baroness Smith ... said ... Liam Jones said ... she said' is Smith", () => {
    const text = "Baroness Smith, a Labour peer, said the bill was flawed. Liam Jones said the vote would pass. \"It is wrong,\" she said.";
    expect(speakerOf(text, "It is wrong")).toBe("Smith");
  });

  it("an unnamed spokeswoman who reported is whom 'she' goes on with, not a president merely named after her", () => {
    const text = "A spokeswoman for the ministry said the talks had stalled. President Ali Khan arrived later. \"We are not optimistic,\" she said.";
    expect(speakerOf(text, "We are not optimistic")).not.toBe("Ali Khan");
  });

  it("negative: a woman merely named, who did not speak, does not take 'she' from the nearer speaker", () => {
    const text = "Baroness Smith, a Labour peer, opposed the bill. Liam Jones said the vote would pass. \"It is wrong,\" she said.";
    expect(speakerOf(text, "It is wrong")).toBe("Liam Jones");
  });

  it("negative: with two women who spoke, the nearest candidate stays", () => {
    const text = "Mrs Carter said the plan was bad. Dame Ann Lowe said it was good. Liam Jones said it would pass. \"It is wrong,\" she said.";
    expect(speakerOf(text, "It is wrong")).toBe("Liam Jones");
  });

  it("negative: 'he' is untouched: a man of unknown gender who just spoke keeps it", () => {
    const text = "Hillary Clinton said the talks went well. Ahmed Taleb said the talks went badly. \"We made no progress,\" he said.";
    expect(speakerOf(text, "We made no progress")).toBe("Ahmed Taleb");
  });

  it("negative: with no woman before, 'she' stays with the nearest speaker", () => {
    const text = "Liam Jones said the vote would pass. \"It is right,\" she said.";
    expect(speakerOf(text, "It is right")).toBe("Liam Jones");
  });

  it("negative: a nearer speaker whose given name ends in -a (most often a woman's) keeps 'she'", () => {
    const text = "Spokeswoman Maria Petrova said the memory could not be erased. Polish survivor Zdzislawa Nowak said she was scared. \"It was terrible,\" she said.";
    expect(speakerOf(text, "It was terrible")).toBe("Zdzislawa Nowak");
  });
});
