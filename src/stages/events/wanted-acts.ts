// An act one party wants of another is a REQUEST to that party: "Turkey wants Sweden to extradite the
// suspects", "Washington wanted Moscow to release the journalist", "Turkey would like the two Nordic
// countries to sever ties with the PKK". English puts the party asked as the object of a verb of
// wanting, and the act asked for in its infinitive: the act has not happened (no event of its own),
// the wish stated is the demand, as with "urged X to". Only acts of the event lexicon count ("wants
// Ukraine to win" asks nothing of Ukraine); not a negated wish ("does not want Russia to invade" is
// a fear, no request), not a wish of the object's own state ("Russia wants its troops to withdraw").
// A noun of asking does the same with 'for': "Kyiv renewed its plea for Germany to send more tanks"
// asks Germany; the sending is not done. Word lists: data/event-senses.json wantVerbs, pleaNouns.
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";
import { groupBetween, subjectBefore } from "./find-parties.js";

const NEGATORS = /^(not|n't|never|no)$/;

/** REQUEST events for the infinitive acts that a verb of wanting puts on its object; marks those acts as none of their own. */
export function wantedActs(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): [RawEvent, Trigger][] {
  const { tokens, s } = env;
  const out: [RawEvent, Trigger][] = [];
  for (const [ev] of raws) {
    // the act's infinitive: "to" right before its verb
    const to = ev.trigger - 1;
    if (ev.noAct || tokens[to]?.lower !== "to" || to <= s.first) continue;
    // the verb of wanting before its object (the object within a few words: "the two Nordic countries")
    let w = -1;
    for (let q = to - 1; q >= Math.max(s.first, to - 8); q--) {
      if (lex.wantVerbs.has(tokens[q].lower) && (tokens[q].lower !== "like" || /^(would|'d|’d)$/.test(tokens[q - 1]?.lower ?? ""))) {
        w = q;
        break;
      }
      if (tokens[q].pos === "VERB" || /^[,;:]$/.test(tokens[q].text)) break;
    }
    if (w < 0) {
      const plea = pleaFor(env, lex, to);
      if (plea) out.push(...plea(ev));
      continue;
    }
    let n = w - 1;
    while (n > s.first && (tokens[n].pos === "AUX" || tokens[n].pos === "ADV" || /^(would|'d|’d)$/.test(tokens[n].lower)) && !NEGATORS.test(tokens[n].lower)) n--;
    if (NEGATORS.test(tokens[n]?.lower ?? "") || NEGATORS.test(tokens[w - 1]?.lower ?? "")) continue;
    const asked = groupBetween(env, w + 1, to);
    if (!asked) continue;
    const asker = subjectBefore(env, w);
    if (!asker) continue;
    const own = new Set(asker.actors.map((a) => stateOf(env, a)));
    const target = asked.actors.filter((a) => env.layer.actors[a].kind !== "location" && !asker.actors.includes(a) && !own.has(stateOf(env, a)));
    if (!target.length) continue;
    ev.noAct = true;
    out.push([
      // ("would like Sweden to": a polite wish stated now, no hypothetical)
      { type: "REQUEST", cameo: "100", source: asker.actors, target, trigger: w, triggerEnd: w + 1, rule: "events/wanted-act", statusVerb: w, status: tokens[w].lower === "like" ? "ongoing" : undefined, refused: undefined, noAct: undefined, sourceSector: asker.sector ?? null, targetSector: asked.sector ?? null },
      { at: w, end: w + 1, verb: undefined, noun: undefined },
    ]);
  }
  return out;
}

/**
 * "Kyiv renewed its plea for Germany to send more tanks", "Ukraine's call for Nato to close the skies":
 * the party after 'for' that follows a noun of asking (senses.pleaNouns) is asked to do the act of the
 * infinitive at `to`; the act is not done (marked as no act of its own), and the noun's owner (a
 * possessor before it, else the subject of the verb that governs it) makes a REQUEST to that party.
 * "a plea for calm", "calls for talks" (no party and infinitive) and "voted for Germany to join" (no
 * noun of asking) are left alone.
 */
function pleaFor(env: SentenceEnv, lex: SenseLexicon, to: number): ((ev: RawEvent) => [RawEvent, Trigger][]) | null {
  const { tokens, s } = env;
  let f = -1;
  for (let q = to - 1; q > s.first && q >= to - 7; q--) {
    if (tokens[q].lower === "for") {
      f = q;
      break;
    }
    if (tokens[q].pos === "VERB" || /^[,;:]$/.test(tokens[q].text)) return null;
  }
  const noun = f - 1;
  if (f < 0 || tokens[noun].pos !== "NOUN" || !lex.pleaNouns.has(tokens[noun].lower)) return null;
  const asked = groupBetween(env, f + 1, to);
  if (!asked) return null;
  // the noun's owner: "Ukraine's plea", else the subject of its verb ("Kyiv renewed its plea")
  let asker = null;
  for (let q = noun - 1; q >= Math.max(s.first, noun - 3) && !asker; q--) if (tokens[q].norm === "'s" || tokens[q].text === "’s") asker = groupBetween(env, Math.max(s.first, q - 4), q);
  if (!asker) {
    let v = noun - 1;
    while (v > s.first && v >= noun - 5 && tokens[v].pos !== "VERB") v--;
    if (tokens[v]?.pos === "VERB") asker = subjectBefore(env, v);
  }
  return (ev) => {
    ev.noAct = true;
    if (!asker) return [];
    const own = new Set(asker.actors.map((a) => stateOf(env, a)));
    const target = asked.actors.filter((a) => env.layer.actors[a].kind !== "location" && !asker!.actors.includes(a) && !own.has(stateOf(env, a)));
    if (!target.length) return [];
    return [[
      { type: "REQUEST", cameo: "100", source: asker.actors, target, trigger: noun, triggerEnd: noun + 1, rule: "events/plea-for", statusVerb: noun, status: undefined, refused: undefined, noAct: undefined, sourceSector: asker.sector ?? null, targetSector: asked.sector ?? null },
      { at: noun, end: noun + 1, verb: undefined, noun: undefined },
    ]];
  };
}
