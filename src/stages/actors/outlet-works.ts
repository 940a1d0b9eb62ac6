// A run of capitalised words that the words around it make a news outlet's or a photo agency's name,
// not a person's. English writes an outlet's name before the nouns of what it puts out ("subscribe to
// Harbor Lights' newsletters", "this Liberty Ledger video clip"; not-names.json outletWorks), and a
// photo credit writes the photographer first and the agency after a slash glued to both
// ("Dan Reyes/Capitol Wire via Getty Images", "Ana Ruiz /Reuters/Landov"). Person evidence wins: only
// runs known by their shape alone are read so, and a known given name opening the run keeps the person
// ("Helen Marsh's newsletter", "a Rodney King video").
import type { Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";

const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const CAP = /^\p{Lu}/u;

/** Whether the run [first, last) stands right before a noun of an outlet's work, after a possessive or not. */
export function outletWorkAfter(tokens: Token[], first: number, last: number, sLast: number, lex: Lexicon): boolean {
  if (lex.givenNames.has(tokens[first].norm)) return false;
  let k = last;
  if (k < sLast && (POSSESSIVE.has(tokens[k].norm) || POSSESSIVE.has(tokens[k].text))) k++;
  const t = tokens[k];
  return k < sLast && !!t && t.kind === "word" && t.text === t.lower && lex.outletWorks.has(t.lower);
}

/**
 * Whether the run starting at `first` is a photo credit's agency: a slash after a capitalised word and glued to the word
 * after it ("Reyes/Capitol Wire", "Rahman /Reuters/Landov") opens the run or stands at most two capitalised words before
 * it ("Reyes/CQ Roll Call"). A credit names the photographer first and the agency after the slash, unless an agency in
 * capitals or a photo word stands before the slash ("REUTERS/Jane Doe", "AP Photo/Jane Doe"; not-names.json
 * creditPhotoWords), where the photographer comes after it; a known given name opening the run makes it the
 * photographer's name too ("Dana Welsh/AP Dana Welsh/AP"). A slash with a space after it ("Labour/ Tory") is no credit's.
 */
export function creditAgencyAt(tokens: Token[], first: number, sFirst: number, lex: Lexicon): boolean {
  if (lex.givenNames.has(tokens[first].norm)) return false;
  let k = first - 1;
  while (k > sFirst && k >= first - 2 && tokens[k].kind === "word" && CAP.test(tokens[k].text)) k--;
  const slash = tokens[k];
  if (k <= sFirst || !slash || slash.text !== "/") return false;
  const next = tokens[k + 1];
  const before = tokens[k - 1];
  if (slash.end !== next.start || !before || before.kind !== "word" || !CAP.test(before.text)) return false;
  return before.text !== before.text.toUpperCase() && !lex.creditPhotoWords.has(before.lower);
}
