// Martial law and curfews fall on the imposing state's own people when the text names no place:
// "Thailand's army declared martial law", "Iraq's interim government announced that it is prepared
// to impose martial law", "the junta imposed a curfew". A state imposes them on its own territory;
// English names the place only when it is a part of it ("a curfew in Algiers") or another's ("martial
// law in the annexed regions"), and then the place is the target already. The act is one of the
// state's executive on its public (COERCE 1723/1724, target sector CVL), which domestic.ts takes as
// two parts of one state. Not: states of emergency and lockdowns, which follow storms and epidemics
// as often as unrest ("declared a state of emergency ahead of the hurricane"), nor a doer with no
// state of its own. Word lists: data/event-senses.json ownPeople.
import type { Token } from "../../model/types.js";
import type { SenseLexicon } from "../../lexicon/compile-senses.js";
import type { RawEvent, SentenceEnv, Trigger } from "./sentence-env.js";
import { stateOf } from "./sentence-env.js";

/** Give an imposition of martial law or a curfew with no place the imposing state's people as its target. */
export function ownPeople(env: SentenceEnv, lex: SenseLexicon, raws: [RawEvent, Trigger][]): void {
  const { tokens, s } = env;
  const words = lex.ownPeople;
  for (const [ev, t] of raws) {
    if (!t.verb || !words.patterns.has(t.verb.id) || ev.target.length || !ev.source.length) continue;
    // the object names martial law or a curfew, not an emergency: "a night-time curfew", "martial law"
    let object = false;
    let q = ev.triggerEnd;
    for (; q < s.last && q - ev.triggerEnd < 7; q++) {
      if (words.objects.has(tokens[q].lower)) object = true;
      if (!/^(DET|ADJ|NOUN|NUM)$/.test(tokens[q].pos) && tokens[q].text !== "-") break;
    }
    if (!object) continue;
    // a place named after it, whatever the search for parties made of it ("martial law in four
    // annexed regions of Ukraine", "a curfew across the north"): not the state's own people as a whole
    // (a time is no place: "declared martial law on Tuesday", "a curfew for three days")
    if (q < s.last && words.placePreps.has(tokens[q].lower) && !timeAfter(tokens, q + 1, s.last, words.timeWords)) continue;
    const states = new Set(ev.source.map((a) => stateOf(env, a)));
    if (states.size !== 1 || states.has(null)) continue;
    // (the state itself, not the person or body that imposed it: "Zelenskiy declared martial law")
    const state = [...states][0];
    const country = env.layer.actors.findIndex((a) => a.kind === "country" && a.code === state);
    if (country < 0) continue;
    ev.target = [country];
    ev.targetSector = "CVL";
    ev.rule += "+own-people";
  }
}

/** A time phrase starts at `k`: a time word after at most determiners, adjectives and numbers ("on Tuesday", "for three days"). */
function timeAfter(tokens: Token[], k: number, last: number, timeWords: ReadonlySet<string>): boolean {
  for (let q = k; q < last && q < k + 3; q++) {
    if (timeWords.has(tokens[q].lower)) return true;
    if (!/^(DET|ADJ|NUM)$/.test(tokens[q].pos)) return false;
  }
  return false;
}
