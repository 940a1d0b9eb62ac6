import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

// An unnamed source named by a calling and the place they work at ("a dealer at one bank said", "an
// economist with ING said"; speech.json workplaceHeads) is the worker, never the workplace: the worker's
// state only from their own words or a state word of the workplace ("a trader at a German bank" DEU), as
// "a British official said" has GBR. Offices ("the ambassador at the UN") and people of no calling ("a
// woman at the market") are read as before.
const quotes = (text: string) => extract(text).quotes;

describe("speaker: a worker at a workplace", () => {
  it("before the cue: 'A broker at one bank said' is the broker, not the bank", () => {
    const q = quotes("Oil prices climbed on Tuesday. A broker at one bank said supplies from the Gulf were running short.").at(-1);
    expect(q?.speakerName).toBe("broker");
    expect(q?.speaker).toBeNull();
  });

  it("a state word of the workplace gives the worker's state ('a trader at a German bank' DEU)", () => {
    const q = quotes("The euro rose. A trader at a German bank said the central bank would not intervene.").at(-1);
    expect(q?.speakerName).toBe("trader");
    expect(q?.speaker).toBe("DEU");
  });

  it("'with' and a plural: 'Economists with the bank said' are the economists", () => {
    const q = quotes("Inflation slowed in March. Economists with the bank said prices would keep falling.").at(-1);
    expect(q?.speakerName).toBe("Economists");
  });

  it("after a quote: '\"...,\" a trader at one brokerage said' and '\"...,\" said a banker at a French lender.'", () => {
    const qs = quotes("Stocks fell sharply in Asia. \"Everyone is selling before the holiday,\" a trader at one brokerage said. \"Nobody wants to hold risk this week,\" said a banker at a French lender.");
    expect(qs.map((q) => q.speakerName)).toEqual(["trader", "banker"]);
    expect(qs.map((q) => q.speaker)).toEqual([null, "FRA"]);
  });

  it("a modifier of the calling stays in its name ('a currency dealer at a Japanese bank told Reuters')", () => {
    const q = quotes("The yen slid. \"The market expects more easing,\" a currency dealer at a Japanese bank told Reuters.").at(-1);
    expect(q?.speakerName).toBe("currency dealer");
    expect(q?.speaker).toBe("JPN");
  });
});

describe("speaker: negatives of the worker at a workplace", () => {
  it("negative: an office at a body is read as before ('The ambassador at the UN said' is the UN's post)", () => {
    const q = quotes("The ambassador at the UN said the resolution would fail.").at(-1);
    expect(q?.speakerName).not.toBe("ambassador");
  });

  it("negative: a person of no calling ('A woman at the market said') is no worker", () => {
    const q = quotes("A bomb exploded in the city centre. A woman at the market said the blast shook the whole street.").at(-1);
    expect(q?.speakerName).not.toBe("woman");
  });

  it("negative: a named person whose appositive names a calling at a workplace speaks as the person", () => {
    const q = quotes("Doug Feith, a fellow at the Hudson Institute, said the deal was weak.").at(-1);
    expect(q?.speaker).toBe("person:doug-feith");
  });

  it("negative: an inverted cue whose worker phrase goes on into a clause gives no worker ('said a trader at the bank who ...')", () => {
    const q = quotes("\"It is calm,\" said a trader at the bank who asked not to be named.").at(-1);
    expect(q?.speakerName).not.toBe("trader");
  });
});
