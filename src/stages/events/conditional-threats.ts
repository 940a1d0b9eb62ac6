// A commitment on a condition another party must meet is a threat to that party (CAMEO 130):
// "North Korea has pledged to bolster its nuclear arsenal unless Washington scraps its hostile
// policy", "Iran vowed to keep enriching uranium unless the US lifts sanctions", "the party said it
// will boycott the elections unless the president steps down". The act committed to is often none
// that dyad codes; the leverage is the event. A committed act that is coded with its party ("will
// withdraw its force from Chad unless ...") is left to the event stage's own intent rule. A condition
// may name an office for its party ("unless the president steps down"): the party is the state the
// commitment names ("boycott Algeria's elections"), else the doer's own.
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
    // ("unless the president steps down": an office, whose state is found below)
    const office = party < 0 && officeAfter(env, lex, u);
    // ("will strike back if attacked": no party meets it; a hostile act names its own, below)
    if (party < 0 && !office && !harmOnly) continue;
    let c = commitmentBefore(env, lex, u, harmOnly);
    // ("Belarus will launch military action against Ukraine if ..."): the doer's future stance, in
    // the narrator's words; only "will", "shall" ("would" is as often a forecast: "Sweden would be helped if")
    // ("the opposition will boycott the vote unless the president resigns": on "unless" as well)
    const bare = c < 0;
    if (bare) c = bareFuture(env, lex, u);
    if (c < 0) continue;
    // a coded act between the commitment and the condition gets its own threat (intentEvent), save
    // on a condition that rule does not read ("vowed to fight until ...": target-rules conditionParties)
    // or one it finds no party in (an office), or an act found with no party ("will halt mediation if
    // cooperation from Hamas fails": the halt is read, but to no one; the condition names the party)
    if (!(harmOnly && !OPEN_CONDITIONS.has(w)) && !office && existing.some((ev) => ev.trigger > c && ev.trigger < u && ev.target.length)) continue;
    // (the narrator's "will" threatens only with a hostile act: "Serbia will join the talks unless ..." is none)
    const h = harmOnly || bare ? harmBetween(env, lex, c, u) : -1;
    if ((harmOnly || bare) && h < 0) continue;
    const subj = bare ? env.groups[env.groupAt[c - 1 - s.first]] : subjectBefore(env, c);
    if (!subj) continue;
    const tg = party >= 0 ? env.groups[party] : office ? officeState(env, c, u, subj) : harmObject(env, h, u);
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

/** "unless the president steps down", "if the country's government refuses": an office (senses.conditionalThreats.offices) opens the condition, over determiners and modifiers. */
function officeAfter(env: SentenceEnv, lex: SenseLexicon, u: number): boolean {
  const { tokens, s } = env;
  for (let q = u + 1; q < Math.min(s.last, u + 5); q++) {
    if (lex.threatOffices.has(tokens[q].lower)) return true;
    if (!/^(DET|ADJ|PART)$/.test(tokens[q].pos) && tokens[q].lower !== "country" && tokens[q].lower !== "'s") return false;
  }
  return false;
}

/**
 * The state whose office a condition names: the first state the commitment names between `c` and the
 * condition `u` ("boycott Algeria's elections unless the president"), else the doer's own ("the
 * opposition will boycott the vote unless the president resigns"); as a group at its mention.
 */
function officeState(env: SentenceEnv, c: number, u: number, subj: Group): Group | null {
  const { s, layer } = env;
  for (let q = c + 1; q < u; q++) {
    const gi = env.groupAt[q - s.first];
    if (gi < 0) continue;
    const g = env.groups[gi];
    const states = g.actors.filter((a) => layer.actors[a].kind === "country");
    if (states.length) return { first: g.first, last: g.last, actors: states, sector: "GOV" };
    q = g.last - 1;
  }
  const own = subj.actors.map((a) => stateOf(env, a)).find((x) => x !== null);
  const at = own ? layer.actors.findIndex((a) => a.kind === "country" && a.code === own) : -1;
  return at >= 0 ? { first: subj.first, last: subj.last, actors: [at], sector: "GOV" } : null;
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

/**
 * "Belarus will launch ... if": a future of `pledgeFutures` right after an actor group (over adverbs)
 * before the condition `u`; or a modal of `possibilities` ("the EC may halt mediation if ...") in
 * words whose speaker speaks for that group (spokenFor); -1 when none.
 */
function bareFuture(env: SentenceEnv, lex: SenseLexicon, u: number): number {
  const { tokens, s } = env;
  for (let k = u - 1; k > s.first && k >= u - REACH; k--) {
    const w = tokens[k].lower;
    if (w === ";" || w === ",") return -1;
    const possible = lex.threatPossibilities.has(w);
    if (!lex.threatPledgeFutures.has(w) && !possible) continue;
    const gi = env.groupAt[k - 1 - s.first];
    return gi >= 0 && (!possible || spokenFor(env, k, env.groups[gi])) ? k : -1;
  }
  return -1;
}

/**
 * The words at `k` are a quote whose speaker speaks for `g`: one of its state, or, for an
 * organisation, an official of any state ("the EC may halt its mediation if ..., the Dutch foreign
 * minister said": a member speaks of its measure). The narrator's "may" and an unnamed analyst's
 * are forecasts.
 */
function spokenFor(env: SentenceEnv, k: number, g: Group): boolean {
  const qi = env.inQuote[k];
  if (qi < 0) return false;
  const speaker = env.layer.actors.find((a) => a.id === env.quotes[qi].speaker);
  const side = speaker ? speaker.code ?? speaker.country : null;
  return !!side && g.actors.some((a) => stateOf(env, a) === side || env.layer.actors[a].kind === "igo");
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
