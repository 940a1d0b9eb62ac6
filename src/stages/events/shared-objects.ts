// Two verbs joined by "and"/"or" before one object share it: "France condemned and sanctioned Iran"
// is ACCUSE FRA>IRN and SANCTION FRA>IRN; "Sri Lanka established diplomatic ties with and opened an
// embassy in Iran" puts both acts on Iran. English leaves the first verb (or its preposition) without
// an object and names the object once, after the last verb ("right node raising"); the first verb
// keeps its own subject, which the verb after "and" shares (subjectBefore). When a subject of its own
// stands after the "and" ("Putin met and Erdogan welcomed the Iranian president"), that subject is no
// object of the first verb (Putin did not meet Erdogan); whether the first verb shares the object
// then cannot be told from an intransitive one ("Russia withdrew and Ukraine shelled Belgorod"), so it
// takes none.
// Not shared: a first verb with an object of its own ("condemned the attack and sanctioned Iran"), a
// verb whose pattern takes no direct object ("Russia withdrew and attacked Kyiv"), a preposition the
// first verb's pattern does not take, a passive second verb ("condemned and was sanctioned by"), a
// second verb whose act found no object, a first verb of benefit before a second one ("protect and
// defend every inch of Nato territory" is one act named twice).
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { isPassive } from "./find-parties.js";

const CONJ = /^(and|or)$/;
// acts of benefit, which English often names in pairs of near-synonyms ("protect and defend")
const BENEFIT = new Set(["AID", "SUPPORT"]);
// acts of force, which a verb of blame beside them over one object makes words ("attacking and smearing")
const FORCE = new Set(["ASSAULT", "COERCE"]);

/**
 * The token after the "and"/"or" that ends the first conjunct of the verb act `ev`, or -1: the
 * conjunction right after the trigger (over adverbs: "condemned and then sanctioned"), or right after
 * a preposition that ends the first verb's phrase and is left without its object ("established
 * relations with and opened").
 */
function conjunctEnd(env: SentenceEnv, ev: RawEvent, trig: Trigger): number {
  const { tokens, s } = env;
  const takes = trig.verb!.target;
  let q = ev.triggerEnd;
  if (q < s.last && CONJ.test(tokens[q].lower)) return takes === "object" ? q + 1 : -1;
  // a stranded preposition after the verb's own words: no actor, no verb, no punctuation in between
  for (; q < s.last && q - ev.triggerEnd < 4; q++) {
    const t = tokens[q];
    if (env.groupAt[q - s.first] >= 0 || t.pos === "VERB" || t.pos === "AUX" || /^\W+$/.test(t.text)) return -1;
    if (t.pos === "ADP" && CONJ.test(tokens[q + 1]?.lower ?? "")) return Array.isArray(takes) && takes.includes(t.lower) ? q + 2 : -1;
  }
  return -1;
}

/** Gives a verb act left without an object the object of the verb act it is coordinated with. */
export function sharedObjects(env: SentenceEnv, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  for (const [ev, trig] of raws) {
    if (!trig.verb || ev.rule.includes("+passive")) continue;
    const after = conjunctEnd(env, ev, trig);
    if (after < 0) continue;
    let v = after;
    // ("Putin met and Erdogan welcomed": a subject of its own after the "and")
    const gi = v < s.last ? env.groupAt[v - s.first] : -1;
    const own = gi >= 0 && env.groups[gi].first === v ? env.groups[gi] : null;
    if (own) v = own.last;
    while (v < s.last && v - after < 6 && (tokens[v].pos === "ADV" || tokens[v].pos === "AUX")) v++;
    if (v >= s.last || tokens[v].pos !== "VERB" || isPassive(tokens, v, s.first)) continue;
    const second = raws.find(([o, t]) => o !== ev && o.trigger === v && !!t.verb && !o.rule.includes("+passive"));
    if (!second) continue;
    const [ev2] = second;
    // the subject after the "and" is the second verb's, never the first verb's object
    if (own) {
      if (!own.actors.every((a) => ev2.source.includes(a))) continue;
      const target = ev.target.filter((a) => !own.actors.includes(a));
      if (target.length < ev.target.length) [ev.target, ev.rule] = [target, `${ev.rule}+own-subject-after`];
      continue;
    }
    if (ev.target.length || !ev2.target.length) continue;
    // ("protect and defend every inch of Nato territory", "help and support Ukraine": two verbs of
    // benefit before one object are one act named twice; the second verb's event stands for it)
    if (BENEFIT.has(ev.type) && BENEFIT.has(ev2.type)) continue;
    // ("maliciously attacking and smearing China": a verb of force paired with one of blame over one
    // object is blame in two words, no force)
    if (FORCE.has(ev.type) && ev2.type === "ACCUSE") Object.assign(ev, { type: "ACCUSE", cameo: "111", rule: `${ev.rule}+verbal-pair` });
    const target = ev2.target.filter((a) => !ev.source.includes(a));
    if (!target.length) continue;
    [ev.target, ev.targetSector] = [target, ev2.targetSector ?? null];
    ev.rule += "+shared-object";
    // ("condemned and sanctioned Iran": with no subject of its own, the second verb's doer is the first's)
    if (!ev2.source.length && ev.source.length) [ev2.source, ev2.sourceSector] = [ev.source, ev.sourceSector ?? null];
  }
}
