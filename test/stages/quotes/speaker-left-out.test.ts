import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// "Blair said the plan was fair. But told BBC News: '...'": a sentence opening with a coordinator
// right before its reporting verb leaves the subject out; it is the sentence before's. The one
// after "told" hears, never speaks (speech.json subjectGapOpeners, hearerCues).
const quote = (text: string, words: string) => extract(text).quotes.find((x) => x.text.includes(words));

describe("speaker: a subject left out after 'But'/'And'", () => {
  it("'X said ... But told Sky News: \"...\"': X, not the outlet", () => {
    const t = "Anna Berg said the budget was fair. But told Sky News: “We will have to cut spending next year.”";
    const q = quote(t, "cut spending")!;
    expect(q.speakerName).toBe("Anna Berg");
    expect(q.rule).toMatch(/speaker:left-out-subject$/);
  });

  it("adverbs between and a paragraph break: 'And later told reporters:'", () => {
    const t = "Tom Reed defended the new tax on Monday.\n\nAnd later told reporters: “Nobody likes paying more.”";
    expect(quote(t, "paying more")!.speakerName).toBe("Tom Reed");
  });

  it("negative: a subject of its own after 'But' speaks ('But Y told Sky News')", () => {
    const t = "Anna Berg said the budget was fair. But Tom Reed told Sky News: “The budget is a disgrace.”";
    expect(quote(t, "disgrace")!.speakerName).toBe("Tom Reed");
  });

  it("negative: the hearer after 'told' never speaks, even with no one before", () => {
    const t = "Told Sky News: “We will have to cut spending next year.”";
    expect(quote(t, "cut spending")?.speakerName).not.toBe("Sky News");
  });

  it("negative: 'said X:' still puts the speaker after the verb", () => {
    const t = "The vote was close. Said Anna Berg: “We will win the next one.”";
    expect(quote(t, "next one")!.speakerName).toBe("Anna Berg");
  });
});
