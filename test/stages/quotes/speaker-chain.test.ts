import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Speakers along a chain of quotes: who says a quote whose attribution is a description, a pronoun
// or a document, after others have been named.
const quotes = (text: string) => extract(text).quotes;
const speakerOf = (text: string, words: string) => {
  const q = quotes(text).find((x) => x.text.includes(words));
  return q ? q.speakerName : undefined;
};

describe("speaker: a description that a name closes, after the quote", () => {
  it("'former independent MP Jane Doe insisted': the name speaks", () => {
    const [q] = quotes("“We will not give up this fight,” former independent MP Jane Doe insisted.");
    expect(q.speakerName).toBe("Jane Doe");
    expect(q.rule).toMatch(/speaker:described-name$/);
  });

  it("'veteran campaigner ...', 'the group's founder ...', with or without commas", () => {
    expect(speakerOf("“We will keep building homes,” veteran campaigner Mark Ellis said.", "homes")).toBe("Mark Ellis");
    expect(speakerOf("“We will keep building homes,” the party's leader, Mark Ellis, said.", "homes")).toBe("Mark Ellis");
    expect(speakerOf("“We will keep building homes,” the charity's founder Mark Ellis told reporters.", "homes")).toBe("Mark Ellis");
  });

  it("a person named as a possessor on the way does not speak: his spokesman does", () => {
    expect(speakerOf("“We will not comment on rumours,” Russian President Vladimir Putin's spokesman Dmitry Peskov said.", "rumours")).toBe("Dmitry Peskov");
  });

  it("negative: a preposition before the name ('the lawyer for X', 'the wife of X') keeps the name from speaking", () => {
    expect(speakerOf("“We will appeal the ruling,” the wife of Mark Ellis told reporters.", "appeal")).not.toBe("Mark Ellis");
    expect(speakerOf("“We will appeal the ruling,” the ministry said on Monday after meeting Mark Ellis.", "appeal")).toBe("ministry");
  });

  it("negative: a quote inside a sentence that another clause opens is no object of the verb after it", () => {
    const t = "Commenting on a speech by the official Anna Berg, who said the war “was the only option to stop the fighting”, the Telegram user Tom Reed wrote to his followers that it was absurd.";
    expect(speakerOf(t, "only option")).not.toBe("Tom Reed");
  });
});

describe("speaker: 'it said' after an institution's report", () => {
  it("'In a statement, the finance ministry said ... \"...,\" it said': the ministry", () => {
    const t = "Prime Minister Anna Berg met union leaders on Monday. In a statement, the finance ministry said the budget would be balanced.\n\n“We will not raise taxes this year,” it said.";
    expect(speakerOf(t, "raise taxes")).toBe("ministry");
  });

  it("negative: after a person's report, 'it said' is no one's", () => {
    const t = "In a statement, the finance minister Anna Berg said the budget would be balanced.\n\n“We will not raise taxes this year,” it said.";
    expect(speakerOf(t, "raise taxes")).not.toBe("Anna Berg");
  });
});

describe("speaker: a document introduced once speaks for its author", () => {
  it("'In a statement, the foreign ministry said ... \"...,\" the statement added': the ministry", () => {
    const t = "In a statement, the foreign ministry said the talks had failed.\n\n“The other side refused every proposal we made,” the statement added.\n\n“We remain ready to return to the table,” it said.";
    const qs = quotes(t);
    const a = qs.find((q) => q.text.includes("refused"))!;
    expect(a.speakerName).toBe("foreign ministry");
    expect(a.rule).toMatch(/speaker:document-author$/);
    expect(qs.find((q) => q.text.includes("remain ready"))!.speakerName).toBe("foreign ministry");
  });

  it("'X released a letter ... \"...,\" the letter said': who issued it; 'X wrote a letter': the writer", () => {
    expect(speakerOf("The foreign ministry released a letter on Tuesday. “The other side refused every proposal,” the letter said.", "refused")).toBe("foreign ministry");
    expect(speakerOf("Anna Berg wrote a letter to the council. “The other side refused every proposal,” the letter said.", "refused")).toBe("Anna Berg");
  });

  it("a quote paragraph after an institution's report in a statement goes on with it", () => {
    const t = "In a statement, the foreign ministry said the talks had failed.\n\n“The other side refused every proposal we made in good faith.”";
    const q = quotes(t).find((x) => x.text.includes("refused"))!;
    expect(q.speakerName).toBe("foreign ministry");
    expect(q.rule).toMatch(/continued-report/);
  });

  it("negative: 'a statement said' (a new one) and 'the statement' that nothing introduced stay the document", () => {
    expect(speakerOf("The talks failed on Monday. “The other side refused every proposal,” a statement said.", "refused")).toBe("statement");
    expect(speakerOf("The talks failed on Monday. “The other side refused every proposal,” the statement said.", "refused")).toBe("statement");
  });

  it("negative: an institution's report with no document does not carry on to a quote paragraph", () => {
    const t = "The foreign ministry said the talks had failed.\n\n“The other side refused every proposal we made in good faith.”";
    expect(quotes(t).find((x) => x.text.includes("refused"))!.speakerName).toBeNull();
  });
});

describe("speaker: a saying told to the speaker, or cited, does not take over the chain", () => {
  it("'X once told him: \"...\"' then '\"...,\" he said' a paragraph on: the hearer named before", () => {
    const t = "Michael Howard spoke about his childhood in Wales.\n\nRobert Evans once told him: “Never trust a politician who promises everything.”\n\n“I have never forgotten those words, and I never will,” he said.";
    const qs = quotes(t);
    expect(qs.find((q) => q.text.includes("Never trust"))!.speakerName).toBe("Robert Evans");
    const q = qs.find((x) => x.text.includes("never forgotten"))!;
    expect(q.speakerName).toBe("Michael Howard");
    expect(q.rule).toMatch(/speaker:pronoun-past-hearer$/);
  });

  it("'As Churchill put it: \"...\"' is Churchill's, and the speech goes on with its speaker", () => {
    const t = "Michael Howard spoke about the election. “We are not where we should be, and everybody knows it,” he said. As Winston Churchill put it: “Never give in, never give in, never, never.”\n\n“That is what I believe,” he added.";
    const qs = quotes(t);
    expect(qs.find((q) => q.text.includes("Never give in"))!.speakerName).toBe("Winston Churchill");
    expect(qs.find((q) => q.text.includes("what I believe"))!.speakerName).toBe("Michael Howard");
  });

  it("negative: 'he added' in the same paragraph goes on with the teller's own words", () => {
    const t = "Michael Howard spoke about his childhood in Wales. Robert Evans once told him: “Never trust a politician who promises everything.” “And never lend one money,” he added.";
    expect(speakerOf(t, "lend one money")).toBe("Robert Evans");
  });

  it("negative: a telling inside another's report ('Macron said Putin told him ...') leaves the reporter", () => {
    const t = "Emmanuel Macron met reporters in Paris. Macron said Vladimir Putin told him the war would go on. “We are far from peace,” he said.";
    expect(speakerOf(t, "far from peace")).toBe("Emmanuel Macron");
  });

  it("negative: a telling that introduces no quotation ('phoned her to tell her of the rescue') is no teller's", () => {
    const t = "Mary Lane sat at the bedside of her nephew Zorbek Tann.\n\nWhen a friend phoned Mary from the coast to tell her of the rescue she fell to the floor and wept.\n\nShe said rescuers from the UK had also tried to reach him.";
    expect(speakerOf(t, "rescuers")).toBe("Mary Lane");
  });

  it("negative: 'she said' after a woman told him: the woman (the pronoun's gender decides)", () => {
    const t = "Michael Howard spoke about his childhood.\n\nMary Evans once told him: “Never trust a politician who promises everything.”\n\n“He never forgot those words,” she said.";
    expect(speakerOf(t, "never forgot")).toBe("Mary Evans");
  });
});

describe("speaker: a person the quote names is not who 'he' is", () => {
  it("'\"Mr Blair has failed ...,\" he claimed' after Blair was named: the speaker before him", () => {
    const t = "Michael Howard attacked the government on Friday. Tony Blair was not at the event.\n\n“Mr Blair has failed to tackle these problems,” he claimed.";
    const q = quotes(t)[0];
    expect(q.speakerName).toBe("Michael Howard");
    expect(q.rule).toMatch(/speaker:pronoun-past-quoted$/);
  });

  it("negative: a quote that names no one keeps the nearest person", () => {
    const t = "Michael Howard attacked the government on Friday. Tony Blair answered him in Brussels.\n\n“These claims are simply untrue,” he said.";
    expect(quotes(t)[0].speakerName).toBe("Tony Blair");
  });
});

describe("speaker: a message introduced once owns the quote paragraphs after it", () => {
  it("'In his New Year message, Conservative leader X said ...' then quote paragraphs: X", () => {
    const t = "In his New Year message, Conservative leader Michael Howard said the country needed change.\n\n“We will cut taxes and we will control immigration.”\n\n“Mr Blair has failed to tackle these problems.”";
    const qs = quotes(t);
    const a = qs.find((q) => q.text.includes("cut taxes"))!;
    expect(a.speakerName).toBe("Michael Howard");
    expect(a.rule).toMatch(/continued-report/);
    expect(qs.find((q) => q.text.includes("Mr Blair"))!.speakerName).toBe("Michael Howard");
  });

  it("negative: a report that closes a clause of its own ('Exports grew, Labour MP X said') does not carry on", () => {
    const t = "Exports grew last year, Labour MP John Smith said on Monday.\n\n“We will cut taxes and we will control immigration.”";
    expect(quotes(t).find((q) => q.text.includes("cut taxes"))!.speakerName).toBeNull();
  });
});
