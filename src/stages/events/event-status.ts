// The status of an event from the words around its verb: planned ("will", "set to", "expected to",
// "are meeting ... on Friday"), hypothetical ("could", "would", "if"), denied ("did not", "never"),
// ongoing (present tense), occurred (past tense, perfect, event nouns), claimed (in someone's words
// that the text does not vouch for).
import type { Quote, Sentence, Token } from "../../model/types.js";
import type { ActorLayer } from "../actors/actor-layer.js";

export type Status = "occurred" | "ongoing" | "planned" | "claimed" | "denied" | "hypothetical";

const PLANNING = /^(set|expected|due|scheduled|slated|poised|planning|plans|plan|planned|going|intends|intend|intended|aims|aim|aimed|hopes|hope|hoped|wants|want|wanted|seeks|seek|sought|agreed|agree|agrees|decided|decide|decides|prepared|preparing|ready|likely|looking|vowed|vows|pledged|pledges|promised|promises|threatened|threatens|offered|offers|proposed|proposes|invited|asked|urged|called|demanded)$/;
const MODAL_FUTURE = /^(will|'ll|shall|wo)$/;
const MODAL_HYPOTHETICAL = /^(would|could|might|may|should|can|'d|must)$/;
const NEGATION = /^(not|n't|never|no longer|neither|nor)$/;
const BE_PRESENT = /^(is|are|am|'s|'re)$/;
const BE_PAST = /^(was|were)$/;
const HAVE = /^(has|have|had|'ve|'d)$/;
const FUTURE_WORDS = /\b(on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next (week|month|year)|tomorrow|later this (week|month|year)|this (week|weekend)|in the coming (days|weeks|months))\b/i;
const IRREGULAR_PAST = new Set(
  "met held struck took gave sent led fought shot sold bought spoke told won lost left kept began broke brought made put cut hit withdrew beat drove threw overthrew sought said came went saw stood fell flew grew knew rose ran wrote forbade undertook underwent swore froze chose stole hid arose became fled bound caught taught built spent lent felt dealt meant paid laid shut spread quit sat set fed bore".split(" "),
);

export function eventStatus(tokens: Token[], s: Sentence, statusVerb: number, trigger: number, quote: Quote | null, layer: ActorLayer): Status {
  // in reported speech "would" is the speaker's future ("Iraq said it would allow the inspectors")
  const reportedFuture = quote?.kind === "indirect";
  const base = verbStatus(tokens, s, statusVerb, trigger, reportedFuture);
  // someone's words: their account of what happened is a claim; a plan or a condition stays one.
  // A news outlet's report ("Bloomberg reported") is the text vouching, not a claim.
  if (quote && (base === "occurred" || base === "ongoing")) {
    const speaker = layer.actors.find((a) => a.id === quote.speaker);
    if (speaker?.sector !== "MED") return "claimed";
  }
  return base;
}

function verbStatus(tokens: Token[], s: Sentence, v: number, trigger: number, reportedFuture = false): Status {
  const clauseStart = clauseStartBefore(tokens, s, v);
  // conditions: "if Russia attacks", "unless"
  for (let k = clauseStart; k < v; k++) if (/^(if|unless|whether)$/.test(tokens[k].lower)) return "hypothetical";
  // words between the clause start and the verb
  let negated = false;
  let future = false;
  let hypothetical = false;
  let planning = false;
  let perfect = false;
  let bePresent = false;
  let bePast = false;
  for (let k = Math.max(clauseStart, v - 6); k < v; k++) {
    const w = tokens[k].lower;
    if (NEGATION.test(w)) negated = true;
    else if (MODAL_FUTURE.test(w) || (w === "would" && (reportedFuture || reportedBefore(tokens, s, k)))) future = true;
    else if (MODAL_HYPOTHETICAL.test(w)) hypothetical = true;
    else if (HAVE.test(w)) perfect = true;
    else if (BE_PRESENT.test(w)) bePresent = true;
    else if (BE_PAST.test(w)) bePast = true;
    if (PLANNING.test(w) && tokens[k + 1]?.lower === "to") planning = true;
  }
  const verb = tokens[v];
  // the event is an infinitive governed by a planning verb: "set to engage", "agreed to sign"
  if (trigger !== v) planning ||= PLANNING.test(verb.lower) || tokens[trigger - 1]?.lower === "to";
  if (negated) return hypothetical || future ? "hypothetical" : "denied";
  if (future) return "planned";
  if (hypothetical) return "hypothetical";
  if (planning) return "planned";
  const w = verb.lower;
  if (verb.pos === "NOUN" || verb.pos === "PROPN") return "occurred";
  if (w.endsWith("ing")) {
    if (bePast) return "occurred";
    if (bePresent) return FUTURE_WORDS.test(sentenceText(tokens, s)) ? "planned" : "ongoing";
    return "ongoing";
  }
  if (perfect || w.endsWith("ed") || IRREGULAR_PAST.has(w)) return "occurred";
  return "ongoing";
}

const REPORTING = /^(said|says|say|confirmed|confirms|announced|announces|stated|states|insisted|insists|added|declared|declares|indicated|indicates|signalled|signaled|made clear|told|warned|warns|promised|pledged|vowed)$/;

/** "said they would boycott", "confirmed on Wednesday it would tighten": "would" as a reported future. */
function reportedBefore(tokens: Token[], s: Sentence, would: number): boolean {
  let k = would - 1;
  if (k < s.first || !/^(it|they|he|she|we|i)$/.test(tokens[k].lower)) return false;
  k--;
  if (tokens[k]?.lower === "that") k--;
  // over a time phrase: "confirmed on Wednesday it would"
  for (let q = k; q >= Math.max(s.first, k - 3); q--) if (REPORTING.test(tokens[q].lower)) return true;
  return false;
}

function clauseStartBefore(tokens: Token[], s: Sentence, v: number): number {
  for (let k = v - 1; k > s.first; k--) if (tokens[k].text === ";" || tokens[k].text === ":" || /^(that|which|who|where|while|whereas|but)$/.test(tokens[k].lower)) return k + 1;
  return s.first;
}

function sentenceText(tokens: Token[], s: Sentence): string {
  let out = "";
  for (let k = s.first; k < s.last; k++) out += (k > s.first ? " " : "") + tokens[k].text;
  return out;
}
