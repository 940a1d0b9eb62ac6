import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "X issued a statement saying ...": the one who issued the document speaks, not the document noun, the
// object of the verb of issuing (issued-document.ts, speech.json issuingVerbs).
const quotes = (text: string) => extract(text).quotes;

describe("speaker: the subject of a verb of issuing a document", () => {
  it("'Governor Alma Ortiz issued a statement saying ...' is Alma Ortiz", () => {
    const q = quotes("Floods hit the valley on Sunday. Governor Alma Ortiz issued a statement saying the dams would hold.").at(-1)!;
    expect(q.speakerName).toBe("Alma Ortiz");
    expect(q.cue).toBe("saying");
  });

  it("modifiers before the noun: 'the miners' union released a strongly worded statement saying ...'", () => {
    const q = quotes("Talks broke down again. The National Union of Mineworkers released a strongly worded statement saying the offer was an insult.").at(-1)!;
    expect(q.speakerName).not.toMatch(/statement/);
    expect(q.speakerName).toMatch(/Mineworkers/);
  });

  it("'put out a letter saying ...': the phrasal verb issues too", () => {
    const q = quotes("The vote was delayed. Senator Paul Greer put out a letter saying the bill was rushed.").at(-1)!;
    expect(q.speakerName).toBe("Paul Greer");
  });
});

describe("speaker: a document that no one issued in the sentence — negative cases", () => {
  it("'A statement from the ministry said ...' keeps the ministry", () => {
    const q = quotes("Protests spread on Monday. A statement from the ministry said the border would stay shut.").at(-1)!;
    expect(q.speakerName).toBe("ministry");
  });

  it("a verb that is no issuing: 'Reporters saw a statement saying ...' does not make the reporters speak", () => {
    const q = quotes("Protests spread on Monday. Reporters saw a statement saying the border would stay shut.").at(-1);
    expect(q?.speakerName ?? "").not.toBe("Reporters");
  });
});

// "The party itself, however, issued a statement saying ...": a sentence adverb between commas, a party-and-state
// label or a stressing reflexive after the subject is not the subject (interjected-subject.ts).
describe("speaker: words set between the subject and its verb", () => {
  it("'The union itself, however, issued a statement saying ...' is the union, not the statement", () => {
    const q = quotes("Strikes spread to the ports. The dockers' union itself, however, issued a statement saying the walkout was unofficial.").at(-1)!;
    expect(q.speakerName).not.toMatch(/statement/);
    expect(q.speakerName).toMatch(/union/);
  });

  it("'Rep. Lena Ortiz, D-N.Y., released a statement saying ...' is Lena Ortiz", () => {
    const q = quotes("The House passed the measure. Rep. Lena Ortiz, D-N.Y., released a statement saying the vote was a disgrace.").at(-1)!;
    expect(q.speakerName).toBe("Lena Ortiz");
  });

  it("'Sen. Carl Dunn, R-Texas, said ...' and 'Ankara, meanwhile, said ...' find the subject", () => {
    expect(quotes("The deal was signed. Sen. Carl Dunn, R-Texas, said the terms were weak.").at(-1)?.speakerName).toBe("Carl Dunn");
    expect(quotes("The deal was signed. Ankara, meanwhile, said the terms were weak.").at(-1)?.speakerName).toBe("Ankara");
  });

  it("'the ministry itself issued a statement saying ...' is the ministry", () => {
    const q = quotes("The border stayed shut. The interior ministry itself issued a statement saying the crossing would reopen soon.").at(-1)!;
    expect(q.speakerName).toMatch(/ministry/);
  });
});

describe("speaker: interjections that are not after the subject — negative cases", () => {
  it("'In Geneva, however, officials said ...' keeps the officials, not Geneva", () => {
    const q = quotes("Talks stalled in Vienna. In Geneva, however, officials said the talks had gone well.").at(-1)!;
    expect(q.speakerName).toBe("officials");
  });

  it("a clause between commas is no interjection: 'The minister, who had resigned, ...' is not passed over to a wrong head", () => {
    const q = quotes("The cabinet met on Friday. Kurt Vogel, the minister who had resigned in May, said the plan would fail.").at(-1)!;
    expect(q.speakerName).toBe("Kurt Vogel");
  });

  it("'..., however, saying ...': a participle keeps the sentence's subject", () => {
    const q = quotes("Premier Alma Ortiz rejected the offer on Monday, however, saying it came too late.").at(-1);
    expect(q?.speakerName ?? "Alma Ortiz").toBe("Alma Ortiz");
  });
});
