import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// A block quote credited on the next line with no verb: "— Sen. Ana Ruiz, D-Ore." or an embedded post's
// "Ana Ruiz (@aruiz) March 3, 2019" (credit-line.ts).
const quotes = (text: string) => extract(text).quotes;
const quoteOf = (text: string, words: string) => quotes(text).find((q) => q.text.includes(words));

describe("speaker: a credit line after a block quote", () => {
  it("'— Sen. Ana Ruiz, D-Ore.' on its own line credits the quote above it", () => {
    const q = quoteOf("The Senate passed the bill on Tuesday.\n\n\"Today we kept faith with every worker who was told to wait.\"\n\n— Sen. Ana Ruiz, D-Ore.\n\nThe House votes next week.", "kept faith");
    expect(q?.speakerName).toBe("Ana Ruiz");
    expect(q?.kind).toBe("direct");
  });

  it("'— Tomas Lind, Daily Ledger': the outlet after the comma is only where the words appeared", () => {
    const q = quoteOf("Reaction came quickly.\n\n“The ruling leaves the port workers with nothing at all.”\n\n— Tomas Lind, Daily Ledger\n\nThe union will appeal.", "port workers");
    expect(q?.speakerName).toBe("Tomas Lind");
  });

  it("an embedded post's credit: 'Mara Holt (@maraholt) March 3, 2019'", () => {
    const q = quoteOf("The minister hit back online.\n\n“We will not be lectured by people who never built a single road.”\n\nMara Holt (@maraholt) March 3, 2019\n\nThe row went on for days.", "lectured");
    expect(q?.speakerName).toBe("Mara Holt");
  });
});

describe("speaker: lines after a quote that credit no one — negative cases", () => {
  it("an outlet after the dash ('— Reuters') names no speaker", () => {
    const q = quoteOf("Reaction came quickly.\n\n“The ruling leaves the port workers with nothing at all.”\n\n— Reuters\n\nThe union will appeal.", "port workers");
    expect(q?.speakerName ?? null).toBeNull();
  });

  it("a sentence after the dash is no credit line: '— Ana Ruiz said later that ...'", () => {
    const q = quoteOf("The vote was close.\n\n“We will keep fighting for every family in this state.”\n\n— Ana Ruiz said later that the fight would go on.", "every family");
    expect(q?.rule).not.toMatch(/credit-line/);
  });

  it("a quote with its own attribution keeps it over a byline line after it", () => {
    const q = quoteOf("Talks resumed.\n\n“Nothing is agreed until everything is agreed,” Lars Olsen told reporters.\n\n— Karin Dahl\n\nThe next round is in May.", "Nothing is agreed");
    expect(q?.speakerName).toBe("Lars Olsen");
  });

  it("a name in a paragraph that is not next to the quote credits nothing", () => {
    const q = quoteOf("Reaction came quickly.\n\n“The ruling leaves the port workers with nothing at all.”\n\nThe union will appeal on Monday.\n\n— Tomas Lind", "port workers");
    expect(q?.speakerName ?? null).toBeNull();
  });
});
