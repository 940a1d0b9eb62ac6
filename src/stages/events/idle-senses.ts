// Trigger words read in a sense that reports no act. English reuses the words of events for things
// that are not those events:
//   - armed forces that march advance; they do not protest ("Russian forces marched on Kyiv",
//     "ordered British troops to march into Belfast"; "soldiers marched in protest" still protest);
//   - a mediation that is ended, suspended or given up names no talks between its parties
//     ("Qatar suspended its mediation between Israel and Hamas");
//   - an act named right after "without" was not done ("acted without consulting Congress",
//     "without first asking allies", "without any consultation with Kyiv");
//   - "seize on" / "seize upon" in the active voice is "exploit" ("Republicans seized on the
//     scandal"), save before a time, a place or a ground ("seized on Friday", "seized on board");
//   - "threaten" before an infinitive of harm no one means ("pressure threatening to destabilize
//     Europe", "the row threatens to derail the talks") is "risk", no threat ("threatened to cut
//     off gas" is one);
//   - a verb whose pattern lists objects that give it another sense keeps that other sense when the
//     object is the passive subject ("the objectives could be met", "the deadline was met").
// Word lists: data/event-senses.json idleSenses; the notObject lists of data/events.json.
import type { Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { SentenceEnv, Trigger } from "./sentence-env.js";
import { isPassive } from "./find-parties.js";

const SUBJECT_AUX = /^(AUX|ADV|PART)$/;
const BE = /^(is|are|was|were|be|been|being)$/;

/** Why the trigger reports no act ("force-march", "ended-mediation", "without", "seized-on", "passive-other-sense", "risk"), or null. */
export function idleSense(env: SentenceEnv, trig: Trigger, lex: SenseLexicon): string | null {
  const { tokens, s } = env;
  const idle = lex.idleSenses;
  if (trig.verb && idle.forceMarch.patterns.has(trig.verb.id) && forcesMarch(tokens, trig, s.first, s.last, lex)) return "force-march";
  if (trig.noun && idle.endedMediation.nouns.has(tokens[trig.at].lower) && endedBefore(tokens, trig.at, s.first, lex)) return "ended-mediation";
  if (afterWithout(tokens, trig, s.first, lex)) return "without";
  if (trig.verb && idle.seizedOn.patterns.has(trig.verb.id) && seizedOn(tokens, trig, s.first, s.last, lex)) return "seized-on";
  if (trig.verb && passiveOtherSense(tokens, trig, s.first)) return "passive-other-sense";
  if (trig.verb && idle.riskThreat.patterns.has(trig.verb.id) && riskInfinitive(tokens, trig, s.last, lex)) return "risk";
  return null;
}

/** The subject before the verb at `trig.at` (past auxiliaries, adverbs and an infinitive's "to") is armed forces, and no protest is named after it. */
function forcesMarch(tokens: Token[], trig: Trigger, first: number, last: number, lex: SenseLexicon): boolean {
  const fm = lex.idleSenses.forceMarch;
  let k = trig.at - 1;
  while (k >= first && (fm.skip.has(tokens[k].lower) || tokens[k].pos === "ADV")) k--;
  if (k < first || !fm.forces.has(tokens[k].lower)) return false;
  // "soldiers marched in protest against their pay": forces that protest
  for (let q = trig.end; q < Math.min(last, trig.end + 8); q++) if (/^(protest|protests|protesting|demonstration)$/.test(tokens[q].lower)) return false;
  return true;
}

/** A verb of ending (a phrase of up to three words) right before the noun at `n`, past its determiners and modifiers. */
function endedBefore(tokens: Token[], n: number, first: number, lex: SenseLexicon): boolean {
  const verbs = lex.idleSenses.endedMediation.verbs;
  let k = n - 1;
  while (k >= first && n - k <= 4 && (/^(DET|ADJ|PRON)$/.test(tokens[k].pos) || tokens[k].norm === "'s" || tokens[k].text === "’s")) k--;
  if (k < first) return false;
  let words = tokens[k].lower;
  for (let q = k; q >= Math.max(first, k - 2); q--) {
    if (q < k) words = `${tokens[q].lower} ${words}`;
    if (verbs.has(words)) return true;
  }
  return false;
}

/** "without consulting", "without first asking", "without any consultation": the trigger right after "without", past `skip` words (and adjectives, for a noun). */
function afterWithout(tokens: Token[], trig: Trigger, first: number, lex: SenseLexicon): boolean {
  const w = lex.idleSenses.without;
  // a verb only as a gerund ("without asking"; "without Russia attacked" is no such phrase)
  if (trig.verb && !tokens[trig.at].lower.endsWith("ing")) return false;
  let k = trig.at - 1;
  while (k >= first && trig.at - k <= 3 && (w.skip.has(tokens[k].lower) || (!!trig.noun && tokens[k].pos === "ADJ"))) k--;
  if (k < first || !w.words.has(tokens[k].lower)) return false;
  // "not without consulting": a litotes, the act was done
  return !(k > first && /^(not|never)$/.test(tokens[k - 1].lower));
}

/** "seized on the scandal", "seized upon the remarks": the active verb and a particle of "exploit", no time, place or ground after it. */
function seizedOn(tokens: Token[], trig: Trigger, first: number, last: number, lex: SenseLexicon): boolean {
  const so = lex.idleSenses.seizedOn;
  const p = trig.at + 1;
  if (p >= last || !so.particles.has(tokens[p].lower) || isPassive(tokens, trig.at, first)) return false;
  let q = p + 1;
  while (q < last && /^(DET|ADJ)$/.test(tokens[q].pos) && !so.notAfter.has(tokens[q].lower)) q++;
  return q < last && tokens[q].pos !== "NUM" && !so.notAfter.has(tokens[q].lower);
}

/** "the objectives could be met", "the deadline was met": a passive verb whose subject's head is one of its pattern's `notObject`. */
function passiveOtherSense(tokens: Token[], trig: Trigger, first: number): boolean {
  const notObject = trig.verb?.notObject;
  if (!notObject) return false;
  // (a form of "be" in the verb group: "could be met", "had been met"; isPassive knows no "met")
  let k = trig.at - 1;
  let be = false;
  for (; k >= first && SUBJECT_AUX.test(tokens[k].pos); k--) if (BE.test(tokens[k].lower)) be = true;
  return be && k >= first && tokens[k].pos === "NOUN" && notObject.includes(tokens[k].lower);
}

/** "threatening to destabilize Europe": the infinitive right after the verb (over adverbs) is one of a harm that comes unmeant. */
function riskInfinitive(tokens: Token[], trig: Trigger, last: number, lex: SenseLexicon): boolean {
  let q = trig.end;
  while (q < last && tokens[q].pos === "ADV") q++;
  return tokens[q]?.lower === "to" && lex.idleSenses.riskThreat.infinitives.has(tokens[q + 1]?.lower ?? "");
}
