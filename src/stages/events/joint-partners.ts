// Exercises held together with named partners: "British troops took part in joint exercises with
// Finnish, US and Estonian troops", "China held joint naval drills with Russia", "Iran will hold
// combined manoeuvres with Russia and China". A noun of military exercises or patrols that a joint
// modifier qualifies names its partners after "with"; the clause's subject trains with each of them:
// military cooperation (COOPERATE 062, symmetric), with the clause's status. The exercise verbs'
// own reading of such a phrase (MOBILIZE toward the partner) gives way to it.
// A noun with no joint modifier names its partners after "with" too: "Russia held war games with
// Belarus", "Serbia staged military drills with Hungary" (to exercise with a state is to exercise
// together with it); "games" is a noun of exercises only after "war" (nounsAfter).
// Not: exercises near a place ("near the Finnish border"), exercises that alarmed a state (no
// "with"), a partner of the subject's own state, "with" and no actor ("joint drills with live fire").
// Word lists: data/event-senses.json jointPartners.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** how many modifiers may stand between the joint word and the noun ("joint naval air-defence drills") */
const MODIFIER_REACH = 3;

/** The finite verb whose object phrase starts at `p`: the nearest verb before it in its clause, or -1. */
function verbOfExercise(env: SentenceEnv, p: number): number {
  const { tokens, s } = env;
  for (let q = p - 1; q >= s.first && p - q <= 6; q--) {
    const t = tokens[q];
    if (/^[;:,]$/.test(t.text) || /^(which|who|that)$/.test(t.lower)) return -1;
    if (t.pos === "VERB") return q;
  }
  return -1;
}

/** COOPERATE events of a clause's subject with the partners of its joint exercises. */
export function jointPartners(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s, groups, groupAt } = env;
  const words = lex.jointPartners;
  const out: [RawEvent, Trigger][] = [];
  for (let n = s.first + 1; n < s.last - 2; n++) {
    // (the noun is often tagged as a verb: "staged joint air exercises"; the joint word before it decides)
    if (!words.nouns.has(tokens[n].lower) || tokens[n + 1].lower !== "with") continue;
    // ("war games": a noun that is one only after its word)
    const after = words.nounsAfter.get(tokens[n].lower);
    if (after && !after.has(tokens[n - 1].lower)) continue;
    // the joint word among the noun's modifiers ("joint naval drills", "large-scale joint exercises");
    // without one, the modifiers' start ("held military drills with Hungary", "war games with Belarus")
    let m = n - 1;
    while (m > s.first && n - m <= MODIFIER_REACH && !words.modifiers.has(tokens[m].lower) && /^(ADJ|NOUN|PROPN)$/.test(tokens[m].pos) && groupAt[m - s.first] < 0) m--;
    const joint = words.modifiers.has(tokens[m].lower);
    if (!joint && (!/^(ADJ|NOUN|PROPN)$/.test(tokens[m].pos) || groupAt[m - s.first] >= 0)) m++;
    // the partners head the phrase after "with" ("with the Russian navy", "with Finnish, US and Estonian troops")
    let h = n + 2;
    if (h < s.last && /^(the|its|their)$/.test(tokens[h].lower)) h++;
    const gi = h < s.last ? groupAt[h - s.first] : -1;
    if (gi < 0 || groups[gi].first !== h) continue;
    const partners = groups[gi];
    // the phrase's start, over its determiner ("took part in the joint exercises")
    let p = m;
    while (p > s.first && /^(DET|ADJ|NUM)$/.test(tokens[p - 1].pos) && groupAt[p - 1 - s.first] < 0) p--;
    const v = verbOfExercise(env, p);
    if (v < 0) continue;
    const subj = subjectBefore(env, v);
    if (!subj || !subj.actors.length || subj.first >= p) continue;
    const own = new Set(subj.actors.map((a) => stateOf(env, a)));
    if (own.has(null)) continue;
    const target = partners.actors.filter((a) => stateOf(env, a) !== null && !own.has(stateOf(env, a)));
    if (!target.length) continue;
    // the exercise verb's reading toward the partners gives way ("held drills with Russia" is no mobilising against it)
    for (const [ev] of raws) if (ev.type === "MOBILIZE" && (ev.trigger === v || ev.trigger === n) && ev.target.length && ev.target.every((a) => partners.actors.includes(a))) ev.noAct = true;
    const ev: RawEvent = { type: "COOPERATE", cameo: "062", source: [...subj.actors], target, trigger: n, triggerEnd: n + 1, rule: `events/joint-partners:${tokens[n].lower}${joint ? "" : "+bare"}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: partners.sector ?? null };
    out.push([ev, { at: n, end: n + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}
