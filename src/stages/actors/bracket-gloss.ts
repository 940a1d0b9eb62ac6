// A party's name with a word in brackets after it names one organisation: "the Homeland Union
// (Conservatives)", "Lithuania's Social Democrats (LSDP)", "the Freedom Party (Liberals)". English
// news glosses a foreign party's name with its translation or the family it belongs to; the word in
// brackets is no second party of its own, and above all not the party of another state that happens
// to bear that word in the lexicon ("Conservatives" is the UK's Conservative Party only where it
// stands alone). So a dictionary organisation written in words (not an acronym: "Law and Justice
// (PiS)" is the short name of the same party and resolves as it does) inside brackets right after a
// capitalised name that the lexicon does not know is no mention. Parties only (sector PTY): a news
// agency in brackets after a dateline, "WASHINGTON (Reuters)", is the story's source.
// Kept: a bracket after a name the lexicon knows ("the Conservatives (UK)": the name outside is the
// party), a bracket with a country ("Labour (UK)"), a person's party after the person's name ("John
// Smith (Labour)": a given name or a title opens the name before the bracket).
import type { Token } from "../../model/types.js";

const NAME_LINKS = /^(and|of|for|the|&)$/;
const CAP = /^\p{Lu}/u;
/** a capitalised word, no acronym: "Conservatives", not "PiS", "FPÖ" */
const WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The organisation's name at tokens [i, end) is a gloss in brackets of the unknown capitalised name
 * before it. `known(k)`: a dictionary name or a title starts at token k (tagged before i);
 * `givenName(k)`: token k is a given name.
 */
export function bracketGloss(tokens: Token[], i: number, end: number, sFirst: number, known: (k: number) => boolean, givenName: (k: number) => boolean): boolean {
  if (tokens[i - 1]?.text !== "(" || tokens[end]?.text !== ")") return false;
  // a word, not an acronym ("(PiS)", "(FPÖ)" are short names that resolve as the name does)
  let words = false;
  for (let k = i; k < end; k++) {
    if (WORD.test(tokens[k].text)) words = true;
    else if (CAP.test(tokens[k].text)) return false;
  }
  if (!words) return false;
  // the capitalised name before the bracket: at least one capitalised word, linked by "and", "of"
  let a = i - 2;
  if (a < sFirst || !CAP.test(tokens[a].text)) return false;
  while (a - 1 >= sFirst && (CAP.test(tokens[a - 1].text) || (NAME_LINKS.test(tokens[a - 1].lower) && CAP.test(tokens[a - 2]?.text ?? "")))) a--;
  // (a sentence's first word is capitalised whatever it is: "Conservatives (Tories) won")
  if (a === sFirst && i - 2 === a) return false;
  for (let k = Math.max(sFirst, a - 1); k < i - 1; k++) if (known(k)) return false;
  return !givenName(a);
}
