// An attack being prepared is a show of force done now, not an attack planned: "Russia is preparing
// to attack Ukraine", "the army prepared to resume shelling the rebel-held villages", "China is
// gearing up to invade Taiwan". English reports the build-up before an assault with a verb of
// preparing over the attack's infinitive; the preparing is the act (MOBILIZE, CAMEO 150), by the
// attacker on its target, in the preparing verb's own tense ("is preparing": ongoing, "prepared":
// occurred). Not: a readiness after "be" ("Iran is prepared to retaliate", "was prepared to strike":
// an offer or a threat, left to those rules), a preparation with a condition on the attack
// ("preparing to strike back if attacked"), nor one to defend ("preparing to defend against an
// attack": no attack of the subject's). An attack after "for" (preparedFor: "Russia is preparing for
// an attack on Ukraine", "stepped up preparations for an invasion of Ukraine") is the preparer's own
// when the phrase names no other doer; another state's ("preparing for a Russian attack", "braces
// for a Chinese invasion") is only expected. The nominal object form ("preparing an invasion of
// Ukraine") is a verb pattern (events.json prepare-attack).
// Word lists: data/event-senses.json preparedAttacks.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { Group, RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf, statesOf } from "./sentence-env.js";
import { nounOwner, subjectBefore } from "./find-parties.js";

// how many words of the attack's phrase may stand between "for" and its noun ("for a new large-scale ground attack")
const FOR_REACH = 5;
// how many words may stand between a verb and the noun of preparations it governs ("stepped up its military preparations")
const NOUN_VERB_REACH = 4;
// how far after the attack's verb the words of the same attack may run ("to launch a large-scale ground offensive")
const INNER_REACH = 6;

/** Turns each attack in the infinitive of a verb of preparing into the MOBILIZE of its preparation, at that verb. */
export function preparedAttacks(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const pa = lex.preparedAttacks;
  for (const pair of raws) {
    const [ev, trig] = pair;
    if (!pa.types.has(ev.type) || !trig.verb || ev.refused || ev.noAct || !ev.source.length || !ev.target.length) continue;
    const at = preparingVerb(env, ev.trigger, pa);
    if (!at || conditionAfter(env, ev.triggerEnd, pa.conditions)) continue;
    // one act: the attack's own words after its verb ("to resume shelling", "to launch an offensive")
    // name the same attack, prepared, not done
    const aim = statesOf(env, ev.target);
    for (const [other] of raws)
      if (other !== ev && pa.types.has(other.type) && other.trigger > ev.trigger && other.trigger - ev.trigger <= INNER_REACH && [...statesOf(env, other.target)].some((st) => aim.has(st))) other.noAct = true;
    // the preparing verb is the act: its offsets, its tense
    Object.assign(ev, { type: "MOBILIZE", cameo: "150", trigger: at[0], triggerEnd: at[1], statusVerb: at[0], rule: `${ev.rule}+prepared`, status: undefined });
    pair[1] = { at: at[0], end: at[1], verb: trig.verb, noun: undefined };
  }
}

/**
 * The span [first, end) of a verb of preparing whose "to" governs the verb at `v` ("preparing to
 * attack", "gearing up to once again invade"), not after a form of "be" over adverbs ("is prepared
 * to", "was not ready to"); null when none.
 */
function preparingVerb(env: SentenceEnv, v: number, pa: SenseLexicon["preparedAttacks"]): [number, number] | null {
  const { tokens, s } = env;
  let to = v - 1;
  if (to > s.first && tokens[to].pos === "ADV") to--;
  if (tokens[to].lower !== "to") to = lightVerbTo(env, v, pa.lightVerbs);
  if (to <= s.first || tokens[to].lower !== "to") return null;
  const one = tokens[to - 1].lower;
  const two = to - 2 >= s.first ? `${tokens[to - 2].lower} ${one}` : "";
  const first = pa.verbs.has(two) ? to - 2 : pa.verbs.has(one) ? to - 1 : -1;
  if (first < 0) return null;
  // ("is prepared to strike", "are not prepared to": readiness, an adjective after "be")
  let b = first - 1;
  while (b > s.first && (tokens[b].pos === "ADV" || /^(not|n't|never)$/.test(tokens[b].lower))) b--;
  if (b >= s.first && pa.be.has(tokens[b].lower) && !/ing$/.test(tokens[first].lower)) return null;
  return [first, to];
}

/**
 * The "to" before a light verb whose object or gerund is the attack at `v`, over the attack's own
 * modifiers ("to launch a large-scale offensive", "to resume shelling", "to carry out air strikes");
 * -1 when none ("to repel an attack": no light verb, the attack is another's).
 */
function lightVerbTo(env: SentenceEnv, v: number, lightVerbs: ReadonlySet<string>): number {
  const { tokens, s } = env;
  let q = v - 1;
  while (q > s.first && v - q <= INNER_REACH && /^(DET|ADJ|NUM|NOUN|PROPN|ADV)$/.test(tokens[q].pos) && tokens[q].text !== "," && !lightVerbs.has(tokens[q].lower)) q--;
  if (q - 1 > s.first && lightVerbs.has(tokens[q].lower) && tokens[q - 1].lower === "to") return q - 1;
  if (q - 2 > s.first && lightVerbs.has(`${tokens[q - 1].lower} ${tokens[q].lower}`) && tokens[q - 2].lower === "to") return q - 2;
  return -1;
}

/** One of `conditions` after the attack, before the clause ends ("to strike back if attacked"). */
function conditionAfter(env: SentenceEnv, from: number, conditions: ReadonlySet<string>): boolean {
  const { tokens, s } = env;
  for (let q = from; q < s.last; q++) {
    const w = tokens[q].lower;
    if (w === ";" || w === "." || (w === "," && /^(and|but|while|as)$/.test(tokens[q + 1]?.lower ?? ""))) return false;
    if (conditions.has(w) || (q + 1 < s.last && conditions.has(`${w} ${tokens[q + 1].lower}`)) || (q + 2 < s.last && conditions.has(`${w} ${tokens[q + 1].lower} ${tokens[q + 2].lower}`))) return true;
  }
  return false;
}

/**
 * An attack named after "for" of a verb or noun of preparing ("Russia is preparing for an attack on
 * Ukraine", "Moscow stepped up preparations for an invasion of Ukraine"): with no doer of its own, or
 * the preparer's own, the preparer mobilises against its target (MOBILIZE 150, in the tense of the
 * verb); with a doer of another state ("Poland is preparing for a Russian attack", "Kyiv braces for a
 * Russian offensive") it is one the preparer expects: still to come, hypothetical, no act done. A
 * verb of bracing (`braceVerbs`) is always the side that expects it, and gives no MOBILIZE.
 */
export function preparedFor(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const pa = lex.preparedAttacks;
  for (const pair of raws) {
    const [ev, trig] = pair;
    if (!pa.types.has(ev.type) || !trig.noun || ev.refused || ev.noAct) continue;
    let f = ev.trigger - 1;
    while (f > s.first && ev.trigger - f <= FOR_REACH && tokens[f].lower !== "for" && (/^(DET|ADJ|NUM|NOUN|PROPN|ADV|PRON)$/.test(tokens[f].pos) || /^(['"“”‘’-]|'s|’s)$/.test(tokens[f].text))) f--;
    if (f <= s.first || tokens[f].lower !== "for") continue;
    const p = f - 1;
    const w = tokens[p].lower;
    const verb = pa.verbs.has(w) || pa.braceVerbs.has(w);
    if (!verb && !pa.nouns.has(w)) continue;
    // the one who prepares: the verb's subject, or the noun's owner, else the subject of the verb that governs it
    let gov = verb ? p : -1;
    if (!verb) for (let k = p - 1; k > s.first && p - k <= NOUN_VERB_REACH; k--) if (tokens[k].pos === "VERB") { gov = k; break; }
    // (the subject right before its verb, over auxiliaries: "suggestions it was preparing for strikes"
    // has a pronoun there, whose state this rule does not guess)
    const preparer = verb ? adjacentSubject(env, p) : nounOwner(env, p) ?? (gov >= 0 ? adjacentSubject(env, gov) : null);
    const own = preparer ? statesOf(env, preparer.actors) : new Set<string>();
    // the attack's own doer, named inside its phrase ("a Russian attack", "Moscow's offensive")
    const doers = ev.source.filter((a) => env.groups.some((g) => g.first > f && g.first < ev.trigger && g.actors.includes(a)));
    const foreign = doers.some((a) => { const st = stateOf(env, a); return !!st && !own.has(st); });
    if (foreign || pa.braceVerbs.has(w)) {
      // expected, not done ("braced for a Russian offensive"): the attack may come
      if (doers.length) Object.assign(ev, { status: "hypothetical", rule: `${ev.rule}+prepared-against` });
      else ev.noAct = true;
      continue;
    }
    if (!preparer || !own.size || preparer.actors.some((a) => env.layer.actors[a].kind === "person" && !stateOf(env, a))) continue;
    const target = ev.target.filter((a) => { const st = stateOf(env, a); return !!st && !own.has(st); });
    if (!target.length) continue;
    // one act: a light verb that took the attack as its object ("stepped up preparations for an invasion") names no attack
    const aim = statesOf(env, target);
    for (const [other] of raws)
      if (other !== ev && pa.types.has(other.type) && other.trigger < ev.trigger && other.trigger >= Math.min(p, gov < 0 ? p : gov) && [...statesOf(env, other.target)].some((st) => aim.has(st))) other.noAct = true;
    // ("Russia denied preparations for an attack": the preparations are denied)
    const denied = !verb && gov >= 0 && lex.unasserted.denials.has(tokens[gov].lower);
    Object.assign(ev, { type: "MOBILIZE", cameo: "150", source: preparer.actors, target, trigger: p, triggerEnd: p + 1, statusVerb: gov >= 0 ? gov : p, rule: `${ev.rule}+prepared-for`, status: denied ? "denied" : undefined, sourceSector: preparer.sector ?? null });
    pair[1] = { at: p, end: p + 1, verb: undefined, noun: trig.noun };
  }
}

/** The subject of the verb at `v` when its phrase ends right before the verb, over auxiliaries and adverbs ("Russia has been preparing"). */
function adjacentSubject(env: SentenceEnv, v: number): Group | null {
  const g = subjectBefore(env, v);
  if (!g) return null;
  for (let q = g.last; q < v; q++) if (!/^(AUX|ADV|PART)$/.test(env.tokens[q].pos) && !/^(has|have|had|is|are|was|were|been|be)$/.test(env.tokens[q].lower)) return null;
  return g;
}
