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
