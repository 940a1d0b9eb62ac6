// A run of capitalised words that the words around it make a ship's, a place's or a team's name,
// not a person's: the object of a preposition of being on board ("crew aboard the Ocean Viking"),
// of a landing, a battle or a siege ("marines landed on Omaha Beach", "the battle of Bunker Hill"),
// or a run that a team's word opens ("Team Rubicon volunteers"). The words are data
// (not-names.json thingContextBefore, thingFirstWords). Person evidence wins where English gives a
// person there: a title stands for a ship only after "the" ("aboard the Admiral Kuznetsov"; not
// "aboard, Admiral Kuznetsov said"), a possessive after the run keeps the owner a person ("aboard
// John Smith's yacht"), and a team's word never overrides a title or a speech verb.
import type { Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";

/** the phrase of thingContextBefore that ends right before token `at` (not before `sFirst`), or null */
function contextBefore(tokens: Token[], at: number, sFirst: number, lex: Lexicon): string[] | null {
  const prev = tokens[at - 1];
  if (at - 1 < sFirst || !prev || prev.kind !== "word") return null;
  const phrases = lex.thingContextBefore.get(prev.lower);
  if (!phrases) return null;
  let best: string[] | null = null;
  for (const words of phrases) {
    const start = at - words.length;
    if (start < sFirst) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[start + k].lower === words[k];
    if (ok && (!best || words.length > best.length)) best = words;
  }
  return best;
}

/**
 * Whether the run [first, last) is a ship's, a place's or a team's name by the words around it. `titleStart` is the
 * first token of a title right before the run where the run's evidence is that title, else null; `evidence` the
 * rule that found the run.
 */
export function thingByContext(tokens: Token[], first: number, last: number, titleStart: number | null, sFirst: number, evidence: string, lex: Lexicon): boolean {
  const after = tokens[last];
  if (after && (after.norm === "'s" || after.text === "'" || after.text === "’")) return false;
  if (evidence === "actors/person:title") {
    if (titleStart === null) return false;
    const phrase = contextBefore(tokens, titleStart, sFirst, lex);
    return !!phrase && phrase[phrase.length - 1] === "the";
  }
  if (evidence !== "actors/person:name-shape" && evidence !== "actors/person:speaker") return false;
  if (contextBefore(tokens, first, sFirst, lex)) return true;
  return evidence === "actors/person:name-shape" && last - first >= 2 && lex.thingFirstWords.has(tokens[first].text);
}
