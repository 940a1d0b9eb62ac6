import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// Issue 14 (speakers49): "the" + a body's capitalised proper name + the cue speaks under that name
// ("the Paris Club said", "the Bank of Italy said"), and a one-word short name of an organisation
// named before it speaks for that organisation ("the Institute for Fiscal Studies ... the Institute added").
const quoteOf = (text: string, start: string) => extract(text).quotes.find((q) => q.text.startsWith(start));

describe("speakers: a body's proper name after 'the'", () => {
  it("'..., the Paris Club said' is the Paris Club", () => {
    const q = quoteOf('Creditor nations met on Tuesday.\n\n"Relief will be granted to the poorest debtors," the Paris Club said.', "Relief will");
    expect(q?.speakerName).toBe("Paris Club");
  });

  it("'..., the Bank of Portugal said' keeps the place inside the name", () => {
    const q = quoteOf('Lenders were told to raise capital.\n\nBanks below the ratio "must correct their position quickly," the Bank of Portugal said.', "must correct");
    expect(q?.speakerName).toBe("Bank of Portugal");
  });

  it("'the Institute for Fiscal Studies ... the Institute added' is that institute", () => {
    const q = quoteOf('The Institute for Fiscal Studies published its report on Monday.\n\n"The deficit is larger than the chancellor admits," the Institute added.', "The deficit");
    expect(q?.speakerName).toBe("Institute for Fiscal Studies");
    expect(q?.speaker).toMatch(/^org:/);
  });
});

describe("speakers: a body's proper name after 'the', negative cases", () => {
  it("negative: a name that is all a country's is the country, not a new body", () => {
    const q = quoteOf('Talks ended on Friday.\n\n"We will not lift the sanctions," the United States said.', "We will not");
    expect(q).toBeDefined();
    expect(q?.rule).not.toMatch(/named-body/);
  });

  it("negative: a short name no organisation named before holds stands alone", () => {
    const q = quoteOf('Oxfam published figures on Monday.\n\n"Poverty is rising in every region," the Institute added.', "Poverty is");
    expect(q?.speakerName).toBe("Institute");
    expect(q?.speaker ?? null).toBeNull();
  });

  it("negative: capitalised words with no cue after them name no speaker", () => {
    const q = quoteOf('"Poverty is rising in every region," the Paris Club report concluded in a long annex.', "Poverty is");
    expect(q).toBeDefined();
    expect(q?.rule).not.toMatch(/named-body/);
  });
});

describe("speakers: a short name closing a reported clause", () => {
  it("'The Institute for Fiscal Studies ... , the Institute said.' is that institute", () => {
    const q = quoteOf("The Institute for Fiscal Studies published its report. The deficit is larger than the chancellor admits, the Institute said.", "The deficit");
    expect(q?.speakerName).toBe("Institute for Fiscal Studies");
  });

  it("negative: 'the Council said' after an institute stays the Council", () => {
    const q = quoteOf("The Institute for Fiscal Studies published its report. The deficit is larger than the chancellor admits, the Council said.", "The deficit");
    expect(q?.speakerName).not.toBe("Institute for Fiscal Studies");
  });
});
