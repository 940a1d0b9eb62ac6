// A run of capitalised words that a noun of a made thing follows names that thing, not a person: a maker or an
// army names its weapons, vehicles, products and programmes with capitalised words ("dropped Thunder Hammer bombs",
// "fired Storm Lance rockets", "the Fateh Vortex ballistic missile", "its Clean Horizon programme"), and English puts
// the name before the noun as a modifier, where a person's name stands only as a possessive ("Smith's missiles").
// Only a run known by its shape alone or by a speech verb is dropped; a title ("General Storm said") and the
// dictionary keep a person. The words are data (not-names.json madeThingNouns, madeThingModifiers); a look at the
// few tokens after the run, a Set lookup each.
import type { Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";

/** whether a noun of a made thing follows the run ending at `last` (exclusive), in lower case, at most two
 * modifiers between ("Fateh Vortex ballistic missile", "Storm Lance rocket launchers"), inside the sentence */
export function madeThingAfter(tokens: readonly Token[], last: number, sLast: number, lex: Lexicon): boolean {
  for (let k = last; k < sLast && k < last + 3; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.text !== t.lower) return false;
    if (lex.madeThingNouns.has(t.lower) && !lex.madeThingModifiers.has(t.lower)) return true;
    // a modifier that is also a noun ("missile", "rocket") ends the name where no noun follows ("the Storm Lance rocket hit")
    if (lex.madeThingNouns.has(t.lower)) {
      const n = tokens[k + 1];
      if (!n || k + 1 >= sLast || n.kind !== "word" || n.text !== n.lower || !(lex.madeThingNouns.has(n.lower) || lex.madeThingModifiers.has(n.lower))) return true;
      continue;
    }
    if (!lex.madeThingModifiers.has(t.lower)) return false;
  }
  return false;
}
