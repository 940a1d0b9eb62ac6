import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14 (speakers45): a person named inside what someone reported is whom the report is about;
// the next "he"/"she" goes on with the reporter, not with that person
const speakerOf = (text: string, start: string) => extract(text, "2024-03-01").quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

describe("speaker: a cue that interrupts its clause ('X, he said, was ...')", () => {
  it("'Prime Minister X, he said, had misled voters' names X as the topic: the next 'he added' is the speaker before", () => {
    const t = "Tom Wade, the opposition leader, said on Monday that the budget was a failure. Prime Minister Carl Nyberg, he said, had misled voters. \"This cannot go on,\" he added.";
    expect(speakerOf(t, "This cannot go on")).toBe("Tom Wade");
  });

  it("'The plans of President X, she told a news conference, were reckless': the next 'she said' is not X", () => {
    const t = "Senator Laura Quist spoke in Denver on Tuesday. The plans of President Anna Berg, she told a news conference, were reckless. \"We will vote against them,\" she said.";
    expect(speakerOf(t, "We will vote against them")).toBe("Laura Quist");
  });

  it("negative: a clause that a pronoun opens is its own ('Mark Ruiz arrived, and he said ...'): he is Ruiz", () => {
    const t = "Mark Ruiz arrived in Paris on Monday. \"We are ready,\" he said.";
    expect(speakerOf(t, "We are ready")).toBe("Mark Ruiz");
  });

  it("negative: 'he said' that ends a sentence after a comma is no interruption: the name before the clause still speaks", () => {
    const t = "Mark Ruiz spoke to reporters in Paris. The talks had gone well, he said, and \"we are ready\" to sign.";
    expect(speakerOf(t, "we are ready")).toBe("Mark Ruiz");
  });
});

describe("speaker: a definite role that reported, with persons named only in what it reported", () => {
  it("'The ministry's spokesman said X had approved the plan. \"...,\" he said' is the spokesman, not X", () => {
    const t = "The ministry's spokesman said Prime Minister Carl Nyberg had approved the plan. \"It will go ahead next year,\" he said.";
    expect(speakerOf(t, "It will go ahead")).toBe("spokesman");
  });

  it("'The opposition leader accused X of lying. \"...,\" he said' is the leader, not X", () => {
    const t = "The opposition leader accused Prime Minister Carl Nyberg of lying to parliament. \"This is a disgrace,\" he said.";
    expect(speakerOf(t, "This is a disgrace")).toBe("opposition leader");
  });

  it("negative: a role that coreference linked to a person speaks as that person", () => {
    const t = "Opposition leader Tom Wade spoke in London. The opposition leader accused Prime Minister Carl Nyberg of lying to parliament. \"This is a disgrace,\" he said.";
    expect(speakerOf(t, "This is a disgrace")).toBe("Tom Wade");
  });

  it("negative: a role of the other gender ('the spokeswoman') leaves 'he' to the person named", () => {
    const t = "The ministry's spokeswoman said Prime Minister Carl Nyberg would travel to Oslo. \"I will sign the treaty there,\" he said.";
    expect(speakerOf(t, "I will sign the treaty")).toBe("Carl Nyberg");
  });

  it("negative: a role in a fronted clause is not the subject ('When the presenter asked him ..., X laughed'): he is X", () => {
    const t = "When the presenter asked him about the weapons, President Carl Nyberg laughed. \"Not all of them,\" he said.";
    expect(speakerOf(t, "Not all of them")).toBe("Carl Nyberg");
  });

  it("negative: a body that reported is no role of a person; a spokesman named after its clause is whom 'he' goes on with", () => {
    const t = "The national church said it had received no letter, spokesman Carl Nyberg wrote on Telegram. \"We are under pressure from all sides,\" he said.";
    expect(speakerOf(t, "We are under pressure")).toBe("Carl Nyberg");
  });

  it("negative: a person named before the cue is the subject ('Tom Wade said X had lied'): he is Wade", () => {
    const t = "Tom Wade told reporters that Prime Minister Carl Nyberg had lied. \"This cannot go on,\" he said.";
    expect(speakerOf(t, "This cannot go on")).toBe("Tom Wade");
  });
});

describe("speaker: 'According to X, ...' cites X; the persons in the cited words are whom X spoke of", () => {
  it("'According to Tom Wade, Prime Minister X had misled voters. \"...,\" he said' is Wade", () => {
    const t = "Tom Wade, the opposition leader, spoke in Leeds on Monday. According to Wade, Prime Minister Carl Nyberg had misled voters. \"This cannot go on,\" he said.";
    expect(speakerOf(t, "This cannot go on")).toBe("Tom Wade");
  });

  it("negative: the cited one of the other gender leaves 'he' to the person named after", () => {
    const t = "According to Laura Quist, Prime Minister Carl Nyberg had approved the plan. \"I will sign it next week,\" he said.";
    expect(speakerOf(t, "I will sign it")).toBe("Carl Nyberg");
  });
});
