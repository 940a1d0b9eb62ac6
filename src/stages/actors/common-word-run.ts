// A run of capitalised words known by its shape alone, every word of which the same article also writes in lower case
// as an ordinary word, is a phrase in title case, no person's name: "Social Media" beside "on social media", "Sexual
// Violence" beside "sexual violence in conflict", "Special Counsel" beside "the special counsel said", "Hot Air",
// "Community Support Officers". English writes a person's name in capitals wherever it stands, and a given name or a
// surname is seldom also a word the same story uses in lower case; so a run all of whose words it does so use is
// phrase words, unless a known given name opens it ("Frank Miles" beside "frank talks" and "miles away", "Bill
// Gates") or one of its words never appears in lower case ("Lisa Power" where the story writes "power" but the name
// "Lisa" nowhere in lower case: the given name is no lower-case word). Linear: one set of the article's lower-case
// words, built once.
import type { Token } from "../../model/types.js";

const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

/** the article's words written in lower case (each at least three letters long) */
export function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.kind === "word" && t.text.length >= 3 && LOWER_WORD.test(t.text)) out.add(t.lower);
  return out;
}

/** tokens [first, last) are capitalised words each written elsewhere in the article in lower case, and the first is no
 * known given name */
export function commonWordsRun(tokens: readonly Token[], first: number, last: number, lowerWords: ReadonlySet<string>, givenNames: ReadonlySet<string>): boolean {
  if (last - first < 2 || givenNames.has(tokens[first].norm)) return false;
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.text.length < 3 || !lowerWords.has(t.lower)) return false;
  }
  return true;
}

/** the shortest word whose ending counts (shorter ones are too often names: Hannity, Clement, Martial) */
const SUFFIX_MIN_LENGTH = 8;

/** a word of tokens [first, last) of at least eight letters (or its singular) ends with an ending of a common noun or adjective
 * (not-names.json commonNounSuffixes: "Cohesion", "Catholicism", "Prerogative") and is no known given name or surname
 * ("the Community Cohesion report", "a Militant Tendency member"); isName says whether token k alone is a known name */
export function commonNounSuffixIn(tokens: readonly Token[], first: number, last: number, suffixes: readonly string[], isName: (k: number) => boolean): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.text.length < SUFFIX_MIN_LENGTH || !LETTERS.test(t.text)) continue;
    // (a plural's singular too: "Miscellaneous Provisions", "Community Relations", "Small Communities")
    const singular = t.lower.endsWith("ies") ? `${t.lower.slice(0, -3)}y` : /[^s]s$/.test(t.lower) ? t.lower.slice(0, -1) : t.lower;
    if (!suffixes.some((x) => t.lower.endsWith(x) || singular.endsWith(x))) continue;
    if (!isName(k)) return true;
  }
  return false;
}

const LETTERS = /^\p{L}+$/u;

/** a subject pronoun with its verb run into it ("I'm", "We're", "They've", "She'll"): a speech verb after it ("What I'm
 * saying is") makes no person of it */
const PRONOUN_CONTRACTION = /^(?:I|We|You|They|He|She|It)['’](?:m|re|ve|ll|d|s)$/;

/** tokens [first, last) are a subject pronoun run together with its verb, written as one word or two */
export function pronounContraction(tokens: readonly Token[], first: number, last: number): boolean {
  const text = tokens
    .slice(first, last)
    .map((t) => t.text)
    .join("");
  return last - first <= 2 && PRONOUN_CONTRACTION.test(text);
}
