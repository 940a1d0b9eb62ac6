// "Premier Ruiz issued a statement saying the border would stay shut", "the family released a joint statement
// saying they were traumatised", "Dawa put out a statement saying ...": a participle cue right after a
// document that the clause's subject issued reports the subject's words; the document is only the form they
// took. The speaker is the subject of the verb of issuing (speech.json issuingVerbs), not the document noun
// its object. "The statement said" and "a statement from the ministry said" have no verb of issuing before
// the document and keep it (or its author) as speaker.
import type { Token } from "../../model/types.js";

/** how many words may stand between the verb and the document noun ("a strongly worded joint statement") */
const BETWEEN = 4;

/**
 * The token index of the verb of issuing whose object is the document phrase that starts at `first`, or -1
 * where none stands right before it. `issuing`: the verb forms (speech.json issuingVerbs); "put" counts only
 * with "out" ("put out a statement").
 */
export function issuingVerbBefore(tokens: readonly Token[], first: number, sFirst: number, issuing: ReadonlySet<string>): number {
  let k = first - 1;
  // the determiner and modifiers before the noun ("a", "a joint", "a strongly worded")
  // (an attributive participle among them: "a strongly worded statement", "a signed letter")
  const modifier = (t: Token) => /^(DET|ADJ|ADV|NOUN|NUM)$/.test(t.pos) || (t.pos === "VERB" && /ed$/.test(t.lower));
  for (let n = 0; k >= sFirst && n < BETWEEN && modifier(tokens[k]) && /^\p{Ll}/u.test(tokens[k].text) && !issuing.has(tokens[k].lower); n++) k--;
  if (k < sFirst) return -1;
  if (tokens[k].lower === "out" && k - 1 >= sFirst && tokens[k - 1].lower === "put") return k - 1;
  return tokens[k].lower !== "put" && issuing.has(tokens[k].lower) ? k : -1;
}
