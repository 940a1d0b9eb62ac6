// A named body with no state that speaks. find-groups.ts makes an actor of an organisation's name
// ("Nigerian Union of Teachers") only where a state is found for it, since an event needs a code on
// both sides. A body that is the subject of a reporting verb is still the speaker of what it says,
// state or none: "the Kyiv Institute of Sociology said", "Texaco Inc said it asked ...", "..., said
// the Association of Chief Police Officers". Such a phrase becomes an organisation with no state
// (code and country null; find-groups.ts, find-actors.ts), and the quote stage takes it as the speaker. Rule:
// actors/group:organization-name+speaker.
import type { Token } from "../../model/types.js";
import type { Lexicon } from "../../lexicon/compile-lexicon.js";

// ("Texaco Inc also said", "the Institute has said", "the Union on Tuesday said" is left out: one word between at most)
const BETWEEN = new Set(["also", "has", "had", "have", "later", "then", "again", "earlier", "further"]);
const QUOTE_CLOSERS = new Set([",", '"', "”", "'", "’"]);

/** True when the phrase [first, last) of a sentence ending at sLast is the subject of a reporting verb after it
 * ("X said", "X also said") or inverted after a quote ("..., said X"). */
export function speaksAsBody(tokens: Token[], first: number, last: number, sFirst: number, sLast: number, lex: Lexicon): boolean {
  let v = last;
  if (v < sLast && BETWEEN.has(tokens[v].lower)) v++;
  if (v < sLast && lex.speechVerbs.has(tokens[v].lower) && tokens[v].pos !== "NOUN" && tokens[v].pos !== "ADJ") return true;
  // "..., said the Union of Students": the verb right before the phrase (or its article), a quote's end before that
  let b = first - 1;
  if (b >= sFirst && tokens[b].lower === "the") b--;
  return b > sFirst && lex.speechVerbs.has(tokens[b].lower) && QUOTE_CLOSERS.has(tokens[b - 1].text);
}
