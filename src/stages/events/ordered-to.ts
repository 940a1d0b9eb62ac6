// An order to a party is a demand on it: "the court ordered Russia to halt its offensive", "an
// Argentine judge has ordered former president Carlos Menem to appear for questioning", "the
// Security Council ordered both sides to withdraw". PETRARCH-2 codes ORDER as a demand (CAMEO 100,
// PLOVER REQUEST); English names the one ordered as the verb's object right before an infinitive. The
// act another state is ordered to do has not happened: no event of its own. Not: an order of a thing ("ordered
// the expulsion of Russian diplomats", "ordered 40 jets"), where no party is told to act; orders to
// one's own state's forces or officials ("Putin ordered his troops to advance") are one part of a
// state and no event (domestic.ts). Word list: data/event-senses.json orderVerbs.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { subjectBefore } from "./find-parties.js";
import { stateOf } from "./sentence-env.js";

/** The REQUEST events of the sentence's orders to a named party to act. */
export function orderedTo(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s, groups, groupAt } = env;
  const out: [RawEvent, Trigger][] = [];
  for (let v = s.first + 1; v < s.last - 3; v++) {
    if (!lex.orderVerbs.has(tokens[v].lower) || tokens[v].pos !== "VERB") continue;
    // the object: a party right after the verb, over determiners and modifiers ("former president")
    let k = v + 1;
    while (k < s.last && k - v < 4 && groupAt[k - s.first] < 0 && /^(DET|ADJ|NOUN)$/.test(tokens[k].pos)) k++;
    const gi = k < s.last ? groupAt[k - s.first] : -1;
    if (gi < 0) continue;
    const object = groups[gi];
    // ... and an infinitive right after it: "to appear", "to halt"
    if (tokens[object.last]?.lower !== "to" || !/^(VERB|AUX)$/.test(tokens[object.last + 1]?.pos ?? "")) continue;
    const subj = subjectBefore(env, v);
    if (!subj || subj.actors.some((a) => object.actors.includes(a))) continue;
    // one act, one type: the act another state is ordered to do has not happened; an order inside
    // one state ("Putin ordered Russian forces to attack Ukraine") keeps the act ordered, and is a
    // demand only between two parts of the state (a judge and a former president; domestic.ts)
    const own = new Set(subj.actors.map((a) => stateOf(env, a)));
    if (!object.actors.some((a) => own.has(stateOf(env, a))))
      for (const [act] of raws) if (act.statusVerb === v && act.rule.includes("+object-control")) act.noAct = true;
    // ("Turkish soldiers ordered villagers to evacuate the town of Kobani in Syria"): an order to
    // foreign civilians is no demand on their state; made to leave, they are driven out (COERCE 174)
    if (object.sector === "CVL" && !object.actors.some((a) => own.has(stateOf(env, a)))) {
      if (!lex.leaveVerbs.has(tokens[object.last + 1].lower)) continue;
      const ev: RawEvent = { type: "COERCE", cameo: "174", source: subj.actors, target: object.actors, trigger: v, triggerEnd: v + 1, rule: `events/ordered-out:${tokens[v].lower}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: object.sector ?? null };
      out.push([ev, { at: v, end: v + 1, verb: undefined, noun: undefined }]);
      continue;
    }
    const ev: RawEvent = { type: "REQUEST", cameo: "100", source: subj.actors, target: object.actors, trigger: v, triggerEnd: v + 1, rule: `events/ordered-to:${tokens[v].lower}`, statusVerb: v, status: undefined, refused: undefined, noAct: undefined, sourceSector: subj.sector ?? null, targetSector: object.sector ?? null };
    out.push([ev, { at: v, end: v + 1, verb: undefined, noun: undefined }]);
  }
  return out;
}
