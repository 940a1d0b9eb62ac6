// `Indonesia"s economy`, `the country"s leaders`: some wire feeds write a possessive's apostrophe as a double quote.
// One rule for the two readers of the mark: the text layer's tokens (the mark and the "s" are the possessive 's) and
// the quote finder's characters (the mark opens or closes no quotation), so that the two never disagree.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (c: string | undefined) => c !== undefined && LETTER_OR_DIGIT.test(c);

/** The double quote at `i` is a possessive's apostrophe: a letter or digit right before it, "s" right after, and no letter or digit after that. */
export function quotePossessiveAt(text: string, i: number): boolean {
  const s = text[i + 1];
  return (s === "s" || s === "S") && isLetterOrDigit(text[i - 1]) && !isLetterOrDigit(text[i + 2]);
}
