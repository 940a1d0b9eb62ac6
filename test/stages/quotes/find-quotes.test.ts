import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const quotes = (text: string, date?: string) => extract(text, date).quotes;

describe("quotes", () => {
  it("direct quote before its cue, with the relay", () => {
    const [q] = quotes("“Iran is an important partner for us,” Kremlin spokesperson Dmitry Peskov told press, according to a Reuters report.");
    expect(q).toMatchObject({ kind: "direct", speakerName: "Dmitry Peskov", cue: "told", via: "Reuters", text: "Iran is an important partner for us" });
    expect(q.speaker).toMatch(/^person:/);
  });

  it("direct quote after its cue", () => {
    const [q] = quotes("Zelenskiy said: “Europe has enough strength to stop this aggression.”", "2022-02-25");
    expect(q).toMatchObject({ kind: "direct", cue: "said" });
    expect(q.speakerName).toMatch(/Zelensk/);
  });

  it("inverted cue: said X", () => {
    const [q] = quotes("“We will not accept this at all,” said Lavrov.");
    expect(q.speakerName).toMatch(/Lavrov/);
  });

  it("a quote split by its cue gives two quotes with one speaker", () => {
    const qs = quotes("“This is wrong,” Lavrov said, “and everyone knows it very well.”");
    expect(qs).toHaveLength(2);
    expect(qs.every((q) => q.speakerName?.includes("Lavrov"))).toBe(true);
  });

  it("a quote over several paragraphs is one quote", () => {
    const text = "Blinken said: “We have seen Russia try to develop relations.\n“We will do everything we can to stop it.”\nThe talks ended.";
    const qs = quotes(text).filter((q) => q.kind === "direct");
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toContain("We will do everything");
    expect(qs[0].speakerName).toMatch(/Blinken/);
  });

  it("an unattributed quote paragraph continues the last speaker", () => {
    const qs = quotes("“Countries must play by the rules,” Truss said.\n“We have shown with Russia the kind of choices we are prepared to make.”", "2022-04-28");
    expect(qs).toHaveLength(2);
    expect(qs[1].speakerName).toMatch(/Truss/);
  });

  it("partial quote inside reported speech, speaker from a pronoun", () => {
    const qs = quotes("US Secretary of State Antony Blinken spoke at the time. He added that the US will “do everything we can to cut off the support.”", "2024-06-20");
    const p = qs.find((q) => q.kind === "partial")!;
    expect(p.text).toBe("do everything we can to cut off the support.");
    expect(p.speakerName).toMatch(/Blinken/);
  });

  it("indirect speech: X said (that) ..., X claimed that ...", () => {
    const [q] = quotes("National security adviser Jake Sullivan recently claimed that the Biden administration is leaving Russia weaker, even as the Kremlin moves.");
    expect(q).toMatchObject({ kind: "indirect", cue: "claimed", text: "the Biden administration is leaving Russia weaker" });
    expect(q.speakerName).toMatch(/Sullivan/);
    const [r] = quotes("Russian Foreign Minister Sergei Lavrov says the partnership pact should not be a cause of concern.");
    expect(r).toMatchObject({ kind: "indirect", text: "the partnership pact should not be a cause of concern" });
  });

  it("indirect speech: CLAUSE, the outlet reported — the outlet is the speaker", () => {
    const [q] = quotes("Russia and Iran’s leaders are expected to discuss transit corridors, Bloomberg reported.");
    expect(q).toMatchObject({ kind: "indirect", speakerName: "Bloomberg", via: null });
  });

  it("indirect speech: according to X", () => {
    const [q] = quotes("According to Iran’s foreign ministry spokesman Esmaeil Baghaei, the attack was contrary to the principle of good neighbourliness.", "2026-07-08");
    expect(q.kind).toBe("indirect");
    expect(q.speakerName).toMatch(/Baghaei/);
    expect(q.text).toMatch(/^the attack was contrary/);
  });

  it("participle cue: the subject speaks", () => {
    const [q] = quotes("Russian foreign ministry spokesperson Maria Zakharova brushed off the measures, saying: “Neither Putin nor Lavrov have accounts abroad.”", "2022-02-25");
    expect(q.speakerName).toMatch(/Zakharova/);
  });

  it("appositive speaker between commas", () => {
    const [q] = quotes("Germany’s finance minister, Christian Lindner, said on Friday that his government was open to it.", "2022-02-25");
    expect(q).toMatchObject({ kind: "indirect", text: "his government was open to it" });
    expect(q.speakerName).toMatch(/Lindner/);
  });

  it("anonymous speakers keep their description", () => {
    const [q] = quotes("“Swift is still on the table,” the EU official said.");
    expect(q.speakerName).toMatch(/official/);
  });

  it("offsets index the quoted words in the text", () => {
    const text = "“Iran is an important partner for us,” Peskov told press.";
    for (const q of quotes(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
