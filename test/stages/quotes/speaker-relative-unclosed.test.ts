import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakerOf = (text: string, start: string) => extract(text).quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

// Issue 14 (speakers39): a relative clause between the name and its reporting verb is skipped, its closing comma or not
describe("quotes: ', who ...' between a name and the verb", () => {
  it("with the closing comma the named person speaks", () => {
    expect(speakerOf("Mrs Hartley, who sued the Evening Standard over a story last year, said the paper had apologised to her.", "the paper had apologised")).toBe("Hartley");
  });

  it("without the closing comma the named person still speaks, not the paper the clause ends with", () => {
    expect(speakerOf("Mrs Hartley, who sued the Evening Standard over a story last year said the paper had apologised to her.", "the paper had apologised")).toBe("Hartley");
  });

  it("without the closing comma after a title and a full name", () => {
    expect(speakerOf("Senator Maria Ortiz, who has chaired the Senate armed services committee since January said the budget was too small.", "the budget was")).toBe("Maria Ortiz");
  });

  it("negative: a relative clause after an object belongs to no subject ('The court heard Mr Hale, who ...')", () => {
    const sp = speakerOf("Reporters asked about Mr Hale, who met the Chinese ambassador on Monday said the ministry.", "the ministry") ?? "";
    expect(sp).not.toBe("Hale");
  });

  it("negative: 'who said' itself is the relative clause's own verb, the clause is the person's", () => {
    expect(speakerOf("Police arrested Tom Reed, who said he had been protesting peacefully.", "he had been protesting")).not.toBe("Police");
  });
});
