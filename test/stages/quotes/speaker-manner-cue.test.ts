import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Reporting verbs of manner ("thundered", "snapped", "scoffed", "retorted", "countered", "mused",
// "fumed", "urged", "demanded"; speech.json verbs) close or open a quote as "said" does: the subject
// before or after them speaks. Without quotation marks (or "that" for the indirect ones) they report
// no words: "Police urged calm" and "the army countered the offensive" are no quotes.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: reporting verbs of manner", () => {
  it("'\"...,\" Putin thundered in his speech' and '\"...,\" Scholz scoffed' give their speakers", () => {
    const qs = quotes("Putin met Scholz in Moscow on Monday. \"You cannot do this to our people and expect us to stay silent,\" Putin thundered in his speech. \"We have heard these threats many times before from Moscow,\" Scholz scoffed.");
    expect(qs.map((q) => q.speaker)).toEqual(["person:vladimir-putin", "person:olaf-scholz"]);
    expect(qs.map((q) => q.cue)).toEqual(["thundered", "scoffed"]);
  });

  it("snapped, mused, fumed, retorted and countered after a quote", () => {
    const qs = quotes("\"We will never accept a deal that abandons our allies in the east,\" Macron snapped at reporters. \"Nobody here believes the sanctions will work quickly,\" Biden mused. \"This is a disgrace to the whole parliament,\" Sunak fumed. \"The numbers do not add up for the treasury,\" Starmer retorted.");
    expect(qs.map((q) => q.speakerName?.split(" ").at(-1))).toEqual(["Macron", "Biden", "Sunak", "Starmer"]);
  });

  it("a partial quote after 'urged' or 'demanded' is the subject's ('X urged ministers to \"...\"')", () => {
    const qs = quotes("Chancellor Olaf Scholz urged European leaders to \"hold their nerve in the face of blackmail\" at the summit.");
    expect(qs.at(-1)?.speaker).toBe("person:olaf-scholz");
  });

  it("'X countered that ...' reports X's words", () => {
    const qs = quotes("Kremlin spokesman Dmitry Peskov countered that the sanctions had failed to hurt the Russian economy.");
    expect(qs.at(-1)?.speaker).toBe("person:dmitry-peskov");
    expect(qs.at(-1)?.kind).toBe("indirect");
  });
});

describe("speaker: negatives of the manner verbs", () => {
  it("negative: without quotation marks a manner verb with an object reports no words", () => {
    expect(quotes("Police urged calm after the clashes in the capital.")).toEqual([]);
    expect(quotes("Protesters shouted slogans outside the Russian embassy on Friday.")).toEqual([]);
    expect(quotes("The army countered the offensive with artillery near Kharkiv.")).toEqual([]);
    expect(quotes("Moscow demanded the withdrawal of NATO troops from the Baltic states.")).toEqual([]);
  });

  it("negative: 'snapped' of a thing is no speech ('the cable snapped and the bridge fell')", () => {
    expect(quotes("The cable snapped and the bridge fell into the river near Kherson.")).toEqual([]);
  });
});

describe("speaker: an attribution that closes the sentence reports all of it", () => {
  it("'Oman demanded that Israel \"...\" and \"...\", he added' gives both quotes to the spokesman", () => {
    const qs = quotes("Oman's foreign ministry spokesman Khalid Al Harthy said the strike was unacceptable. Oman demanded that Israel \"halt all operations that threaten civilian shipping\" and \"respect the sovereignty of every state in the region\", he added in a post on X.");
    const mine = qs.filter((q) => /halt all operations|respect the sovereignty/.test(q.text));
    expect(mine.map((q) => q.speakerName)).toEqual(["Khalid Al Harthy", "Khalid Al Harthy"]);
  });

  it("negative: with no attribution after the last quote the verb's subject keeps the quote", () => {
    const qs = quotes("Oman demanded that Israel \"halt all operations that threaten civilian shipping\" before the talks.");
    expect(qs.at(-1)?.speaker).toBe("OMN");
  });
});

