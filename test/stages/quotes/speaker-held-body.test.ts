import { describe, expect, it } from "vitest";
import { extract } from "../../helpers.js";

const speakerOf = (text: string, start: string) => extract(text, "2022-06-01").quotes.find((q) => q.text.startsWith(start))?.speakerName ?? null;

// Issue 14 (speakers39): a role phrase with its office's body names the person the text gave that very office
describe("quotes: '\"...,\" the new head of the Danish navy said' after the person named with that office", () => {
  it("the office given in apposition, then repeated before the cue: the person speaks", () => {
    const text = "Admiral Lars Holm, the new head of the Danish navy, visited the base on Monday. \"We need more ships before winter,\" the new head of the Danish navy said.";
    expect(speakerOf(text, "We need more ships")).toBe("Lars Holm");
  });

  it("negative: the head of another body is not that person", () => {
    const text = "Admiral Lars Holm, the new head of the Danish navy, visited the base on Monday. \"We need more ships before winter,\" the head of the Swedish navy said.";
    expect(speakerOf(text, "We need more ships")).not.toBe("Lars Holm");
  });

  it("negative: with no one named in that office the phrase finds no person", () => {
    const text = "Minister Anna Berg visited the base on Monday. \"We need more ships before winter,\" the new head of the Danish navy said.";
    expect(speakerOf(text, "We need more ships")).not.toBe("Anna Berg");
  });
});
