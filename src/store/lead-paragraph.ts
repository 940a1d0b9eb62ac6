// The lead of an article, for GDELT's IsRootEvent ("the event was found in the lead paragraph of
// its document", GDELT's proxy for importance): the article's first paragraph, from its first
// non-blank character up to the first line break after it, and no further than LEAD_MAX
// characters from there, since many feeds give a whole article as one line (400 characters hold
// the first two or three sentences of a news story). A report is in the lead when its sentence
// starts before the lead's end.

/** The most characters (UTF-16 units) of a lead. */
export const LEAD_MAX = 400;

/** The offset where the text's lead ends (0 for a blank text). */
export function leadEnd(text: string): number {
  const start = text.search(/\S/);
  if (start < 0) return 0;
  const lineBreak = text.indexOf("\n", start);
  return Math.min(lineBreak < 0 ? text.length : lineBreak, start + LEAD_MAX);
}

/** Whether a sentence starting at `sentenceStart` is in the text's lead. */
export const inLead = (text: string, sentenceStart: number): boolean => sentenceStart < leadEnd(text);
