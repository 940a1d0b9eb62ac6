import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "Netanyahu's lawyers requested a delay, saying ...": the participle's subject is the possessed phrase, not
// the person who opens it as its possessor (possessedSubject in find-quotes.ts).
const last = (text: string) => extract(text).quotes.at(-1);

describe("speaker: a participle after a subject that a person possesses", () => {
  it("'Okafor's lawyers asked for a delay, saying ...' is the lawyers, not Okafor", () => {
    const q = last("The fraud trial opened in Lagos. Emeka Okafor's lawyers asked for a delay, saying they needed time to read the files.");
    expect(q?.speakerName).not.toBe("Emeka Okafor");
    expect(q?.speakerName).toMatch(/lawyers/);
  });

  it("'Merkel's advisers rejected the plan, saying ...' is the advisers", () => {
    const q = last("The summit ended without a deal. Angela Merkel's advisers rejected the plan, saying it would cost too much.");
    expect(q?.speakerName).toMatch(/advisers/);
  });

  it("a person named after the possessed noun speaks: 'Erdogan's spokesman Ibrahim Kalin ..., saying ...'", () => {
    const q = last("Ankara answered within hours. Erdogan's spokesman Ibrahim Kalin dismissed the report, saying it was baseless.");
    expect(q?.speakerName).toMatch(/Kal[iı]n/);
  });
});

describe("speaker: the person who is the subject — negative cases", () => {
  it("'Angela Merkel rejected the plan on Monday, saying ...' is Merkel herself", () => {
    const q = last("The summit ended without a deal. Angela Merkel rejected the plan on Monday, saying it would cost too much.");
    expect(q?.speakerName).toBe("Angela Merkel");
  });

  it("a document the person wrote speaks for them: 'Putin's letter reached Kyiv, saying ...'", () => {
    const q = last("The talks stalled again. Vladimir Putin's letter reached Kyiv on Monday, saying the offer still stood.");
    expect(q?.speakerName).toBe("Vladimir Putin");
  });

  it("a possessed noun that names no people is no speaker: 'Tusk's rise owes much to ..., claiming ...' stays Tusk", () => {
    const q = last("The vote is on Sunday. Donald Tusk's rise owes much to his feud with the ruling party, launching his bid with a speech and claiming that the government had failed the country.");
    expect(q?.speakerName ?? "Donald Tusk").not.toMatch(/rise/);
  });
});
