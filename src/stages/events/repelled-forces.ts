// Forces driven back: "Ukrainian troops pushed Russian forces back from Kyiv", "driving Ukrainian
// forces out of Luhansk", "pushed Russian forces from Snake Island". English puts the enemy's forces
// as the object of a verb of pushing or driving, then where they are driven from or to: "back", "out",
// "from", "away". An ASSAULT (CAMEO 190) by the clause's subject on the forces' state. (With the
// particle first, "pushed back Russian forces", a verb pattern of data/events.json reads it.) Not:
// forces whose phrase names no state ("pushed the militants out"), forces of the subject's own state
// ("Putin pushed his troops back to Belarus"), or a push toward an act ("pushed Israeli forces to limit
// strikes", no "back", "out" or "from" after the forces).
// (Forces repelled, "repulsed Russian forces", "fought off Soviet forces", are read by verb patterns of
// data/events.json; an attack repelled stays the attacker's act only, partaker.ts.)
// Word lists: data/event-senses.json repelledForces.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** The ASSAULT events of enemy forces pushed or driven back, out or from a place. */
export function repelledForces(env: SentenceEnv, lex: SenseLexicon, found: RawEvent[]): [RawEvent, Trigger][] {
  const { tokens, s, groupAt, groups } = env;
  const rf = lex.repelledForces;
  const out: [RawEvent, Trigger][] = [];
  for (let v = s.first + 1; v < s.last - 2; v++) {
    if (!rf.verbs.has(tokens[v].lower) || tokens[v].pos !== "VERB") continue;
    if (found.some((ev) => ev.trigger === v)) continue;
    // the forces' phrase right after the verb: "Russian forces", "the Russian army", "Iran's troops"
    let q = v + 1;
    if (tokens[q].pos === "DET") q++;
    const gi = groupAt[q - s.first];
    if (gi < 0) continue;
    const g = groups[gi];
    let h = g.last;
    if (!rf.forces.has(tokens[h - 1].lower)) {
      // (a demonym read alone, the head noun after it: "Russian | forces")
      while (h < s.last && h - g.last < 2 && (tokens[h].pos === "ADJ" || tokens[h].pos === "NOUN") && !rf.forces.has(tokens[h].lower)) h++;
      if (!rf.forces.has(tokens[h]?.lower ?? "")) continue;
      h++;
    }
    if (h >= s.last || !rf.away.has(tokens[h].lower)) continue;
    // ("it is a realistic ambition to push Russian forces out": the infinitive of a noun is the act of
    // whoever the noun is of, which the clause need not name)
    if (tokens[v - 1].lower === "to" && tokens[v - 2]?.pos === "NOUN") continue;
    const subj = subjectBefore(env, v);
    if (!subj) continue;
    const own = new Set(subj.actors.map((a) => stateOf(env, a)).filter((x): x is string => !!x));
    const target = g.actors.filter((a) => stateOf(env, a) && !own.has(stateOf(env, a)!) && env.layer.actors[a].kind !== "location");
    if (!own.size || !target.length) continue;
    const ev: RawEvent = { type: "ASSAULT", cameo: "190", source: subj.actors, target, trigger: v, triggerEnd: v + 1, rule: `events/repelled-forces:${tokens[h].lower}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: g.sector ?? null };
    out.push([ev, { at: v, end: v + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}
