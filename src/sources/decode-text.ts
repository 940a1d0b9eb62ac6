// Bytes → text by a WHATWG encoding label. Node 20's TextDecoder reads windows-1252 (the encoding
// WHATWG gives to the labels latin1, iso-8859-1, us-ascii and windows-1252 alike, the most common
// legacy charset of news pages and feeds) as ISO-8859-1: bytes 0x80-0x9F become C1 control
// characters instead of the curly quotes, dashes and euro sign they stand for, which the article
// check then blanks out. This maps them as the standard does.

// windows-1252 at 0x80-0x9F; the five bytes it leaves undefined keep their C1 code point, as WHATWG says
const C1_OF_1252 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const C1 = /[\u0080-\u009f]/g;

/** A decoder for the label (throws RangeError for an unknown label, as TextDecoder does). */
export function textDecoder(label: string, options?: { fatal?: boolean }): { encoding: string; decode(bytes: Uint8Array): string } {
  const decoder = new TextDecoder(label, options);
  if (decoder.encoding !== "windows-1252") return decoder;
  return {
    encoding: decoder.encoding,
    decode: (bytes) => decoder.decode(bytes).replace(C1, (c) => C1_OF_1252[c.charCodeAt(0) - 0x80]),
  };
}
