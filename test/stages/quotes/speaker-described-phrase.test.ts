import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

// A quote credited to a person the report does not name, by what they are: a determiner, modifiers (a
// state's or a body's name among them) and a head noun of one unnamed person, maybe with a phrase after the
// head that says where they are ("on the committee", "in Lagos"); the whole phrase is the speaker
// (described-speaker.ts).
const quotes = (text: string) => extract(text).quotes;
const last = (text: string) => quotes(text).at(-1)!;

describe("speaker: a described unnamed person after the quote", () => {
  it("a state's name among the modifiers: '\"...,\" the senior U.S. administration official said' is the US", () => {
    const rec = extract("The talks ended on Friday. “This sends a clear signal to our partners,” the senior U.S. administration official said.");
    const q = rec.quotes.at(-1)!;
    expect(q.speakerName).toBe("senior U.S. administration official");
    expect(stateCode(rec, q.speaker!)).toBe("USA");
  });

  it("a body's capitalised name before the head: '\"...,\" a Treasury Department spokeswoman said'", () => {
    const q = last("Bond yields rose again. \"We have no plans to change the auction calendar,\" a Treasury Department spokeswoman said.");
    expect(q.speakerName).toBe("Treasury Department spokeswoman");
    expect(q.cue).toBe("said");
  });

  it("a phrase after the head belongs to it: '\"...,\" one negotiator on the panel told reporters'", () => {
    const q = last("The panel met for six hours. \"Nobody wants to leave without a text,\" one negotiator on the panel told reporters.");
    expect(q.speakerName).toBe("negotiator on the panel");
    expect(q.rule).toContain("speaker:described-phrase");
  });

  it("a comma clause about the speaker before the cue: '\"...,\" a medic from the clinic, who asked not to be named, said'", () => {
    const q = last("Shelling resumed overnight. \"We ran out of bandages by noon,\" a medic from the clinic, who asked not to be named, said.");
    expect(q.speakerName).toBe("medic from the clinic");
  });

  it("after an inverted cue, the phrase that ends the sentence: '\"...,\" said a European banker in Nairobi.'", () => {
    const q = last("The shilling fell for a third day. \"If this goes on, imports will dry up quickly,\" said a European banker in Nairobi.");
    expect(q.speakerName).toBe("European banker in Nairobi");
    expect(q.cue).toBe("said");
  });
});

describe("speaker: a described phrase — negative cases", () => {
  it("a document is no person: '\"...,\" an official statement from the palace said' is no described phrase", () => {
    const qs = quotes("The king left the capital. \"The visit will go ahead as planned,\" an official statement from the palace said.");
    expect(qs.some((q) => q.rule.includes("speaker:described-phrase"))).toBe(false);
  });

  it("after an inverted cue, a phrase the sentence goes on past is not taken: 'said a diplomat in Lagos before the talks collapsed'", () => {
    const qs = quotes("The talks stalled. \"There is no room left,\" said a diplomat in Lagos before the talks collapsed on Monday.");
    expect(qs.some((q) => q.rule.includes("speaker:described-phrase"))).toBe(false);
  });

  it("a gerund after the phrase is no cue: 'a worker at the plant saying nothing more' credits no one", () => {
    const qs = quotes("Strikes spread on Monday. \"We will not go back,\" a banner over the gate read, a worker at the plant saying nothing more.");
    expect(qs.some((q) => q.rule.includes("speaker:described-phrase"))).toBe(false);
  });

  it("a named person keeps the quote: '\"...,\" a veteran trader, Omar Haddad, said' is Omar Haddad", () => {
    const q = last("Oil rose on Tuesday. \"The market is too thin,\" a veteran trader, Omar Haddad, said.");
    expect(q.speakerName).toBe("Omar Haddad");
  });
});
