import { describe, expect, it } from "vitest";
import { extract, stateCode } from "../../helpers.js";

// The head of a speaker's noun phrase is its first noun before a post-modifier: an adjective with its
// preposition ("responsible for", "angry about"), a participle phrase ("held in", "being held without",
// "representing", "involved in") and the preposition phrases chained inside them. What the modifier is
// about (a place, a state, a topic) does not speak. The phrase is named whole from its head on, as
// "sources close to the government" is.
const quote = (text: string) => extract(text).quotes.at(-1)!;

describe("speaker: the head before an adjective or participle post-modifier", () => {
  it("'Militants responsible for the bombing often claim that' is the militants, not the bombing", () => {
    const q = quote("Militants responsible for the bombing often claim that the army provoked them.");
    expect(q.speakerName).toBe("Militants responsible for the bombing");
    expect(q.rule).toContain("speaker:post-modified-head");
  });

  it("'The defence team for three activists being held without charge told a judge' is the defence team", () => {
    const q = quote("The defence team for three activists being held without charge told a judge that the arrests were unlawful.");
    expect(q.speakerName).toMatch(/^defence team for three activists/);
  });

  it("a state at the end of the modifier does not speak: 'Negotiators involved in the talks with Iran said'", () => {
    const rec = extract("Negotiators involved in the talks with Iran said a deal was within reach.");
    const q = rec.quotes.at(-1)!;
    expect(q.speakerName).toMatch(/^Negotiators involved/);
    expect(q.speaker).toBeNull();
  });

  it("'A lawyer for two sailors detained in Venezuela told reporters' is the lawyer, not Venezuela", () => {
    const q = quote("A lawyer for two sailors detained in Venezuela told reporters that the charges were invented.");
    expect(q.speakerName).toMatch(/^lawyer for two sailors/);
    expect(q.speaker).toBeNull();
  });

  it("an active participle with its object: 'Attorneys representing the relatives of the miners said'", () => {
    const q = quote("Attorneys representing the relatives of the miners said the inquiry had ignored the evidence.");
    expect(q.speakerName).toMatch(/^Attorneys representing/);
  });

  it("the head's own state stays: 'Russian diplomats familiar with the negotiations said' is RUS", () => {
    const rec = extract("Russian diplomats familiar with the negotiations said the summit would go ahead.");
    const q = rec.quotes.at(-1)!;
    expect(q.speaker).not.toBeNull();
    expect(stateCode(rec, q.speaker!)).toBe("RUS");
  });
});

describe("speaker: negative cases of the post-modified head", () => {
  it("a bare preposition chain keeps its reading: 'The spokesman for the ministry said'", () => {
    const q = quote("The spokesman for the ministry said the talks had failed.");
    expect(q.rule).not.toContain("post-modified-head");
  });

  it("a fronted phrase before a comma is no post-modifier: 'In talks with Iran, officials said'", () => {
    const q = quote("In talks with Iran, officials said a deal was close.");
    expect(q.speakerName).toBe("officials");
    expect(q.rule).not.toContain("post-modified-head");
  });

  it("a named person who speaks stays the speaker: 'Foreign Minister Anna Lind said'", () => {
    const q = quote("Foreign Minister Anna Lind said the embassy would reopen.");
    expect(q.speakerName).toBe("Anna Lind");
    expect(q.rule).not.toContain("post-modified-head");
  });

  it("'by' opens a passive's doer, no post-modifier: 'Officials quoted by the agency said' does not take the chain", () => {
    const q = quote("Officials quoted by the agency said the border was closed.");
    expect(q.rule).not.toContain("post-modified-head");
  });

  it("a name run on after a headline is its own phrase: 'Troops massed along the border with Belarus Jens Stoltenberg, the Nato chief, said'", () => {
    const q = quote("Troops massed along the border with Belarus Jens Stoltenberg, the Nato chief, said the alliance was ready.");
    expect(q.speakerName).toBe("Jens Stoltenberg");
  });

  it("a name before a past verb is a subject, not a head: 'Smith replied on Twitter to reports that he ...' does not make Smith a head", () => {
    const q = extract("Smith replied on Twitter to reports that he had resigned.").quotes.at(-1);
    expect(q?.rule ?? "").not.toContain("post-modified-head");
  });
});
