// Whose word is a quote that holds a future act? "A U.S. military official said that Iraqi forces
// would launch an assault on ISIS": the act is planned, reported by a third party; only the doer's
// own word ("Iraq said it would launch", "the Iraqi commander said his forces would") makes a hostile
// act on the calendar a threat (find-events intentEvent). A speaker of the doer's own state counts
// as the doer's voice; a quote with no known speaker, one not named in the act's sentence, or a
// speaker of no known state, keeps the old reading (the doer's word).
import type { Quote } from "../../model/types.js";
import type { SentenceEnv } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";

const PRONOUN = /^(he|she|they|it|we|i|you)$/i;

/** The quote is the word of one of `source` (actor indices) or of its state, or its speaker is unknown. */
export function doersWord(env: SentenceEnv, quote: Quote, source: number[]): boolean {
  if (!quote.speaker || !source.length) return true;
  // only a speaker named in the act's own sentence ("A U.S. military official said"); a pronoun's
  // ("She said Italy would") rests on a resolution made elsewhere, and keeps the old reading
  const span = quote.speakerSpan;
  if (!span || span.start < env.s.start || span.end > env.s.end || PRONOUN.test(env.doc.text.slice(span.start, span.end).trim())) return true;
  const actors = env.layer.actors;
  const si = actors.findIndex((a) => a.id === quote.speaker);
  if (si < 0) return true;
  const state = stateOf(env, si);
  if (!state) return true;
  return source.some((i) => i === si || stateOf(env, i) === state);
}
