// checkArticle: the gate before extraction. Text present, not binary, not too large; control
// characters become spaces one for one, so offsets into the original text still hold.
import { describe, expect, it } from "vitest";
import { checkArticle } from "../src/check-article.js";
import { DyadError, type ErrorCode } from "../src/errors.js";
import type { Article } from "../src/model/types.js";

const article = (text: string, extra: Partial<Article> = {}): Article => ({ id: "a-1", text, published: "2025-01-17", ...extra });

function codeOf(fn: () => unknown): ErrorCode | null {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DyadError);
    return (e as DyadError).code;
  }
  return null;
}

describe("checkArticle", () => {
  it("a clean text passes unchanged, without warnings", () => {
    const a = article("Russian President Vladimir Putin met Iran's president.\n\tTalks went on.\r\n");
    const r = checkArticle(a, 2_000_000);
    expect(r.warnings).toEqual([]);
    expect(r.article).toBe(a);
  });

  it("replaces C0, DEL and C1 control characters by spaces one for one, and keeps tab, LF and CR", () => {
    const tail = " The two presidents signed a partnership treaty that their ministers had prepared for months.";
    const text = "Putin\u0000 met\u0007 Pezeshkian\u001b in\u007f Moscow\u0085 on\u009f Friday.\t\r\nIran\u000b agreed\u000c." + tail;
    const r = checkArticle(article(text), 2_000_000);
    expect(r.article.text).toHaveLength(text.length);
    expect(r.article.text).toBe("Putin  met  Pezeshkian  in  Moscow  on  Friday.\t\r\nIran  agreed ." + tail);
    expect(r.warnings).toEqual(["8 control characters replaced by spaces"]);
    // every other character keeps its offset
    for (let i = 0; i < text.length; i++) if (r.article.text[i] !== " ") expect(r.article.text[i]).toBe(text[i]);
  });

  it("does not touch the caller's article, and keeps its other fields", () => {
    const a = article("Iran\u0001 agreed.", { outlet: "Example", title: "T" });
    const r = checkArticle(a, 2_000_000);
    expect(a.text).toBe("Iran\u0001 agreed.");
    expect(r.article).toEqual({ ...a, text: "Iran  agreed." });
    expect(r.warnings).toEqual(["1 control character replaced by spaces"]);
  });

  it("leaves characters outside the control ranges alone (non-breaking space, soft hyphen, emoji, RTL)", () => {
    const text = "Erdoğan\u00a0said\u00ad “yes” 🇹🇷 \u200f\u0627\u0644\u0639\u0631\u0628.";
    const r = checkArticle(article(text), 2_000_000);
    expect(r.article.text).toBe(text);
    expect(r.warnings).toEqual([]);
  });

  it("mostly control characters is binary data: E_EMPTY_TEXT", () => {
    const text = "PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000\u0000\u0000!\u0000b\u0000\u0000\u0000";
    expect(codeOf(() => checkArticle(article(text), 2_000_000))).toBe("E_EMPTY_TEXT");
    expect(() => checkArticle(article(text), 2_000_000)).toThrow(/binary data/);
  });

  it("up to one control character in ten is stray; more is binary", () => {
    expect(codeOf(() => checkArticle(article("Iran said\u0001"), 2_000_000))).toBeNull(); // 1 of 10
    expect(codeOf(() => checkArticle(article("Iran sai\u0001\u0001"), 2_000_000))).toBe("E_EMPTY_TEXT"); // 2 of 10
  });

  it("E_TOO_LARGE above the limit, and the limit itself passes", () => {
    expect(codeOf(() => checkArticle(article("Iran.".repeat(20)), 100))).toBeNull();
    expect(codeOf(() => checkArticle(article("Iran.".repeat(20) + "x"), 100))).toBe("E_TOO_LARGE");
    expect(() => checkArticle(article("x".repeat(101)), 100)).toThrow("101 characters, limit 100");
  });

  it("E_TOO_LARGE is decided before the text is scanned: 10 M characters fail at once", () => {
    const huge = "\u0000".repeat(10_000_000);
    const t0 = performance.now();
    expect(codeOf(() => checkArticle(article(huge), 2_000_000))).toBe("E_TOO_LARGE");
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it.each([
    ["empty", ""],
    ["white space", " \n\t\r\n  "],
    ["punctuation", "... — !? “” ***"],
    ["control characters", "\u0000\u0001\u0002"],
  ])("E_EMPTY_TEXT for %s only", (_what, text) => {
    expect(codeOf(() => checkArticle(article(text), 2_000_000))).toBe("E_EMPTY_TEXT");
  });

  it("the error names the article's id", () => {
    try {
      checkArticle(article("", { id: "reuters-42" }), 2_000_000);
      expect.unreachable();
    } catch (e) {
      expect((e as DyadError).context).toMatchObject({ id: "reuters-42" });
      expect((e as DyadError).message).toMatch(/^\[E_EMPTY_TEXT\] .*: empty$/);
    }
  });

  it("a text of digits alone is still text (a table of figures)", () => {
    expect(codeOf(() => checkArticle(article("1987 42.5 %"), 2_000_000))).toBeNull();
  });

  it.each(["17/01/2025", "Jan 17, 2025", "2025-1-17", ""])("E_BAD_DATE for published %j", (published) => {
    expect(codeOf(() => checkArticle(article("Iran agreed.", { published }), 2_000_000))).toBe("E_BAD_DATE");
  });

  it.each([null, undefined, "2025-01-17", "2025-01-17T09:30:00Z"])("published %j passes", (published) => {
    expect(codeOf(() => checkArticle(article("Iran agreed.", { published }), 2_000_000))).toBeNull();
  });

  it("E_NO_TEXT_FIELD when text is not a string", () => {
    expect(codeOf(() => checkArticle({ id: "x", text: 42 } as unknown as Article, 2_000_000))).toBe("E_NO_TEXT_FIELD");
  });
});

describe("checkArticle: impossible publication dates", () => {
  it.each(["2024-01-01junk", "2024-13-45", "2023-02-30", "2023-02-29", "2024-01-01T25:00", "2024-01-01 junk"])("E_BAD_DATE for published %j, naming it", (published) => {
    expect(codeOf(() => checkArticle(article("Iran agreed.", { published }), 2_000_000))).toBe("E_BAD_DATE");
    expect(() => checkArticle(article("Iran agreed.", { published }), 2_000_000)).toThrow(JSON.stringify(published));
  });

  it("a published value that is not a string is E_BAD_DATE, not a crash", () => {
    expect(codeOf(() => checkArticle(article("Iran agreed.", { published: 20240101 as unknown as string }), 2_000_000))).toBe("E_BAD_DATE");
  });

  it.each(["2024-02-29", "2024-01-01 10:00:00", "2024-01-01T10:00:00.123+05:30"])("published %j passes", (published) => {
    expect(codeOf(() => checkArticle(article("Iran agreed.", { published }), 2_000_000))).toBeNull();
  });
});
