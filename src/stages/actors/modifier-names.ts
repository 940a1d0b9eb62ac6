// "a YouGov poll ... YouGov asked", "Conservative leader Michael Howard ... Conservative promises": a
// capitalised word that the article writes right before a common noun, as its modifier, names a
// thing (a firm, a party, a pollster) as often as a family; one such word with no known given name or
// surname is no person even where it stands before a verb of speaking. (A known surname keeps its
// holder: "the Trump administration", "Obama aides".)
import type { Token } from "../../model/types.js";

const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’-]*$/u;
const LOWER_NOUN = /^\p{Ll}[\p{Ll}-]+$/u;

/** The capitalised words of the article (lower-cased) that stand right before a lower-case common noun, not at a sentence's start
 * (`sentences`: the article's sentences, whose first tokens are capitalised as starts: after a bracket, a closing quote, a dash,
 * a dateline or a headline with no full stop too). */
export function nounModifierWords(tokens: readonly Token[], sentences: readonly { first: number }[]): Set<string> {
  const out = new Set<string>();
  const starts = new Set<number>();
  for (const s of sentences) starts.add(s.first);
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (starts.has(k)) continue;
    const t = tokens[k];
    const n = tokens[k + 1];
    if (t.kind !== "word" || n.kind !== "word" || n.pos !== "NOUN" || !LOWER_NOUN.test(n.text) || !CAPITALISED.test(t.text)) continue;
    // ("Qais al-Khazali", "Jund al-Khilafah": a particle joined to the next word by a hyphen is a name's)
    const after = tokens[k + 2];
    if (after && after.start === n.end && /^[-‐]/.test(after.text)) continue;
    // (after a full stop the capital is the sentence's: "Prices rose")
    if (/^[.!?"“”:]$/.test(tokens[k - 1].text)) continue;
    out.add(t.lower);
  }
  return out;
}
