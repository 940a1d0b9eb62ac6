// A commitment on a condition another party must meet is a threat to that party (CAMEO 130):
// "North Korea has pledged to bolster its nuclear arsenal unless Washington scraps its hostile
// policy", "Iran vowed to keep enriching uranium unless the US lifts sanctions", "the party said it
// will boycott the elections unless the president steps down". The act committed to is often none
// that dyad codes; the leverage is the event. A committed act that is coded ("will withdraw its
// force unless ...") is left to the event stage's own intent rule.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore, REPORTING_VERBS } from "./find-parties.js";

// the conditions whose party the event stage's intent rule reads itself (target-rules.ts conditionParties)
const OPEN_CONDITIONS = new Set(["if", "unless"]);

// how far a commitment may stand before its condition, in tokens
const REACH = 25;

/** Threats of one sentence made by a commitment on a condition; `existing`: the events found there. */
export function conditionalThreats(env: SentenceEnv, lex: SenseLexicon, existing: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s, layer } = env;
  const out: [RawEvent, Trigger][] = [];
  for (let u = s.first + 1; u < s.last; u++) {
    const w = tokens[u].lower;
    // ("if", "until" open offers and pledges as often as threats: only a hostile act after the commitment threatens)
    const harmOnly = !lex.threatConditions.has(w);
    if (harmOnly && !lex.threatHarmConditions.has(w)) continue;
    const party = conditionGroup(env, u);
    if (party < 0) continue;
    const c = commitmentBefore(env, lex, u, harmOnly);
    if (c < 0) continue;
    // a coded act between the commitment and the condition gets its own threat (intentEvent), save
    // on a condition that rule does not read ("vowed to fight until ...": target-rules conditionParties)
    if (!(harmOnly && !OPEN_CONDITIONS.has(w)) && existing.some((ev) => ev.trigger > c && ev.trigger < u)) continue;
    if (harmOnly && !harmBetween(env, lex, c, u)) continue;
    const subj = subjectBefore(env, c);
    if (!subj) continue;
    // ("said the US would retaliate if Americans were harmed": the doer's own people meet no condition)
    const sides = harmOnly ? new Set(subj.actors.map((a) => stateOf(env, a)).filter((x) => x !== null)) : null;
    const target = env.groups[party].actors.filter((a) => layer.actors[a].kind !== "location" && !subj.actors.includes(a) && !sides?.has(stateOf(env, a) ?? ""));
    if (!target.length) continue;
    const trig: Trigger = { at: c, end: c + 1, verb: undefined, noun: undefined };
    const rule = harmOnly ? `events/conditional-threat:${w}` : "events/conditional-threat";
    out.push([
      { type: "THREATEN", cameo: "130", source: subj.actors, target, trigger: c, triggerEnd: c + 1, rule, statusVerb: c, status: "occurred", refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: env.groups[party].sector ?? null },
      trig,
    ]);
  }
  return out;
}

/** The actor group that opens the condition ("unless Washington scraps", "unless the US lifts"); -1 when none. */
function conditionGroup(env: SentenceEnv, u: number): number {
  const { tokens, s } = env;
  for (let q = u + 1; q < Math.min(s.last, u + 5); q++) {
    const gi = env.groupAt[q - s.first];
    if (gi >= 0) return gi;
    // "unless attacked", "unless forced to": no party meets it
    if (tokens[q].pos === "VERB" || tokens[q].pos === "AUX" || tokens[q].text === ",") return -1;
  }
  return -1;
}

/**
 * The word that commits the subject, before the condition in the same clause: a verb of commitment
 * before "to" ("pledged to bolster", "vowed to continue"), or a reporting verb before a future ("said
 * it will boycott", "announced that it would withdraw"). -1 when none, or when it is negated ("did not
 * vow to", "never said it would").
 */
function commitmentBefore(env: SentenceEnv, lex: SenseLexicon, u: number, possible = false): number {
  const { tokens, s } = env;
  for (let k = u - 1; k >= Math.max(s.first, u - REACH); k--) {
    const w = tokens[k].lower;
    if (w === ";" || lex.threatConditions.has(w) || lex.threatHarmConditions.has(w)) return -1;
    const committed =
      (lex.threatCommitments.has(w) && tokens[k + 1]?.lower === "to") ||
      (REPORTING_VERBS.test(w) && futureAfter(env, lex, k, possible));
    if (!committed) continue;
    const before = tokens[k - 1]?.lower ?? "";
    const twoBefore = tokens[k - 2]?.lower ?? "";
    if (/^(not|n't|never)$/.test(before) || /^(not|n't|never)$/.test(twoBefore)) return -1;
    return k;
  }
  return -1;
}

/** "said it will", "said that they would", "announced Iran would": a future right after a reporting verb. */
function futureAfter(env: SentenceEnv, lex: SenseLexicon, k: number, possible: boolean): boolean {
  const { tokens, s } = env;
  let q = k + 1;
  if (tokens[q]?.lower === "that") q++;
  // the clause's subject: a pronoun or an actor group
  if (q < s.last && tokens[q].pos === "PRON") q++;
  else {
    const gi = q < s.last ? env.groupAt[q - s.first] : -1;
    if (gi < 0) return false;
    q = env.groups[gi].last;
  }
  return q < s.last && (lex.threatFutures.has(tokens[q].lower) || (possible && lex.threatPossibilities.has(tokens[q].lower)));
}

/**
 * A hostile act (senses.conditionalThreats.harms) between the commitment `c` and the condition `u`,
 * not negated ("would not retaliate") and not the end of hostilities ("would halt its strikes").
 */
function harmBetween(env: SentenceEnv, lex: SenseLexicon, c: number, u: number): boolean {
  const { tokens } = env;
  for (let h = c + 1; h < u; h++) {
    const w = tokens[h].lower;
    if (/^(not|n't|never|no)$/.test(w)) return false;
    if (!lex.threatHarms.has(w) || (tokens[h].pos === "NOUN" && !w.endsWith("ing"))) continue;
    if (lex.threatCeasing.has(w)) for (let q = h + 1; q < u && q <= h + 3; q++) if (lex.threatCeasedObjects.has(tokens[q].lower)) return false;
    return true;
  }
  return false;
}
