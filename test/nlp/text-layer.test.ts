import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/nlp/text-layer.js";
import { testWink } from "../helpers.js";

const doc = (text: string) => buildDoc(testWink(), { id: "t", text });

describe("text layer", () => {
  it("keeps every token's offsets into the original text", () => {
    const text = "“Iran is a partner,” Kremlin spokesperson Dmitry Peskov told press.\nThe U.S. and Mr. Putin’s aides met.";
    const d = doc(text);
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(d.tokens.some((t) => t.text === "U.S.")).toBe(true);
  });

  it("keeps words with letters outside ASCII whole", () => {
    const d = doc("Recep Tayyip Erdoğan met Edgars Rinkēvičs and Sauli Niinistö.");
    const words = d.tokens.map((t) => t.text);
    expect(words).toContain("Erdoğan");
    expect(words).toContain("Rinkēvičs");
    expect(words).toContain("Niinistö");
  });

  it("does not end a sentence at a title abbreviation", () => {
    const d = doc("President-elect Trump’s envoy, Ret. Lt. Gen. Keith Kellogg has urged the US to act. He left.");
    expect(d.sentences).toHaveLength(2);
    expect(d.tokens.find((t) => t.text === "Ret.")?.pos).toBe("PROPN");
  });

  it("does not end a sentence between the letters of an initialism ('D-N.Y.', 'D-N.J.')", () => {
    const d = doc("Rep. Lena Ortiz, D-N.Y., voted against the bill. Sen. Carl Dunn, D-N.J., backed it.");
    expect(d.sentences).toHaveLength(2);
    expect(d.text.slice(d.sentences[1].start, d.sentences[1].end)).toMatch(/^Sen\. Carl Dunn/);
  });

  it("the sentence with the initialism still ends at its own period ('D-N.Y., voted no. The Senate ...')", () => {
    const d = doc("Rep. Lena Ortiz, D-N.Y., voted no. The Senate met in the U.S. capital on Friday. It adjourned.");
    expect(d.sentences).toHaveLength(3);
  });

  it("starts a sentence at every line break and marks ALL-CAPS lines as headlines", () => {
    const d = doc("Kellogg is urging the US.\nBLINKEN CONFIRMS IRAN SUPPLYING RUSSIA WITH MISSILES\nDespite the fears, Lavrov says so.");
    expect(d.sentences.map((s) => s.headline)).toEqual([false, true, false]);
    expect(d.text.slice(d.sentences[1].start, d.sentences[1].end)).toBe("BLINKEN CONFIRMS IRAN SUPPLYING RUSSIA WITH MISSILES");
  });

  it("joins the lines of a hard-wrapped newswire text back into paragraphs", () => {
    const text = "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough humidity levels have not been restored.\n    The dry period means the temporao will be late.";
    const d = doc(text);
    expect(d.sentences).toHaveLength(2);
    expect(d.sentences[0].paragraph).not.toBe(d.sentences[1].paragraph);
  });

  it("finds a dateline and starts the body after it", () => {
    const d = doc("MOSCOW (Reuters) - Russia said on Friday it would talk.");
    expect(d.dateline?.place).toBe("MOSCOW");
    expect(d.dateline?.agency).toBe("Reuters");
    expect(d.text.slice(d.bodyStart)).toBe("Russia said on Friday it would talk.");
  });
});
