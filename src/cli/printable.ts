// Text for one line of a terminal: a file name, id or URL in a message may hold a newline (a
// forged second message) or an escape sequence (that moves the cursor, recolours or retitles the
// terminal). Control characters (C0, DEL, C1), the Unicode line and paragraph separators and the
// bidirectional overrides are written as JSON escapes them (\n, \u001b), so that every message
// stays one line that shows its names as they are.

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const json = JSON.stringify(c);
    // JSON leaves the bidirectional controls and DEL..C1 as they are: \u escapes for those
    return json.length > 3 ? json.slice(1, -1) : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
