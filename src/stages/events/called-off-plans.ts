// A refiner over the event stage's records (results → results): a meeting planned and then called
// off. "The two leaders were due to meet on Friday, but the summit was cancelled", "Blinken was to
// visit Beijing on Sunday. The trip was called off after the balloon was spotted": the plan the
// first clause reports is no longer one; no CONSULT planned stands for it. The meeting must be named
// again after the plan, by a definite noun (senses.calledOffPlans.anaphors and nouns) that is the
// object or the passive subject of a verb of calling off (senses.cancelVerbs, read by
// unmeant-acts.ts cancelledMeeting), after a contrast in the plan's own sentence or anywhere in the
// next one. "The summit was postponed" (still to come), "last year's summit was cancelled" and
// "after a summit was scrapped" (another meeting) leave the plan alone.
import type { Doc, EventRecord, Sentence, Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import { firstTokenAt } from "./sentence-env.js";
import { cancelledMeeting } from "./unmeant-acts.js";

const MODIFIER = /^(ADJ|NOUN|PROPN|NUM)$/;

export function calledOffPlans(records: EventRecord[], doc: Doc, lex: SenseLexicon): EventRecord[] {
  if (!records.some(planned)) return records;
  const index = new Map(doc.sentences.map((s, i) => [s.start, i]));
  return records.filter((e) => !(planned(e) && calledOff(e, doc, index, lex)));
}

function planned(e: EventRecord): boolean {
  return e.type === "CONSULT" && e.status === "planned";
}

function calledOff(e: EventRecord, doc: Doc, index: ReadonlyMap<number, number>, lex: SenseLexicon): boolean {
  const si = index.get(e.sentence.start);
  if (si === undefined) return false;
  const tokens = doc.tokens;
  const s = doc.sentences[si];
  // the plan's own sentence: a contrast after its trigger, then the meeting named again
  let contrast = false;
  for (let k = e.triggerSpan ? firstTokenAt(tokens, e.triggerSpan.end) : s.last; k < s.last; k++) {
    if (lex.calledOffPlans.contrasts.has(tokens[k].lower)) contrast = true;
    else if (contrast && namedAgain(tokens, k, s, lex)) return true;
  }
  const next = doc.sentences[si + 1];
  if (!next || next.headline) return false;
  for (let k = next.first; k < next.last; k++) if (namedAgain(tokens, k, next, lex)) return true;
  return false;
}

/** "the summit", "the planned Biden-Xi meeting", "his trip" at `n`, called off in its sentence `s`. */
function namedAgain(tokens: Token[], n: number, s: Sentence, lex: SenseLexicon): boolean {
  if (!lex.calledOffPlans.nouns.has(tokens[n].lower) || tokens[n].pos !== "NOUN") return false;
  let k = n - 1;
  while (k >= s.first && n - k <= 5 && (MODIFIER.test(tokens[k].pos) || tokens[k].text === "-") && !lex.calledOffPlans.anaphors.has(tokens[k].lower)) k--;
  if (k < s.first || !lex.calledOffPlans.anaphors.has(tokens[k].lower)) return false;
  // ("after the summit was scrapped", "since the talks were cancelled": a meeting called off before, another one)
  if (/^(after|since|because|when|as|following)$/.test(tokens[k - 1]?.lower ?? "")) return false;
  return cancelledMeeting(tokens, n, s.first, s.last, lex) || cancelledBefore(tokens, k, s.first, lex);
}

/** "called off his visit", "cancelled their talks": a verb of calling off right before the anaphor at `k`. */
function cancelledBefore(tokens: Token[], k: number, first: number, lex: SenseLexicon): boolean {
  for (let q = k - 1; q >= Math.max(first, k - 2); q--) {
    const m = lex.cancelVerbs.matchAt(tokens, q, (t) => t.lower, k);
    if (m && q + m.length === k && tokens[q].pos === "VERB") return true;
  }
  return false;
}
