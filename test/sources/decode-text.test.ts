// windows-1252 read as the standard says (Node 20's TextDecoder reads it as ISO-8859-1).
import { describe, expect, it } from "vitest";
import { textDecoder } from "../../src/sources/decode-text.js";
import { decodeHtml } from "../../src/sources/read-html.js";

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("textDecoder", () => {
  it("maps 0x80-0x9F of windows-1252 (and its aliases latin1, iso-8859-1) to quotes, dashes and the euro sign", () => {
    for (const label of ["windows-1252", "latin1", "iso-8859-1", "us-ascii"]) {
      expect(textDecoder(label).decode(bytes([0x93], "Peace", [0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x92]))).toBe("\u201cPeace\u201d \u2013 \u20ac5 \u2019");
    }
    // the five bytes windows-1252 leaves undefined keep their code points
    expect(textDecoder("windows-1252").decode(bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe("\u0081\u008d\u008f\u0090\u009d");
    // Latin-1 letters are unchanged
    expect(textDecoder("windows-1252").decode(bytes([0xe9, 0xda]))).toBe("éÚ");
  });

  it("leaves other encodings to TextDecoder, fatal or not, and refuses an unknown label", () => {
    expect(textDecoder("utf-8").decode(Buffer.from("“ok” €"))).toBe("“ok” €");
    expect(() => textDecoder("utf-8", { fatal: true }).decode(bytes([0x93]))).toThrow();
    expect(textDecoder("windows-1251").decode(bytes([0xcf, 0xf3, 0xf2, 0xe8, 0xed]))).toBe("Путин");
    expect(() => textDecoder("no-such-charset")).toThrow(RangeError);
  });

  it("an HTML page declared windows-1252 keeps its curly quotes (they were C1 controls, then blanked)", () => {
    const page = bytes('<html><head><meta charset="windows-1252"></head><body><p>He said ', [0x93], "we will sign", [0x94], ".</p></body></html>");
    expect(decodeHtml(page, "page.html")).toContain("He said \u201cwe will sign\u201d.");
  });
});
