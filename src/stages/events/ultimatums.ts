// A time limit given to another party is an ultimatum (CAMEO 139), whatever the word: "the United
// States gave Syria 48 hours to withdraw its forces", "gave Serbia until Friday to accept the plan",
// "the Council set a deadline for Iraq to disarm", "imposed a deadline on Iran". The word lists are
// data (event-senses.json ultimatums). A passive ("the diplomats were given 72 hours to leave") is
// an expulsion's, and a party of the giver's own state ("gave parliament 30 days") a domestic deadline.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** The ultimatums of one sentence; `existing`: the events found there (an ultimatum already coded stays alone). */
export function ultimatums(env: SentenceEnv, lex: SenseLexicon, existing: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s } = env;
  const u = lex.ultimatums;
  const out: [RawEvent, Trigger][] = [];
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].lower;
    if (!u.giveVerbs.has(w) && !u.setVerbs.has(w)) continue;
    if (k > s.first && u.passives.has(tokens[k - 1].lower)) continue;
    const party = (u.giveVerbs.has(w) ? timeGivenTo(env, lex, k) : null) ?? (u.setVerbs.has(w) ? deadlineFor(env, lex, k) : null);
    if (!party) continue;
    if (existing.some((ev) => ev.trigger === k && ev.type === "THREATEN")) continue;
    const subj = subjectBefore(env, k);
    if (!subj) continue;
    const sides = new Set(subj.actors.map((a) => stateOf(env, a)).filter((x) => x !== null));
    const target = party.actors.filter((a) => env.layer.actors[a].kind !== "location" && !subj.actors.includes(a) && !sides.has(stateOf(env, a) ?? ""));
    if (!target.length) continue;
    const trig: Trigger = { at: k, end: k + 1, verb: undefined, noun: undefined };
    out.push([
      { type: "THREATEN", cameo: "139", source: subj.actors, target, trigger: k, triggerEnd: k + 1, rule: "events/ultimatum", statusVerb: k, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: party.sector ?? null },
      trig,
    ]);
  }
  return out;
}

/** "gave Syria 48 hours to", "gave Serbia until Friday to": the party given the time, else null. */
function timeGivenTo(env: SentenceEnv, lex: SenseLexicon, k: number): Group | null {
  const { tokens, s } = env;
  const gi = k + 1 < s.last ? env.groupAt[k + 1 - s.first] : -1;
  if (gi < 0) return null;
  const g = env.groups[gi];
  // the time: a count and a unit ("48 hours", "a week", "two more days"), or "until" a time, then "to"
  let q = g.last;
  if (tokens[q]?.lower === "until") {
    for (let t = q + 1; t < s.last && t <= q + 5; t++) if (tokens[t].lower === "to") return g;
    return null;
  }
  let unit = false;
  for (; q < s.last && q <= g.last + 4; q++) {
    if (lex.ultimatums.timeUnits.has(tokens[q].lower)) {
      unit = true;
      q++;
      break;
    }
    if (!/^(NUM|DET|ADJ|ADV)$/.test(tokens[q].pos) && !/^(a|an|one|more|another|extra)$/.test(tokens[q].lower)) return null;
  }
  return unit && tokens[q]?.lower === "to" ? g : null;
}

/** "set a deadline for Iraq to", "imposed a deadline on Iran", "set Iraq a deadline": the party, else null. */
function deadlineFor(env: SentenceEnv, lex: SenseLexicon, k: number): Group | null {
  const { tokens, s } = env;
  let q = k + 1;
  // ("set Iraq a deadline"): the party before the noun
  const gi0 = q < s.last ? env.groupAt[q - s.first] : -1;
  const before = gi0 >= 0 ? env.groups[gi0] : null;
  if (before) q = before.last;
  for (; q < s.last && q <= k + 6; q++) {
    if (lex.ultimatums.deadlineNouns.has(tokens[q].lower)) break;
    // the noun's modifiers ("a new", "a July 7", "a 48-hour"): no verb, preposition or party
    if (/^(VERB|AUX|ADP|PRON|CCONJ|SCONJ)$/.test(tokens[q].pos) || env.groupAt[q - s.first] >= 0) return null;
  }
  if (q >= s.last || !lex.ultimatums.deadlineNouns.has(tokens[q].lower)) return null;
  if (before) return before;
  if (!/^(for|on|to)$/.test(tokens[q + 1]?.lower ?? "")) return null;
  let p = q + 2;
  if (p < s.last && tokens[p].pos === "DET" && env.groupAt[p - s.first] < 0) p++;
  const gi = p < s.last ? env.groupAt[p - s.first] : -1;
  return gi >= 0 ? env.groups[gi] : null;
}
