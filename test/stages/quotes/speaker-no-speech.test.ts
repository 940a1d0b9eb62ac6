import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// What is no speech: "claim" with an object of lives, victims or responsibility reports no words
// (speech.json nonSpeechObjects); and '"...," the statement read' is the document's, its owner's
// where one is named ("her statement reads", a body that issued the statement just before), never
// a person named earlier in the story.
const rec = (text: string) => extract(text);
const lastQuote = (text: string) => rec(text).quotes.at(-1);

describe("no speech: 'claim' with a non-speech object", () => {
  it("'the fighting has claimed the lives of ...' is no quote", () => {
    const r = rec("The fighting has claimed the lives of more than 300 civilians since March, which shocked the region.");
    expect(r.quotes.filter((q) => q.cue === "claimed")).toEqual([]);
  });

  it("'no group has claimed responsibility for the blast, which killed ...' is no quote", () => {
    const r = rec("No group has claimed responsibility for the blast, which killed nine people at a market in the capital.");
    expect(r.quotes.filter((q) => q.cue === "claimed")).toEqual([]);
  });

  it("'the floods have claimed at least 40 lives, officials said' is the officials'", () => {
    const q = lastQuote("The floods have claimed at least 40 lives across the north, officials said.");
    expect(q?.speakerName).toBe("officials");
  });

  it("negative: 'the opposition claimed that the vote had been rigged' is a claim of words", () => {
    const q = lastQuote("The opposition claimed that the vote had been rigged in several provinces.");
    expect(q?.cue).toBe("claimed");
  });

  it("negative: 'rebels claimed the town had fallen' is a claim of words", () => {
    const q = lastQuote("Rebels claimed the town had fallen to their fighters on Sunday.");
    expect(q?.cue).toBe("claimed");
  });
});

describe("no person: the statement read", () => {
  it("'the statement read' after a body issued it is the body's", () => {
    const q = lastQuote('Jane Doe met the envoy in the morning. The White House issued a statement on Tuesday.\n\n"The United States stands with its allies in the region," the statement read.');
    expect(q?.speakerName).toBe("White House");
    expect(q?.cue).toBe("read");
  });

  it("'the translated statement read' with no owner named is the statement's, not a person's", () => {
    const q = lastQuote('Jane Doe spoke to reporters on Monday.\n\n"We will fight on until the last village is free," the translated statement read.');
    expect(q?.speaker ?? null).toBeNull();
    expect(q?.speakerName).toContain("statement");
  });

  it("'her statement reads' is the woman named before", () => {
    const q = lastQuote('Jane Doe, the opposition leader, spoke at a rally on Sunday.\n\n"We will not be silenced by threats," her statement reads.');
    expect(q?.speakerName).toBe("Jane Doe");
  });

  it("negative: 'read' after no document is no cue", () => {
    const q = lastQuote('Jane Doe spoke at a rally on Sunday.\n\n"We will not be silenced by threats," the crowd read aloud.');
    expect(q?.cue ?? null).not.toBe("read");
  });
});
