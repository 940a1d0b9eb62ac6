// Whose word is a quote that holds a future act? "A U.S. military official said that Iraqi forces
// would launch an assault on ISIS": the act is planned, reported by a third party; only the doer's
// own word ("Iraq said it would launch", "the Iraqi commander said his forces would") makes a hostile
// act on the calendar a threat (find-events intentEvent). A speaker of the doer's own state counts
// as the doer's voice; a quote with no known speaker, one not named in the act's sentence, or a
// speaker of no known state, keeps the old reading (the doer's word).
import type { Quote } from "../../model/types.js";
import type { SentenceEnv } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { attributionAfter } from "./event-status.js";

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

/**
 * "Portugal will support Turkey's bid, Portuguese President Mario Soares said", "Finland will give
 * Tanzania a grant, the ministry said": the clause of the act at `trigger` is attributed after it to
 * a speaker of the doer's own state, or to one of senses.ownVoiceNouns naming no actor (a statement,
 * a ministry, officials: the doer's own voice when the clause names no other). A speaker of another
 * state ("Berlin will send tanks, Polish officials said") or an outside voice ("analysts said") is
 * not the doer's word.
 */
export function doersWordAfter(env: SentenceEnv, trigger: number, source: number[]): boolean {
  if (!source.length) return false;
  const at = attributionAfter(env.tokens, env.s, trigger);
  if (!at) return false;
  const states = new Set(source.map((i) => stateOf(env, i)).filter((x): x is string => !!x));
  let named = false;
  for (let k = at.first; k <= at.last; k++) {
    const g = env.groupAt[k - env.s.first];
    if (g < 0) continue;
    for (const a of env.groups[g].actors) {
      named = true;
      const st = stateOf(env, a);
      if (source.includes(a) || (st && states.has(st))) return true;
    }
  }
  if (named) return false;
  // the subject's head: its last noun before a preposition or a participle ("the ministry of
  // finance", "a statement issued by the cabinet")
  let head = -1;
  for (let k = at.first; k <= at.last; k++) {
    const t = env.tokens[k];
    if (t.pos === "ADP" || t.pos === "VERB") break;
    if (t.pos === "NOUN") head = k;
  }
  return head >= 0 && env.senses.ownVoiceNouns.has(env.tokens[head].lower);
}

/**
 * A pledge needs the doer's own voice: the quote's speaker is of the doer's state (doersWord), and a
 * speaker the text names only by a noun with no actor counts only when that noun speaks for a
 * government (senses.ownVoiceNouns: "the ministry said", "officials said"), not an outside voice
 * ("analysts said", "experts said").
 */
export function doersPledge(env: SentenceEnv, quote: Quote, source: number[]): boolean {
  if (!quote.speaker && quote.speakerName && !PRONOUN.test(quote.speakerName.trim())) {
    const words = quote.speakerName.toLowerCase().split(/\s+/);
    return env.senses.ownVoiceNouns.has(words[words.length - 1]);
  }
  return doersWord(env, quote, source);
}
