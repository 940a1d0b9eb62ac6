// A doer that says it will not, or will no longer, bear what another party does threatens that party
// (CAMEO 130): "China said it will no longer tolerate provocations by Taiwan", "Moscow will not
// tolerate any deployment of American missiles", "we won't stand for attacks by Iran". The words are
// data (event-senses.json endedTolerance): one of `futures`, "no longer" or one of `negators`, one of
// `verbs` or `phrasalVerbs` (verbs of bearing only: "will no longer accept asylum seekers from Syria"
// is a policy toward people, no threat); the doer is the subject of the reporting verb before
// "it"/"they" and the future, or the party right before the future; the one threatened is the first
// party after the verb that is not a place, not of the doer's own state and not the one an act is
// done to ("will not tolerate attacks on Israel": Israel is protected, not threatened). "No longer"
// of the past ("it no longer tolerated") states a change, and the present ("we do not tolerate
// corruption") a policy, no threat; what is borne must have a party ("fans will not tolerate losing").
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore, REPORTING_VERBS } from "./find-parties.js";
import { differentParts } from "./domestic.js";

export function endedTolerance(env: SentenceEnv, lex: SenseLexicon, parts: ReadonlyMap<string, string> = new Map()): [RawEvent, Trigger][] {
  const { tokens, s, layer } = env;
  const t = lex.endedTolerance;
  const out: [RawEvent, Trigger][] = [];
  for (let v = s.first + 2; v < s.last; v++) {
    const w = tokens[v].lower;
    // the verb and the tokens it spans ("stand for", "put up with")
    let end = v + 1;
    if (!t.verbs.has(w)) {
      const rest = t.phrasalVerbs.get(w);
      if (!rest || !rest.every((p, i) => tokens[v + 1 + i]?.lower === p)) continue;
      end = v + 1 + rest.length;
    }
    // "will no longer tolerate", "will not tolerate", "won't stand for"
    const ended = tokens[v - 1].lower === "longer" && tokens[v - 2].lower === "no";
    if (!ended && !t.negators.has(tokens[v - 1].lower)) continue;
    const f = ended ? v - 3 : v - 2;
    if (f < s.first || !t.futures.has(tokens[f].lower)) continue;
    const subj = doer(env, f, t.organs);
    if (!subj) continue;
    const sides = new Set(subj.actors.map((a) => stateOf(env, a)).filter((x) => x !== null));
    let target: number[] = [];
    let tg: Group | null = null;
    for (let q = end; q < s.last && q <= end + 6 && !target.length; q++) {
      const gi = env.groupAt[q - s.first];
      if (gi < 0) {
        if (tokens[q].text === "," || tokens[q].text === ";") break;
        continue;
      }
      tg = env.groups[gi];
      // ("attacks on Israel", "rallies in Moscow"): the party an act is done to or in is not the one threatened
      if (q > end && tokens[q - 1].pos === "ADP" && !t.doerPrepositions.has(tokens[q - 1].lower)) {
        q = tg.last - 1;
        continue;
      }
      // (a party of the doer's own state only where the two are different parts of it: "the Egyptian government will no
      // longer tolerate rallies by the Kifaya movement" threatens the opposition; "Egypt will not tolerate the ministry" no one)
      const group = tg;
      const ownPart = (a: number) => differentParts(parts, subj.sector ?? null, group.sector ?? layer.actors[a].sector ?? null);
      target = tg.actors.filter((a) => layer.actors[a].kind !== "location" && !subj.actors.includes(a) && (!sides.has(stateOf(env, a) ?? "") || ownPart(a)));
      q = tg.last - 1;
    }
    if (!target.length || !tg) continue;
    const trig: Trigger = { at: v, end, verb: undefined, noun: undefined };
    out.push([
      { type: "THREATEN", cameo: "130", source: subj.actors, target, trigger: v, triggerEnd: end, rule: ended ? "events/ended-tolerance" : "events/ended-tolerance:not", statusVerb: v, status: "occurred", refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: tg.sector ?? layer.actors[target[0]].sector ?? null },
      trig,
    ]);
  }
  return out;
}

/** "China said it will", "Beijing said that they would", "the minister warned that police will": the reporter's subject; "Turkey will": the group before the future. */
function doer(env: SentenceEnv, f: number, organs: ReadonlySet<string>): Group | null {
  const { tokens, s } = env;
  const gi = f - 1 >= s.first ? env.groupAt[f - 1 - s.first] : -1;
  if (gi >= 0) return env.groups[gi];
  // ("the minister warned that police will no longer tolerate": an organ no state names is the reporter's own)
  let r = f - 2;
  const organ = organs.has(tokens[f - 1]?.lower ?? "");
  if (organ) while (r > s.first && /^(DET|ADJ|NOUN)$/.test(tokens[r].pos) && env.groupAt[r - s.first] < 0) r--;
  else if (!/^(it|they|we)$/.test(tokens[f - 1]?.lower ?? "")) return null;
  if (tokens[r]?.lower === "that") r--;
  return r >= s.first && REPORTING_VERBS.test(tokens[r].lower) ? subjectBefore(env, r) : null;
}
