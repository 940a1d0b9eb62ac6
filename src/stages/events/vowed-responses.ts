// A doer that commits to answer any hostile move of another party threatens that party (CAMEO 130):
// "Iran said it would respond firmly to any Israeli attack", "China vowed countermeasures against any
// sanctions imposed by Washington", "Russia will retaliate against any deployment of US missiles".
// "Any" makes the move a condition ("if Israel attacks"), and its maker the one who must not make it.
// The words are data (event-senses.json vowedResponses): a verb of answering or a noun of response,
// committed to by a future or a verb of commitment before it; then a preposition, "any", the move
// and its maker, before the noun ("any Israeli attack") or after a preposition ("by the United
// States", "of US missiles"). Not: a move with no maker ("will respond to any attack"), a friendly one
// ("would respond positively to any proposal by France": no hostile move), a negated commitment
// ("would not respond"; "will not hesitate to respond" commits), a maker of the doer's own state.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

// how far back from the answering word its commitment may stand, in tokens ("vowed a swift and crushing response")
const COMMIT_REACH = 6;
// how far the move's noun may stand after "any" ("any new US sanctions"), and its maker after the noun
const MOVE_REACH = 4;
const MAKER_REACH = 4;

/** The threats of one sentence made by a commitment to answer any hostile move; `existing`: the events found there. */
export function vowedResponses(env: SentenceEnv, lex: SenseLexicon, existing: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s, layer } = env;
  const vr = lex.vowedResponses;
  const out: [RawEvent, Trigger][] = [];
  for (let a = s.first + 2; a < s.last - 1; a++) {
    if (!vr.anyWords.has(tokens[a].lower) || !vr.prepositions.has(tokens[a - 1].lower)) continue;
    // the answering word before the preposition, over adverbs and a particle ("respond firmly to", "hit back against")
    // ("strike back against": the particle may be read as an adverb too)
    let r = a - 2;
    let verb = answeringVerb(env, lex, r);
    while (verb < 0 && r > s.first && tokens[r].pos === "ADV") verb = answeringVerb(env, lex, --r);
    const noun = verb < 0 && vr.nouns.has(tokens[r].lower) ? r : -1;
    const at = verb >= 0 ? verb : noun;
    if (at < 0) continue;
    const c = commitmentBefore(env, lex, at);
    if (c < 0) continue;
    const move = moveAfter(env, lex, a);
    if (!move) continue;
    // an act the event stage read at the answering word with its party already says it
    if (existing.some((ev) => ev.trigger === at && ev.target.length)) continue;
    const subj = subjectBefore(env, verb >= 0 ? verb : c);
    if (!subj) continue;
    const own = statesOf(env, subj.actors);
    const target = move.maker.actors.filter((x) => layer.actors[x].kind !== "location" && !subj.actors.includes(x) && !own.has(stateOf(env, x) ?? ""));
    if (!target.length) continue;
    // the move is only supposed: no event of its own at its noun
    for (const ev of existing) if (ev.trigger >= a && ev.trigger <= move.noun) ev.noAct = true;
    out.push([
      { type: "THREATEN", cameo: "130", source: subj.actors, target, trigger: at, triggerEnd: at + 1, rule: "events/vowed-response", statusVerb: at, status: "occurred", refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: move.maker.sector ?? null },
      { at, end: at + 1, verb: undefined, noun: undefined },
    ]);
  }
  return out;
}

/** The verb of answering ending at `r` ("respond", "hit back": head and particle): the head's index, -1 when none. */
function answeringVerb(env: SentenceEnv, lex: SenseLexicon, r: number): number {
  const { tokens } = env;
  for (const phrase of lex.vowedResponses.verbs) {
    const parts = phrase.split(" ");
    const head = r - parts.length + 1;
    if (head <= env.s.first || !parts.every((p, i) => tokens[head + i].lower === p)) continue;
    return head;
  }
  return -1;
}

/**
 * The word that commits the doer to the answer at `at`: a future ("will respond", "would take
 * countermeasures") or a verb of commitment ("vowed to retaliate", "vowed a crushing response",
 * "is ready to respond") at most COMMIT_REACH tokens back in its clause; -1 when none or negated
 * ("would not respond", "did not vow"; "will not hesitate to respond" commits).
 */
function commitmentBefore(env: SentenceEnv, lex: SenseLexicon, at: number): number {
  const { tokens, s } = env;
  const vr = lex.vowedResponses;
  for (let k = at - 1; k >= Math.max(s.first, at - COMMIT_REACH); k--) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || t.lower === "that" || t.lower === "if" || t.pos === "SCONJ") return -1;
    if (/^(not|n't|never|no)$/.test(t.lower) && tokens[k + 1]?.lower !== "hesitate") return -1;
    if (!vr.futures.has(t.lower) && !vr.commitments.has(t.lower)) continue;
    if (/^(not|n't|never)$/.test(tokens[k - 1]?.lower ?? "") || /^(not|n't|never)$/.test(tokens[k - 2]?.lower ?? "")) return -1;
    return k;
  }
  return -1;
}

/**
 * The hostile move after "any" at `a` and its maker: a party between "any" and the move's noun ("any
 * Israeli attack", "any new US sanctions"), else one after the noun, over a participle, after one
 * of `makerPrepositions` ("any sanctions imposed by the United States", "any deployment of US missiles").
 */
function moveAfter(env: SentenceEnv, lex: SenseLexicon, a: number): { noun: number; maker: Group } | null {
  const { tokens, s } = env;
  const vr = lex.vowedResponses;
  let before: Group | null = null;
  let n = -1;
  for (let q = a + 1; q < s.last && q <= a + MOVE_REACH; q++) {
    if (vr.moves.has(tokens[q].lower)) {
      n = q;
      break;
    }
    const gi = env.groupAt[q - s.first];
    if (gi >= 0) {
      before ??= env.groups[gi];
      q = env.groups[gi].last - 1;
      continue;
    }
    if (!/^(ADJ|DET|NUM|ADV)$/.test(tokens[q].pos) && !/^(new|further|more|other|such)$/.test(tokens[q].lower)) return null;
  }
  if (n < 0) return null;
  // (the move's maker named before it; a party named inside the noun phrase is the maker when it is a modifier)
  if (before && before.last <= n) return { noun: n, maker: before };
  for (let q = n + 1; q < s.last && q <= n + MAKER_REACH; q++) {
    const w = tokens[q].lower;
    if (vr.makerPrepositions.has(w)) {
      const p = tokens[q + 1]?.pos === "DET" ? q + 2 : q + 1;
      const gi = p < s.last ? env.groupAt[p - s.first] : -1;
      return gi >= 0 ? { noun: n, maker: env.groups[gi] } : null;
    }
    // ("sanctions imposed by", "attacks launched from"): a participle, over an adverb
    if (tokens[q].pos !== "VERB" && tokens[q].pos !== "ADV") return null;
  }
  return null;
}
