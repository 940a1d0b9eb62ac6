// A demonym written with the prefix "ex-" as one word ("ex-Cuban diplomat Ana Ruiz", "the ex-Iraqi officer X",
// "ex-Soviet leader X") still says the person's state: the prefix puts the post (or the state itself, for a successor
// state) in the past, not the nationality, as "the former Cuban diplomat" does. Only a demonym or a state's name
// follows the prefix: "ex-Marine", "ex-husband" are no state words, and other prefixes ("pro-Russian", "anti-American")
// say a stance, not a state. The tagger tries this key only where a token is written so; constant work per token.
import type { Token } from "../../model/types.js";
import type { NameEntry } from "../../lexicon/compile-lexicon.js";

/** "ex-" before a capitalised word, as one token ("ex-Cuban", "Ex-Soviet") */
const EX_PROPER = /^ex-\p{Lu}/iu;

/** whether token `t` is an "ex-" prefix glued to a capitalised word */
export function exProperAt(t: Token): boolean {
  return EX_PROPER.test(t.norm) && /^\p{Lu}$/u.test(t.norm.charAt(3));
}

/** the token's key with its "ex-" prefix dropped ("ex-Cuban" -> "Cuban"); other tokens keep their own */
export const byNormPastPrefix = (t: Token): string => (EX_PROPER.test(t.norm) ? t.norm.slice(3) : t.norm);

/** a dictionary entry that states a nationality: a demonym or a state's name */
export function statesNationality(e: NameEntry): boolean {
  return e.kind === "demonym" || e.kind === "country";
}
