import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A short sentence that gives a named person's stance without their words ("X echoed those
// sentiments.", "X disagreed.", "X was less hopeful.") leads the quote paragraph right after it.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: a stance sentence leads the next quote paragraph", () => {
  it("'X echoed those sentiments.' then a quote paragraph is X's, not the last speaker's", () => {
    const q = quotes("Mayor Linda Walsh defended the budget. \"This is a fair plan,\" she said.\n\nCouncillor James Reid echoed those sentiments.\n\n\"Nobody is being left behind. We have done the work.\"").at(-1)!;
    expect(q.speakerName).toContain("James Reid");
    expect(q.rule).toContain("stance-lead");
  });

  it("'X disagreed.' in the paragraph of the last quote: the quote after it switches to X", () => {
    const q = quotes("\"The port must stay open all winter,\" said Harbour Master Ana Lopes. Union leader Tom Fisher disagreed.\n\n\"The crews cannot work in those storms. Nobody asked us.\"").at(-1)!;
    expect(q.speakerName).toBe("Tom Fisher");
  });

  it("vox pop: 'Peter Walsh, a retired builder, was less hopeful.' then his words", () => {
    const q = quotes("Voters queued outside the school. \"I have voted here for 30 years,\" said Maria Gomez, a teacher.\n\nPeter Walsh, a retired builder, was less hopeful.\n\n\"Nothing ever changes here. They promise and promise.\"").at(-1)!;
    expect(q.speakerName).toBe("Peter Walsh");
  });

  it("negative: 'agreed to the plan' is a deed, not a stance: the quote goes on with the last speaker", () => {
    const q = quotes("Mayor Linda Walsh defended the budget. \"This is a fair plan,\" she said. Councillor James Reid agreed to the plan.\n\n\"Nobody is being left behind. We have done the work.\"").at(-1)!;
    expect(q.speakerName).not.toBe("James Reid");
  });

  it("negative: a stance whose subject is no person ('The council agreed.') names no speaker", () => {
    const q = quotes("Mayor Linda Walsh defended the budget. \"This is a fair plan,\" she said. The committee agreed.\n\n\"Nobody is being left behind. We have done the work.\"").at(-1)!;
    expect(q.rule).not.toContain("stance-lead");
  });

  it("negative: a sentence with another main verb before the stance word is no stance ('X said Y agreed')", () => {
    const q = quotes("Mayor Linda Walsh defended the budget. \"This is a fair plan,\" she said. Reporters asked whether James Reid agreed.\n\n\"Nobody is being left behind. We have done the work.\"").at(-1)!;
    expect(q.speakerName).not.toBe("James Reid");
  });
});

describe("speaker: 'the 45-year-old said' is the person named before", () => {
  it("'\"...,\" the 45-year-old said' and 'said the 45-year-old'", () => {
    const a = quotes("Mark Dunn was arrested on Friday after a car chase. \"I did nothing wrong,\" the 45-year-old said.").at(-1)!;
    expect(a.speakerName).toBe("Mark Dunn");
    const b = quotes("Mark Dunn was arrested on Friday after a car chase. \"I did nothing wrong,\" said the 45-year-old.").at(-1)!;
    expect(b.speakerName).toBe("Mark Dunn");
  });

  it("negative: an age before another head ('the 45-year-old man's lawyer') is not the person named", () => {
    const q = quotes("Mark Dunn was arrested on Friday after a car chase. \"He did nothing wrong,\" the 45-year-old man's lawyer said.").at(-1)!;
    expect(q.speakerName).not.toBe("Mark Dunn");
  });

  it("negative: an age with no person before it names no one", () => {
    const q = quotes("Police stopped a car on the motorway on Friday. \"I did nothing wrong,\" the 45-year-old said.").at(-1)!;
    expect(q.speaker).toBeNull();
  });
});

describe("via: a state's possessive before a relay", () => {
  it("'according to South Korea's Yonhap news agency': the agency relays, not the state", () => {
    const q = quotes("The talks will go ahead next week, Foreign Minister Park Jin said, according to South Korea's Yonhap News Agency.").at(-1)!;
    expect(q.via).toContain("Yonhap");
  });

  it("negative: 'told Germany's Chancellor Olaf Scholz' names a hearer, no relay", () => {
    const q = quotes("\"We have to stay together,\" President Joe Biden told Germany's Chancellor Olaf Scholz before the summit.").at(-1)!;
    expect(q.via).toBeNull();
  });
});

describe("speaker: a description the text gave a person earlier ('the Republican said')", () => {
  it("'X, a Republican, ... Y ... \"...,\" the Republican said' is X, though Y is nearer", () => {
    const q = quotes("Senator Tom Emmer, a Republican, criticised the bill on Tuesday. Senator Amy Klobuchar, a Democrat, defended it.\n\n\"This bill is a disaster,\" the Republican said.").at(-1)!;
    expect(q.speakerName).toBe("Tom Emmer");
  });

  it("the description before the name ('Republican Senator Tom Emmer') and a lower-case one (', the billionaire,')", () => {
    const a = quotes("Republican Senator Tom Emmer criticised the bill on Tuesday. Senator Amy Klobuchar defended it.\n\n\"This bill is a disaster,\" the Republican said.").at(-1)!;
    expect(a.speakerName).toBe("Tom Emmer");
    const b = quotes("Mark Dunn, the billionaire, bought the club in May. Anna Lee sold it.\n\n\"It was a fair price,\" the billionaire said.").at(-1)!;
    expect(b.speakerName).toBe("Mark Dunn");
  });

  it("negative: a description no one was given stays with the nearest person", () => {
    const q = quotes("Republican Senator Tom Emmer criticised the bill on Tuesday. Senator Amy Klobuchar defended it.\n\n\"This bill is a lifeline,\" the Democrat said.").at(-1)!;
    expect(q.speakerName).toBe("Amy Klobuchar");
  });

  it("negative: a description given inside someone's quote is no description of the text's ('\"Tom Emmer, a Republican, ...\" she said')", () => {
    const q = quotes("Senator Amy Klobuchar defended the bill. \"Tom Emmer, a Republican, will vote for it too,\" she said. Senator Mark Hill spoke next.\n\n\"This bill is a lifeline,\" the Republican said.").at(-1)!;
    expect(q.speakerName).not.toBe("Tom Emmer");
  });
});
