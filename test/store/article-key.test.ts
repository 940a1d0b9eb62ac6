import { describe, expect, it } from "vitest";
import { looksLikeUrl, normaliseText, normaliseUrl, textHash } from "../../src/store/article-key.js";

describe("normaliseText / textHash", () => {
  it("layout, case, curly quotes, dashes and compatibility forms do not make another article", () => {
    const a = "Russia and Iran signed a “treaty” — it’s long.\n\n";
    const b = '  russia AND iran signed a "treaty" - it\'s   long. ';
    expect(normaliseText(a)).toBe(normaliseText(b));
    expect(textHash(a)).toBe(textHash(b));
    expect(normaliseText("ﬁnal")).toBe("final");
  });

  it("other words are another article; the hash is 32 hex digits", () => {
    expect(textHash("Russia signed.")).not.toBe(textHash("Russia resigned."));
    expect(textHash("x")).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("normaliseUrl", () => {
  it("lower-cases scheme and host, drops fragments, tracking parameters and a trailing slash", () => {
    expect(normaliseUrl("HTTPS://News.Example/World/Story/?utm_source=x&utm_medium=y#comments")).toBe("https://news.example/World/Story");
    expect(normaliseUrl("https://news.example/story?id=5&fbclid=abc")).toBe("https://news.example/story?id=5");
  });

  it("keeps parameters that may name the article, and their order", () => {
    expect(normaliseUrl("http://www.nytimes.com/2016/09/20/x.html?&hp&action=click")).toBe("http://www.nytimes.com/2016/09/20/x.html?&hp&action=click");
    expect(normaliseUrl("https://news.example/?p=1")).toBe("https://news.example/?p=1");
  });

  it("a string that is not a URL stays itself, trimmed", () => {
    expect(normaliseUrl("  news.example/story ")).toBe("news.example/story");
    expect(looksLikeUrl("news.example/story")).toBe(false);
    expect(looksLikeUrl("https://news.example/story")).toBe(true);
  });
});
