// A commitment on a condition another party must meet is a threat to that party (CAMEO 130):
// "North Korea has pledged to bolster its nuclear arsenal unless Washington scraps its hostile
// policy", "Iran vowed to keep enriching uranium unless the US lifts sanctions", "the party said it
// will boycott the elections unless the president steps down". The act committed to is often none
// that dyad codes; the leverage is the event. A committed act that is coded ("will withdraw its
// force unless ...") is left to the event stage's own intent rule.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
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
    // ("will strike back if attacked": no party meets it; a hostile act names its own, below)
    if (party < 0 && !harmOnly) continue;
    let c = commitmentBefore(env, lex, u, harmOnly);
    // ("Belarus will launch military action against Ukraine if ..."): the doer's future stance, in
    // the narrator's words; only "will", "shall" ("would" is as often a forecast: "Sweden would be helped if")
    const bare = c < 0 && harmOnly;
    if (bare) c = bareFuture(env, lex, u);
    if (c < 0) continue;
    // a coded act between the commitment and the condition gets its own threat (intentEvent), save
    // on a condition that rule does not read ("vowed to fight until ...": target-rules conditionParties)
    if (!(harmOnly && !OPEN_CONDITIONS.has(w)) && existing.some((ev) => ev.trigger > c && ev.trigger < u)) continue;
    const h = harmOnly ? harmBetween(env, lex, c, u) : -1;
    if (harmOnly && h < 0) continue;
    const subj = bare ? env.groups[env.groupAt[c - 1 - s.first]] : subjectBefore(env, c);
    if (!subj) continue;
    const tg = party >= 0 ? env.groups[party] : harmObject(env, h, u);
    if (!tg) continue;
    // ("said the US would retaliate if Americans were harmed": the doer's own people meet no condition)
    const sides = harmOnly ? new Set(subj.actors.map((a) => stateOf(env, a)).filter((x) => x !== null)) : null;
    const target = tg.actors.filter((a) => layer.actors[a].kind !== "location" && !subj.actors.includes(a) && !sides?.has(stateOf(env, a) ?? ""));
    if (!target.length) continue;
    // (the narrator's "will" says nothing: the hostile act is the trigger)
    const at = bare ? h : c;
    const trig: Trigger = { at, end: at + 1, verb: undefined, noun: undefined };
    const rule = harmOnly ? `events/conditional-threat:${w}` : "events/conditional-threat";
    out.push([
      { type: "THREATEN", cameo: "130", source: subj.actors, target, trigger: at, triggerEnd: at + 1, rule, statusVerb: at, status: "occurred", refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: tg.sector ?? null },
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
 * A hostile act (senses.conditionalThreats.harms, or a light verb before one of harmNouns: "take
 * countermeasures", "launch military action") between the commitment `c` and the condition `u`, not
 * negated ("would not retaliate"), not said of a friendly manner ("would respond positively") and not
 * the end of hostilities ("would halt its strikes"): its index, -1 when none.
 */
function harmBetween(env: SentenceEnv, lex: SenseLexicon, c: number, u: number): number {
  const { tokens } = env;
  for (let h = c + 1; h < u; h++) {
    const w = tokens[h].lower;
    if (/^(not|n't|never|no)$/.test(w)) return -1;
    let harm = lex.threatHarms.has(w) && (tokens[h].pos !== "NOUN" || w.endsWith("ing"));
    if (!harm && lex.threatLightVerbs.has(w)) for (let q = h + 1; q < u && q <= h + 3; q++) if (lex.threatHarmNouns.has(tokens[q].lower)) harm = true;
    if (!harm) continue;
    for (let q = h + 1; q < u && q <= h + 3; q++) {
      const o = tokens[q].lower;
      if (lex.threatOfferWords.has(o) || (lex.threatCeasing.has(w) && lex.threatCeasedObjects.has(o))) return -1;
    }
    return h;
  }
  return -1;
}

/** "Belarus will launch ... if": a future of `pledgeFutures` right after an actor group (over adverbs) before the condition `u`; -1 when none. */
function bareFuture(env: SentenceEnv, lex: SenseLexicon, u: number): number {
  const { tokens, s } = env;
  for (let k = u - 1; k > s.first && k >= u - REACH; k--) {
    const w = tokens[k].lower;
    if (w === ";" || w === ",") return -1;
    if (!lex.threatPledgeFutures.has(w)) continue;
    return env.groupAt[k - 1 - s.first] >= 0 ? k : -1;
  }
  return -1;
}

/** The party a hostile act names after it, before the condition ("launch military action against Ukraine", "expel Russian diplomats"), never a place it is done in. */
function harmObject(env: SentenceEnv, h: number, u: number): Group | null {
  const { tokens, s } = env;
  for (let q = h + 1; q < u && q <= h + 6; q++) {
    const gi = env.groupAt[q - s.first];
    if (gi < 0) continue;
    if (/^(in|at|from|near|inside|within|into|across|over|to|with)$/.test(tokens[q - 1].lower)) return null;
    return env.groups[gi];
  }
  return null;
}
