// A title's word that is a person's surname: "Rep. Peter King", "Sen. King", "Rep. Sanford Bishop", "Senator Angus
// King". English puts an office's abbreviation ("Rep.", "Sen.", "Gov.", "Gen.") before a name, never before a second
// title, and a given name before a surname, never before a title; so a one-word title ("King", "Bishop", "Judge",
// "Marshal") right after either, with no capitalised word or "of" after it, closes a name, not a title phrase ("King
// Abdullah", "Prince of Wales", "Mr. President" stay titles). Later in the article the same word alone ("King said",
// "Mr. King") is that person's surname, where no article, possessive or name before it makes it a title again ("the
// King said", "Jordan's King", "Saudi King").
import type { Token } from "../../model/types.js";
import type { TitleEntry } from "../../lexicon/compile-lexicon.js";

const CAP = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** words before a title that make it a title still ("the King", "Jordan's King", "former King") */
const TITLE_BEFORE = new Set(["the", "a", "an", "this", "that", "his", "her", "its", "their", "'s", "’s", "former", "late", "then", "new", "future", "ex", "ex-", "acting", "our", "your"]);

interface TitleTag {
  title?: TitleEntry;
  len: number;
}

function capitalisedWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && CAP.test(t.text) && HAS_LOWER.test(t.text) && !t.text.endsWith(".");
}

/** an office's abbreviation tagged as a title right before token i ("Rep.", "Sen.", "Gov.", "Gen."; not "Mr.", a form
 * of address that also stands before a title: "Mr. President") */
function officeAbbreviationBefore(tags: (TitleTag | undefined)[], i: number): boolean {
  const tag = tags[i - 1];
  const t = tag?.title;
  return !!t && tag!.len === 1 && t.text.endsWith(".") && !t.honorific && !t.plural;
}

/** the one-word title word at token i may be a surname by its shape: written with a capital, no name or "of" after it */
function surnameShape(tokens: Token[], i: number, sLast: number, entry: TitleEntry): boolean {
  if (entry.honorific || entry.lowerCase || entry.plural || entry.text.includes(" ")) return false;
  if (!capitalisedWord(tokens[i])) return false;
  const next = tokens[i + 1];
  if (i + 1 < sLast && next && (capitalisedWord(next) || next.lower === "of" || (next.text === "-" && !next.spaceBefore))) return false;
  return true;
}

/**
 * The title (one word, `entry`) matched at token i is a person's surname here: right after an office's abbreviation
 * ("Sen. King") or right after a given name that no title or article took ("Peter King", "Rep. Sanford Bishop"), or,
 * where `known` holds its word already (a surname made so earlier in the article), alone with no article,
 * possessive or capitalised word before it ("King said", "Mr. King"). On a match the word's norm is added to `known`.
 */
export function titleAsSurname(tokens: Token[], tags: (TitleTag | undefined)[], covered: Uint8Array, i: number, sFirst: number, sLast: number, entry: TitleEntry, givenNames: Set<string>, known: Set<string>): boolean {
  if (!surnameShape(tokens, i, sLast, entry)) return false;
  const prev = i > sFirst ? tokens[i - 1] : undefined;
  let first = false;
  if (prev && officeAbbreviationBefore(tags, i)) first = true;
  else if (prev && !covered[i - 1] && capitalisedWord(prev)) {
    // the name's other words before it: up to three capitalised words no dictionary or title took, opened by a given
    // name or by a title before them ("Peter King", "Rep. Sanford Bishop", "Senator Angus King")
    let k = i - 1;
    while (k - 1 >= sFirst && i - k < 3 && !covered[k - 1] && capitalisedWord(tokens[k - 1])) k--;
    const opener = tags[k - 1]?.title;
    if (k - 1 >= sFirst && opener && !opener.lowerCase && !opener.plural) first = true;
    else if (givenNames.has(tokens[k].norm) && !TITLE_BEFORE.has(tokens[k - 1]?.lower ?? "") && !(k - 1 >= sFirst && capitalisedWord(tokens[k - 1]))) first = true;
  }
  if (first) {
    known.add(tokens[i].norm);
    return true;
  }
  if (!known.has(tokens[i].norm)) return false;
  if (!prev) return true;
  if (TITLE_BEFORE.has(prev.lower)) return false;
  // ("Mr. King", "Sen. King": a title before it; "Saudi King", "Britain King": a capitalised word before it makes a title phrase)
  if (tags[i - 1]?.title) return tags[i - 1]!.len === 1 && (tags[i - 1]!.title!.honorific || tags[i - 1]!.title!.text.endsWith("."));
  return !CAP.test(prev.text) || prev.kind !== "word";
}
