// Forces a state builds for use against another are a show of force of its own: "North Korea has
// trained thousands of hackers capable of attacking South Korea", "Iran recruited fighters to attack
// Israel", "Russia amassed troops ready to invade Ukraine". English reports it with a verb of raising
// forces, its own forces as the object, and the attack they are for after a word of purpose or
// capability; the attack itself is no act (capable-acts.ts, or a purpose not yet done). A MOBILIZE
// (CAMEO 154) by the verb's subject on the attack's target, in the raising verb's tense. Not: forces
// of another state ("the US trained Ukrainian soldiers" is AID, train-troops), forces with no attack
// named ("trained doctors", "recruited volunteers for the election campaign"), nor an attack whose
// target is the subject's own state.
// Word lists: data/event-senses.json builtForces.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

// how many words the object may run from the verb to the forces' head ("trained more than 500 computer hackers")
const OBJECT_REACH = 7;
// how many words the purpose may run from the forces' head to the attack ("capable of launching cyber warfare")
const PURPOSE_REACH = 6;

/** The MOBILIZE of each force raised for an attack on another state; the attack, only a purpose, gives no event of its own. */
export function builtForces(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s } = env;
  const bf = lex.builtForces;
  const out: [RawEvent, Trigger][] = [];
  for (const [ev] of raws) {
    if (!bf.types.has(ev.type) || ev.noAct || ev.refused || !ev.target.length) continue;
    const cue = purposeBefore(env, ev.trigger, bf);
    if (!cue) continue;
    // the forces' head right before the cue, their phrase back to the raising verb
    const head = cue[0] - 1;
    if (head <= s.first || !bf.forces.has(tokens[head].lower)) continue;
    let v = head - 1;
    while (v > s.first && head - v <= OBJECT_REACH && !bf.verbs.has(tokens[v].lower) && (/^(DET|ADJ|NUM|NOUN|PROPN|ADV)$/.test(tokens[v].pos) || /^(of|than|-|its|their|own)$/.test(tokens[v].lower))) v--;
    if (!bf.verbs.has(tokens[v].lower) || tokens[v].pos !== "VERB") continue;
    const subject = subjectBefore(env, v);
    if (!subject) continue;
    const from = statesOf(env, subject.actors);
    if (!from.size || subject.actors.some((a) => env.layer.actors[a].kind === "person" && !stateOf(env, a))) continue;
    // ("trained Ukrainian soldiers to repel attacks on Kyiv": forces of another state are trained for it, AID)
    if (env.groups.some((g) => g.first > v && g.first < head + 1 && g.actors.some((a) => { const st = stateOf(env, a); return !!st && !from.has(st); }))) continue;
    // ("recruited volunteers to fight in Ukraine": a place where they fight names no side)
    const target = ev.target.filter((a) => { const st = stateOf(env, a); return !!st && !from.has(st) && !placeAfter(env, a, bf.placePreps); });
    if (!target.length) continue;
    // one act: the attack is only what the forces are for, and the training no aid to the attacked
    const aim = statesOf(env, target);
    ev.noAct = true;
    for (const [o] of raws) if (o.type === "AID" && o.trigger === v && [...statesOf(env, o.target)].every((st) => aim.has(st))) o.noAct = true;
    if (raws.some(([o]) => o.type === "MOBILIZE" && o.trigger === v && o.target.length)) continue;
    const mob: RawEvent = { type: "MOBILIZE", cameo: "154", source: subject.actors, target, trigger: v, triggerEnd: v + 1, rule: `events/built-forces:${tokens[v].lower}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: subject.sector ?? null, targetSector: ev.targetSector ?? null };
    out.push([mob, { at: v, end: v + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}

/**
 * The span of a word of purpose or capability that governs the attack at `at` ("capable of
 * launching", "able to strike", "to attack", "for attacks on", "ready to invade"), over a light verb
 * and the attack's modifiers; null when none.
 */
function purposeBefore(env: SentenceEnv, at: number, bf: SenseLexicon["builtForces"]): [number, number] | null {
  const { tokens, s } = env;
  for (let q = at - 1; q > s.first && at - q <= PURPOSE_REACH; q--) {
    const w = tokens[q].lower;
    if (tokens[q].text === "," || w === ";") return null;
    const two = `${tokens[q - 1]?.lower} ${w}`;
    if (bf.purposes.has(two)) return [q - 1, q + 1];
    if (bf.purposes.has(w)) return [q, q + 1];
    // (over the attack's own words: "launching cyber", "carry out air")
    if (!/^(DET|ADJ|NUM|NOUN|PROPN|ADV|VERB|ADP|PART)$/.test(tokens[q].pos)) return null;
  }
  return null;
}

/** The actor `a` is named right after one of `preps` of place ("to fight in Ukraine"). */
function placeAfter(env: SentenceEnv, a: number, preps: ReadonlySet<string>): boolean {
  const g = env.groups.find((x) => x.actors.includes(a));
  if (!g) return false;
  let q = g.first - 1;
  while (q > env.s.first && /^(DET|ADJ)$/.test(env.tokens[q].pos)) q--;
  return preps.has(env.tokens[q]?.lower ?? "");
}
