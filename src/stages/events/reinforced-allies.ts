// Forces sent to strengthen a state or an alliance are military aid to it: "Germany sent 500 troops
// to reinforce Lithuania", "Britain will deploy extra soldiers to bolster Nato's eastern flank",
// "France dispatched two battalions to shore up Romania". A noun of forces, then "to" and one of the
// verbs of strengthening whose object is a party (a state, an alliance, or a possessor before its
// part: "Nato's eastern flank"): AID (074, military protection) by the subject of the verb that moves
// the forces, with that verb's status. Not: a thing strengthened ("to reinforce the Belarusian
// border", "to bolster its defences": a noun after the party's word), a verb of strengthening with
// no forces before it ("measures to bolster Ukraine's economy"), forces across a clause break.
// Word lists: data/event-senses.json reinforcedAllies.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";

/** how far before "to" the forces noun may stand ("sent 500 more troops and tanks to reinforce") */
const FORCES_REACH = 6;

export function reinforcedAllies(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s, groups, groupAt } = env;
  const words = lex.reinforcedAllies;
  const out: [RawEvent, Trigger][] = [];
  for (let v = s.first + 2; v < s.last - 1; v++) {
    if (!words.verbs.has(tokens[v].lower) || tokens[v - 1].lower !== "to") continue;
    // the forces before "to", in the same clause
    let f = -1;
    for (let q = v - 2; q >= s.first && v - q <= FORCES_REACH + 1; q--) {
      if (/^[;:,]$/.test(tokens[q].text) || /^(which|who|that)$/.test(tokens[q].lower)) break;
      if (words.forces.has(tokens[q].lower)) { f = q; break; }
    }
    if (f < 0) continue;
    // the verb that moves the forces: the nearest verb before them
    let mv = -1;
    for (let q = f - 1; q >= s.first && f - q <= 6; q--) {
      if (/^[;:,]$/.test(tokens[q].text)) break;
      if (tokens[q].pos === "VERB") { mv = q; break; }
    }
    if (mv < 0) continue;
    // the party strengthened: right after the verb (over "the"), the whole object or a possessor
    let h = v + 1;
    // ("to shore up Romania")
    if (h < s.last && tokens[h].lower === "up") h++;
    if (h < s.last && tokens[h].lower === "the") h++;
    const gi = h < s.last ? groupAt[h - s.first] : -1;
    if (gi < 0 || groups[gi].first !== h) continue;
    const g = groups[gi];
    const next = tokens[g.last];
    // ("to reinforce the Belarusian border": a party's word before a thing names no party; a possessor's part does)
    if (next && next.norm !== "'s" && (next.pos === "NOUN" || next.pos === "PROPN")) continue;
    const subj = subjectBefore(env, mv);
    if (!subj || !subj.actors.length) continue;
    const own = new Set(subj.actors.map((a) => stateOf(env, a)));
    const target = g.actors.filter((a) => env.layer.actors[a].kind !== "location" && !subj.actors.includes(a) && !(stateOf(env, a) !== null && own.has(stateOf(env, a))));
    if (!target.length) continue;
    // (a pattern of the sending verb already toward the same party stands for it)
    if (raws.some(([ev]) => ev.type === "AID" && ev.target.some((a) => target.includes(a)))) continue;
    const ev: RawEvent = { type: "AID", cameo: "074", source: [...subj.actors], target, trigger: mv, triggerEnd: mv + 1, rule: `events/reinforced-allies:${tokens[v].lower}`, statusVerb: mv, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: g.sector ?? null };
    out.push([ev, { at: mv, end: mv + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}
