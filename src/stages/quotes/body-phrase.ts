// The words of a body's short noun phrase after "of", "for", "at" or "with" in an attribution: "the head of
// the alliance's military committee said", "a spokesperson for the foreign ministry said", "a dealer at one
// bank said", "an official familiar with the talks said". English names the body (or the topic) with a
// noun phrase of determiners, adjectives, nouns, names, numerals and possessives; a verb, a pronoun, a
// preposition or a punctuation mark ends it. The walkers that read such a phrase up to its cue
// (find-quotes, workplace-speaker, appositive-office) share this one test of its words.
import type { Token } from "../../model/types.js";

const PHRASE_POS = /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/;
const PHRASE_POS_NO_NUMERAL = /^(DET|ADJ|NOUN|PROPN|PART)$/;

/**
 * Whether token `t` may stand inside a body's short noun phrase: a determiner, adjective, noun, name,
 * particle or a possessive "'s" ("the alliance's military committee"), and a numeral unless
 * `numerals` is false ("one bank", "the 3rd brigade").
 */
export function bodyPhraseToken(t: Token, numerals = true): boolean {
  return (numerals ? PHRASE_POS : PHRASE_POS_NO_NUMERAL).test(t.pos) || t.norm === "'s" || t.text === "’s";
}
