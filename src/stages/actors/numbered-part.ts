// A capitalised noun of a numbered part and a Roman numeral after it ("Title II of the Communications Act",
// "Article IV", "Phase III trials", "Type II diabetes") name a part of a law or a document, a stage or a class,
// never a person: a regnal number follows a given name or a title ("Henry VIII", "King Abdullah II"), and the
// nouns are data (not-names.json numberedParts).
import type { Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";

const ROMAN = /^[IVXL]+$/;

/** Whether the run [first, last) is a numbered part's noun and its Roman numeral. */
export function numberedPart(tokens: Token[], first: number, last: number, lex: Lexicon): boolean {
  return last - first === 2 && lex.numberedParts.has(tokens[first].text) && ROMAN.test(tokens[first + 1].text);
}
