// A named body with no state that speaks. find-groups.ts makes an actor of an organisation's name
// ("Nigerian Union of Teachers") only where a state is found for it, since an event needs a code on
// both sides. A body that is the subject of a reporting verb is still the speaker of what it says,
// state or none: "the Kyiv Institute of Sociology said", "Texaco Inc said it asked ...", "..., said
// the Association of Chief Police Officers". Such a phrase becomes an organisation with no state
// (code and country null; find-groups.ts, find-actors.ts), and the quote stage takes it as the speaker. Rule:
// actors/group:organization-name+speaker. An acronym in brackets right after such a name (any organisation's
// name find-groups.ts reads) is its short name, and the text's later bare uses of it mention the same body
// ("the New Zealand Institute of Economic Research (NZIER) ... the NZIER said"); rule +acronym.
import type { Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";

/** an acronym of a few capitals (digits, "&"), the short name a body is glossed with */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;

/** "the Institute of Economic Research (IER)": the acronym's token where brackets right after a name (ending at
 * `last`) hold one, else -1. The text then calls the body by it ("IER said"). */
export function glossedAcronym(tokens: Token[], last: number, sLast: number): number {
  return last + 2 < sLast && tokens[last].text === "(" && ACRONYM.test(tokens[last + 1].text) && tokens[last + 2].text === ")" ? last + 1 : -1;
}


/** True when the phrase [first, last) of a sentence ending at sLast is the subject of a reporting verb after it
 * ("X said", "X also said") or inverted after a quote ("..., said X"). */
export function speaksAsBody(tokens: Token[], first: number, last: number, sFirst: number, sLast: number, lex: Lexicon): boolean {
  // ("The Internal Revenue Service (IRS) said": past the short name in brackets)
  let v = glossedAcronym(tokens, last, sLast) >= 0 ? last + 3 : last;
  // ("Texaco Inc also said", "the Institute has said", "the Union on Tuesday said" is left out: one word between at most)
  if (v < sLast && lex.bodyCueInterveners.has(tokens[v].lower)) v++;
  if (v < sLast && lex.speechVerbs.has(tokens[v].lower) && tokens[v].pos !== "NOUN" && tokens[v].pos !== "ADJ") return true;
  // "..., said the Union of Students": the verb right before the phrase (or its article), a quote's end before that
  let b = first - 1;
  if (b >= sFirst && tokens[b].lower === "the") b--;
  return b > sFirst && lex.speechVerbs.has(tokens[b].lower) && lex.quoteClosers.has(tokens[b - 1].text);
}
