// "Zelensky said Russia was adapting to sanctions and urged the EU to act", "Biden called Putin a
// tyrant and appealed to the Russian people": a speech act in the past right after "and", whose doer
// is the speaker of the reported words before it, is the speaker's second act, told by the narrator;
// a subject inside the reported clause would have made it that subject's ("said Russia had attacked
// Kyiv and blamed Ukraine" is Russia's, and stays in the speaker's words).
import type { Sentence, Token } from "../../model/types.js";

const LINKING_ADVERB = /^(also|then|later|directly|publicly|repeatedly|again|strongly|sharply|swiftly|quickly|separately|further)$/;
/** a perfect or a modal before the "and" may reach over it ("said he had met Xi and thanked him"):
 *  the past form could be its participle, inside the reported words */
const SHARED_CHAIN = /^(has|have|had|'ve|'d|would|could|might|may|should|will|shall|must|can)$/;

/** The verb at `v` (a past form: the caller's test) stands right after "and" (over a linking adverb),
 *  with no perfect or modal between `from` (the reported words' first token) and the "and" that it
 *  could share. */
export function reportersOwnAct(tokens: Token[], s: Sentence, v: number, from: number): boolean {
  if (tokens[v].pos !== "VERB") return false;
  let a = v - 1;
  while (a > s.first && LINKING_ADVERB.test(tokens[a].lower)) a--;
  if (tokens[a]?.lower !== "and" || a <= from) return false;
  // ("by the president and adopted": a passive or participle after "and" is no finite verb)
  if (tokens[v + 1]?.lower === "by") return false;
  for (let k = Math.max(from, s.first); k < a; k++) if (SHARED_CHAIN.test(tokens[k].lower)) return false;
  return true;
}
