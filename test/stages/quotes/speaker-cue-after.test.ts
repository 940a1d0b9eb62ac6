import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A cue after the quote whose subject is long or institutional: the verbs of emphasis
// ("underlines", "underscored", "points out"), a present-tense verb the tagger reads as a noun
// ("the diplomats note"), a body's acronym ("the MFA emphasizes"), a party word before a role
// before a name ("said Conservative leader Jane Doe"), and a possessive role with "of" in
// apposition to a name ("his former chief of staff, John Smith, said").
const lastQuote = (text: string) => extract(text).quotes.at(-1)!;

describe("cue after the quote: institutional and long subjects", () => {
  it("'..., the Ministry of Foreign Affairs of Ukraine underlines' is the ministry", () => {
    const q = lastQuote('Kyiv condemned the strike on Tuesday.\n\n"The aggressor must answer for every village it burned," the Ministry of Foreign Affairs of Ukraine underlines.');
    expect(q.speakerName).toContain("Ministry of Foreign Affairs");
    expect(q.cue).toBe("underlines");
  });

  it("'..., the Polish foreign ministry underscored' is the ministry", () => {
    const q = lastQuote('Warsaw summoned the envoy.\n\n"Such provocations will not go unanswered," the Polish foreign ministry underscored.');
    expect(q.speakerName).toContain("foreign ministry");
    expect(q.cue).toBe("underscored");
  });

  it("'..., the diplomats note' is the diplomats, though 'note' is read as a noun", () => {
    const q = lastQuote('The envoys met in Vienna on Friday.\n\n"The gap between the two drafts is still wide," the diplomats note.');
    expect(q.speakerName).toBe("diplomats");
    expect(q.cue).toBe("note");
  });

  it("'..., the MFA emphasizes' is the body its acronym names", () => {
    const q = lastQuote('The embassy issued a protest.\n\n"Our citizens abroad will be protected by every lawful means," the MFA emphasizes.');
    expect(q.speakerName).toBe("MFA");
  });

  it("'..., said Conservative leader Jane Doe' is Jane Doe", () => {
    const q = lastQuote('Parliament debated the budget on Monday.\n\n"This budget betrays every working family in the land," said Conservative leader Jane Doe.');
    expect(q.speakerName).toBe("Jane Doe");
  });

  it("'..., his former chief of staff, John Smith, said in a tweet' is John Smith", () => {
    const q = lastQuote('The senator resigned on Monday.\n\n"He never listened to anyone who disagreed with him," his former chief of staff, John Smith, said in a tweet.');
    expect(q.speakerName).toBe("John Smith");
  });

  it("'analysts point out that ...' reports the analysts' words", () => {
    const r = extract("Analysts point out that the new tariffs will hurt exporters more than importers.");
    expect(r.quotes.some((q) => q.speakerName === "Analysts" || q.speakerName === "analysts")).toBe(true);
  });
});

describe("cue after the quote: negative cases", () => {
  it("negative: 'the PM said' is a person's office, not a body's acronym", () => {
    const q = lastQuote('Boris Johnson visited a farm on Monday. He said the deal was close.\n\n"We do not sell a single joint of lamb there," the PM said.');
    expect(q.speakerName).not.toBe("PM");
  });

  it("negative: 'the widow of John Smith said' is not John Smith", () => {
    const q = lastQuote('"We will appeal the ruling to the highest court," the widow of John Smith said.');
    expect(q.speakerName).not.toBe("John Smith");
  });

  it("negative: a speech word inside a noun phrase that a verb follows ('the analysts report shows') is no cue", () => {
    const q = lastQuote('Exports fell in May.\n\n"Demand from China has collapsed this spring," the analysts report shows.');
    expect(q.speakerName ?? null).not.toBe("analysts");
  });

  it("negative: a day name before a role is no party word ('said Friday leader ...')", () => {
    const q = lastQuote('Parliament met.\n\n"This budget betrays every working family in the land," said Friday leader Jane Doe.');
    expect(q.speaker ?? null).toBeNull();
  });
});
